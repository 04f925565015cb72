/// Finds the language of each line of a cue: what the markup says, else what the script shows.
public enum LineLanguages {
  /// The language tag for text in Han script.
  public static let chinese = "zh-Hans"
  /// The language tag for Chinese text in Traditional characters.
  public static let traditionalChinese = "zh-Hant"
  /// The language tag for text in Latin script.
  public static let english = "en"

  /// Fills `cue.lineLanguages`: markup first (`<lang>` spans covering a line), then script;
  /// `refineChinese` may turn a line's script-found `zh-Hans` into `zh-Hant`.
  public static func tag(_ cue: inout Cue, refineChinese: ((String) -> String)? = nil) {
    var walker = LanguageWalker()
    walker.languages.refineChinese = refineChinese
    walker.visit(cue.content, declared: nil)
    walker.languages.closeLine()
    let lines = walker.languages.lines
    cue.lineLanguages = lines.allSatisfy { $0 == nil } ? [] : lines
  }

  /// The language of a line judged by its letters: Han → `zh-Hans`, Latin → `en`, else nil.
  ///
  /// A line with at least as many Han characters as Latin words is Chinese, so
  /// "CCTV 的记者" is Chinese and "Lixin Fan 范立欣" is too.
  public static func byScript(_ line: String) -> String? {
    var counter = ScriptCounter()
    counter.count(line)
    return counter.language
  }
}

/// Counts Han characters and Latin words in UTF-8 text, without decoding it to characters.
///
/// Readers feed it a line's bytes as they read them, to tag the line by script cheaply.
public struct ScriptCounter {
  private var hanCount = 0
  private var latinWords = 0
  private var inLatinWord = false

  /// A counter that has seen nothing.
  public init() {}

  /// The language the counts point to: `zh-Hans`, `en`, or nil when there are no letters.
  public var language: String? {
    if hanCount > 0 && hanCount >= latinWords { return LineLanguages.chinese }
    return latinWords > 0 ? LineLanguages.english : nil
  }

  /// Counts the letters of `text`.
  public mutating func count(_ text: String) {
    var text = text
    text.withUTF8 { count($0) }
  }

  /// The language of one line of UTF-8 bytes; an ASCII line is English as soon as it has a letter.
  public static func language(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
    if SourceText.isASCII(bytes) {
      return bytes.contains { ($0 | 0x20) &- 0x61 < 26 } ? LineLanguages.english : nil
    }
    var counter = ScriptCounter()
    counter.count(bytes)
    return counter.language
  }

  /// Counts the letters of UTF-8 bytes.
  public mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {  // ASCII: only letters matter
        let isLetter = (lead | 0x20) &- 0x61 < 26
        if isLetter && !inLatinWord { latinWords += 1 }
        inLatinWord = isLetter
        index += 1
        continue
      }
      let second = index + 1 < bytes.count ? bytes[index + 1] : 0
      let isLatin: Bool
      switch lead {
      case 0xC3...0xC9:  // À–ɏ, not × ÷
        isLatin = second & 0xC0 == 0x80 && (lead != 0xC3 || (second != 0x97 && second != 0xB7))
      default: isLatin = false
      }
      if isLatin && !inLatinWord { latinWords += 1 }
      inLatinWord = isLatin
      // Past the lead and its continuation bytes only, so that invalid UTF-8 counts as the U+FFFD
      // it decodes to: no letter, and never swallowing the ASCII after it.
      let end = index + (lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4)
      index += 1
      while index < min(end, bytes.count), bytes[index] & 0xC0 == 0x80 { index += 1 }
      if index == end && Self.startsHanCharacter(lead, second) { hanCount += 1 }
    }
  }

  /// Han ideographs by their first two UTF-8 bytes: U+3400–U+9FFF, U+F900–U+FAFF, U+20000–U+323AF.
  private static func startsHanCharacter(_ lead: UInt8, _ second: UInt8) -> Bool {
    switch lead {
    case 0xE3: second >= 0x90
    case 0xE4...0xE9: true
    case 0xEF: second >= 0xA4 && second <= 0xAB
    case 0xF0: second >= 0xA0 && second <= 0xB2
    default: false
    }
  }
}

/// Decides each line's language as its text arrives; readers feed it text and line ends.
///
/// A line's language is the one all its text is declared in, else (undeclared or mixed) its script.
/// Once a line found Chinese by script is Traditional, so are all such lines of the cue.
public struct LineLanguageAccumulator {
  /// The language of each closed line.
  public private(set) var lines: [String?] = []
  /// The lines found Chinese by script, which a Traditional line turns `zh-Hant` together.
  private var chineseByScript: [Int] = []
  private var traditional = false
  private var declared: String?
  private var mixed = false
  private var hasText = false
  private var texts: [String] = []
  /// Turns the text of a line found Chinese by script into its language (`zh-Hans` or `zh-Hant`).
  public var refineChinese: ((String) -> String)?

  /// An accumulator with no lines yet.
  public init() {
    lines.reserveCapacity(4)
    texts.reserveCapacity(4)
  }

  /// Adds a text run of the current line, declared in `language` (nil when the file says nothing).
  public mutating func add(_ text: String, declared language: String?) {
    guard text.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
    if !hasText {
      declared = language
      hasText = true
    } else if declared != language {
      mixed = true
    }
    texts.append(text)
  }

  /// Ends the current line.
  public mutating func closeLine() {
    var language = mixed ? nil : declared
    if language == nil {
      var script = ScriptCounter()
      for text in texts { script.count(text) }
      language = script.language
      if language == LineLanguages.chinese {
        if traditional {
          language = LineLanguages.traditionalChinese
        } else if let refineChinese, refineChinese(texts.joined()) == LineLanguages.traditionalChinese {
          traditional = true
          language = LineLanguages.traditionalChinese
          for line in chineseByScript { lines[line] = language }
        }
        chineseByScript.append(lines.count)
      }
    }
    lines.append(language)
    declared = nil
    mixed = false
    hasText = false
    texts.removeAll(keepingCapacity: true)
  }
}

/// Walks a tree once and decides each line's language: declared by `<lang>` spans, else by script.
private struct LanguageWalker {
  var languages = LineLanguageAccumulator()

  mutating func visit(_ nodes: [InlineNode], declared language: String?) {
    for node in nodes {
      switch node {
      case .text(let text): languages.add(text, declared: language)
      case .timestamp: break
      case .lineBreak: languages.closeLine()
      case .span(let span):
        if case .language(let tag) = span.style, !tag.isEmpty {
          visit(span.children, declared: tag)
        } else if span.style != .rubyText {
          visit(span.children, declared: language)
        }
      }
    }
  }
}
