import SubtitleTimeline
import TextUnicode

/// Rewraps each language's lines of a cue on its own, to a width in display columns.
///
/// A block of plain lines, or of lines each wholly inside the same span (`<i>…</i>`), is joined and
/// wrapped again into the fewest, most even lines; other markup is left as it is and only checked.
/// What cannot fit (an unbreakable word, more lines than allowed) is reported, never cut.
public final class CueWrapper {
  /// The widest a line may be, in columns (a Han character takes 2).
  public let maxColumns: Int
  /// The most lines a language's block should take.
  public let maxLines: Int
  /// Only blocks whose language starts with this tag are rewrapped (`zh` matches `zh-Hans`); nil for all.
  public let language: String?
  private let width = DisplayWidth()
  private let breaker = LineBreaker()

  /// A wrapper to `maxColumns` columns and `maxLines` lines per language, for `language` or every language.
  public init(maxColumns: Int, maxLines: Int, language: String? = nil) {
    self.maxColumns = maxColumns
    self.maxLines = maxLines
    self.language = language
  }

  /// `cue` rewrapped, and a message for each thing in it that could not be made to fit.
  public func wrap(_ cue: Cue) -> (cue: Cue, problems: [String]) {
    var problems: [String] = []
    var blocks = LanguageBlock.blocks(of: cue)
    for index in blocks.indices where applies(to: blocks[index].language) {
      blocks[index].lines = wrap(blocks[index], problems: &problems)
    }
    return (LanguageBlock.cue(cue, madeOf: blocks), problems)
  }

  private func applies(to tag: String?) -> Bool {
    language.map { LanguageBlock.tag(tag, isIn: $0) } ?? true
  }

  private func wrap(_ block: LanguageBlock, problems: inout [String]) -> [[InlineNode]] {
    let tag = block.language ?? "und"
    guard let uniform = UniformLines(block.lines) else {
      for line in block.lines {
        let text = line.plainText
        let columns = width.columns(of: text)
        if columns > maxColumns {
          problems.append(
            "\(tag) line \(Self.quoted(text)) is \(columns) columns, over \(maxColumns); it has markup, so it was not rewrapped"
          )
        }
      }
      return block.lines
    }
    var lines: [String] = []
    for paragraph in Self.paragraphs(uniform.texts) {
      let wrapped = BalancedWrap(
        LanguageBlock.join(paragraph), maxColumns: maxColumns, maxLines: maxLines, breaker: breaker, width: width)
      for piece in wrapped.overlong {
        problems.append(
          "\(tag) \(Self.quoted(piece)) is \(width.columns(of: piece)) columns, over \(maxColumns), and cannot be broken"
        )
      }
      lines += wrapped.lines
    }
    if lines.count > maxLines {
      problems.append("\(tag) text needs \(lines.count) lines at \(maxColumns) columns, over \(maxLines)")
    }
    return lines.map(uniform.line(_:))
  }

  /// The lines cut where a speaker's turn starts (`- Where to?⏎- Home.`): turns are never run together.
  private static func paragraphs(_ lines: [String]) -> [[String]] {
    var paragraphs: [[String]] = []
    for line in lines {
      if paragraphs.isEmpty || line.first.map({ "-–—".contains($0) }) == true {
        paragraphs.append([line])
      } else {
        paragraphs[paragraphs.count - 1].append(line)
      }
    }
    return paragraphs
  }

  /// `text` in quotes, cut short past 40 characters so one huge word does not flood the terminal.
  private static func quoted(_ text: String) -> String {
    text.count <= 40 ? "\"\(text)\"" : "\"\(text.prefix(40))…\" (\(text.count) characters)"
  }
}

/// Lines that are all plain text, or each wholly one span of the same kind around plain text.
private struct UniformLines {
  var texts: [String]
  var wrapper: InlineSpan?

  init?(_ lines: [[InlineNode]]) {
    texts = []
    for (index, line) in lines.enumerated() {
      var nodes = line
      var span: InlineSpan?
      if line.count == 1, case .span(let only) = line[0] {
        span = InlineSpan(only.style, classes: only.classes, children: [])
        nodes = only.children
      }
      guard index == 0 || span == wrapper else { return nil }
      wrapper = span
      var text = ""
      for node in nodes {
        guard case .text(let part) = node else { return nil }
        text += part
      }
      texts.append(text)
    }
  }

  /// One wrapped line, in the span the lines had.
  func line(_ text: String) -> [InlineNode] {
    guard var span = wrapper else { return [.text(text)] }
    span.children = [.text(text)]
    return [.span(span)]
  }
}
