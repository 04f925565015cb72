/// Finds the language of each line of a cue: what the markup says, else what the script shows.
public enum LineLanguages {
  /// The language tag for text in Han script.
  public static let chinese = "zh-Hans"
  /// The language tag for text in Latin script.
  public static let english = "en"

  /// Fills `cue.lineLanguages`: markup first (`<lang>` spans covering a line), then script.
  public static func tag(_ cue: inout Cue) {
    var languages = declared(in: cue.content)
    let lines = cue.content.plainLines
    for index in languages.indices where languages[index] == nil {
      languages[index] = byScript(lines[index])
    }
    cue.lineLanguages = languages.allSatisfy { $0 == nil } ? [] : languages
  }

  /// The language of a line judged by its letters: Han → `zh-Hans`, Latin → `en`, else nil.
  ///
  /// A line with at least as many Han characters as Latin words is Chinese, so
  /// "CCTV 的记者" is Chinese and "Lixin Fan 范立欣" is too.
  public static func byScript(_ line: String) -> String? {
    var hanCount = 0
    var latinWords = 0
    var inLatinWord = false
    for scalar in line.unicodeScalars {
      let isLatin = isLatinLetter(scalar)
      if isLatin && !inLatinWord { latinWords += 1 }
      inLatinWord = isLatin
      if scalar.properties.isIdeographic { hanCount += 1 }
    }
    if hanCount > 0 && hanCount >= latinWords { return chinese }
    return latinWords > 0 ? english : nil
  }

  /// For each line, the language every text run on it is declared in, or nil.
  public static func declared(in content: [InlineNode]) -> [String?] {
    var finder = DeclaredLanguageFinder()
    finder.visit(content, language: nil)
    finder.closeLine()
    return finder.lines
  }

  private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: true
    default: false
    }
  }
}

/// Walks a tree and records, per line, the one declared language of its text (nil when mixed or none).
private struct DeclaredLanguageFinder {
  var lines: [String?] = []
  private var current: String?
  private var isMixed = false
  private var hasText = false

  mutating func visit(_ nodes: [InlineNode], language: String?) {
    for node in nodes {
      switch node {
      case .text(let text) where !text.allSatisfy(\.isWhitespace):
        if !hasText {
          current = language
          hasText = true
        } else if current != language {
          isMixed = true
        }
      case .text, .timestamp: break
      case .lineBreak: closeLine()
      case .span(let span):
        if case .language(let tag) = span.style {
          visit(span.children, language: tag.isEmpty ? language : tag)
        } else {
          visit(span.children, language: language)
        }
      }
    }
  }

  mutating func closeLine() {
    lines.append(isMixed ? nil : current)
    current = nil
    isMixed = false
    hasText = false
  }
}
