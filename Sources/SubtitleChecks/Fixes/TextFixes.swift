import SubtitleTimeline
import TextUnicode

/// The fixes that change a cue's text and nothing else: ellipses, stray spaces, punctuation width.
///
/// Each works on the text nodes of one line, so markup and the line's language stay as they were.
enum TextFixes {
  /// `cue` with three dots as `…` (`……` on Chinese lines), punctuation in its language's width and
  /// stray spaces removed; the ids of the rules whose findings were fixed.
  static func fixed(_ cue: Cue) -> (cue: Cue, rules: [String]) {
    var rules: [String] = []
    var lines = cue.content.lines
    for index in lines.indices {
      let language = index < cue.lineLanguages.count ? cue.lineLanguages[index] : nil
      let family = CheckedLine.family(of: language)
      let before = lines[index]
      lines[index] = mapText(lines[index]) { ellipsis($0, chinese: family == "zh") }
      if lines[index] != before { rules.append("ellipsis") }
      // Punctuation before spaces: a full-width mark is spaceless, so the space after a widened
      // comma is stray only once the comma is widened.
      let punctuated = lines[index]
      if family == "zh" || family == "en" {
        lines[index] = mapText(lines[index]) { PunctuationWidth.widened($0, toFull: family == "zh") }
      }
      if lines[index] != punctuated { rules.append("punctuation-width") }
      let spaced = lines[index]
      lines[index] = trimmed(mapText(lines[index]) { collapsed($0) })
      if lines[index] != spaced { rules.append("whitespace") }
    }
    guard !rules.isEmpty else { return (cue, []) }
    var changed = cue
    changed.content = Array(lines.map { $0 }.joined(separator: [.lineBreak]))
    changed.sourceText = nil
    return (changed, Array(Set(rules)).sorted())
  }

  private static func ellipsis(_ text: String, chinese: Bool) -> String {
    guard text.contains("...") else { return text }
    var result = ""
    var dots = 0
    for character in text + "\u{0}" {
      if character == "." {
        dots += 1
        continue
      }
      if dots >= 3 {
        result += chinese ? "……" : "…"
      } else {
        result += String(repeating: ".", count: dots)
      }
      dots = 0
      if character != "\u{0}" { result.append(character) }
    }
    return result
  }

  /// Doubled spaces made single, and spaces between two Han characters removed: each run of
  /// spaces becomes one space, or none between two characters of a spaceless script (linear time,
  /// however long the run).
  private static func collapsed(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var last: Character?
    var inSpaces = false
    for character in text {
      if character == " " || character == "\u{3000}" {
        inSpaces = true
        continue
      }
      if inSpaces && !(last.map(DisplayWidth.isSpacelessScript) == true && DisplayWidth.isSpacelessScript(character)) {
        result.append(" ")
      }
      inSpaces = false
      result.append(character)
      last = character
    }
    if inSpaces { result.append(" ") }
    return result
  }

  /// `line` without spaces at its start and end.
  private static func trimmed(_ line: [InlineNode]) -> [InlineNode] {
    var line = line
    if case .text(let text)? = line.first {
      line[0] = .text(String(text.drop { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }))
    }
    if case .text(let text)? = line.last {
      let end = text.lastIndex { $0 != " " && $0 != "\t" && $0 != "\u{3000}" }
      line[line.count - 1] = .text(end.map { String(text[...$0]) } ?? "")
    }
    return line.filter { $0 != .text("") }
  }

  /// `nodes` with `transform` applied to every text node, at any depth.
  private static func mapText(_ nodes: [InlineNode], _ transform: (String) -> String) -> [InlineNode] {
    nodes.map { node in
      switch node {
      case .text(let text): return .text(transform(text))
      case .span(var span):
        span.children = mapText(span.children, transform)
        return .span(span)
      default: return node
      }
    }
  }
}
