import SubtitleTimeline

/// One line of a cue as the rules read it: its plain text, language and markup.
public struct CheckedLine: Sendable {
  /// The text without markup.
  public var text: String
  /// The line's language tag as the file or its script gives it (`zh-Hans`, `en`); nil when unknown.
  public var language: String?
  /// Whether any of its text is in italics.
  public var hasItalics: Bool
  /// The primary language (`zh`, `en`), nil when unknown.
  public var family: String?
  /// Its characters as reading speed counts them (`ReadingCount`).
  public var readingCharacters: Double
  /// What one pass over its UTF-8 found, so rules that look for a byte can skip lines without it.
  public var bytes: LineBytes
  /// Whether the line is empty or only spaces.
  public var isBlank: Bool

  /// The line `nodes` in `language`.
  public init(_ nodes: [InlineNode], language: String?) {
    text = nodes.plainText
    self.language = language
    family = CheckedLine.family(of: language)
    bytes = LineBytes(text)
    isBlank = !bytes.hasSpace && !text.isEmpty ? false : text.allSatisfy(\.isWhitespace)
    readingCharacters = ReadingCount.characters(text, chinese: family == "zh", ascii: bytes.isASCII)
    var italics = false
    nodes.forEachNode { node in
      if case .span(let span) = node, span.style == .italic { italics = true }
    }
    hasItalics = italics
  }

  /// Whether the line is Chinese (`zh`, `zh-Hans`, `zh-Hant` …).
  public var isChinese: Bool { family == "zh" }

  /// Whether the line is English.
  public var isEnglish: Bool { family == "en" }

  /// The primary language subtag of `tag` (`zh` for `zh-Hans`), lower-cased; nil for nil.
  public static func family(of tag: String?) -> String? {
    switch tag {
    case nil: return nil
    case LineLanguages.chinese?, LineLanguages.traditionalChinese?: return "zh"
    case LineLanguages.english?: return "en"
    case let tag?: return String(tag.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }
  }
}

/// A run of consecutive lines in one language: what reading speed, line count and pairing are about.
public struct CheckedBlock: Sendable {
  /// The primary language (`zh`, `en`), nil when unknown.
  public var family: String?
  /// The lines, top to bottom.
  public var lines: [CheckedLine]
}

/// What a line's UTF-8 holds, found in one pass.
public struct LineBytes: Sendable {
  /// Every byte is ASCII.
  public var isASCII = true
  /// A space, tab or ideographic space (U+3000) occurs.
  public var hasSpace = false
  /// Two spaces stand together.
  public var hasDoubleSpace = false
  /// Three dots stand together.
  public var hasThreeDots = false
  /// An ASCII digit occurs.
  public var hasDigit = false
  /// One of `,.?!:;` occurs.
  public var hasHalfWidthPunctuation = false

  /// The facts about `text`.
  public init(_ text: String) {
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      switch byte {
      case 0x20, 0x09:
        hasSpace = true
        if previous.1 == 0x20 && byte == 0x20 { hasDoubleSpace = true }
      case 0x2E:
        hasHalfWidthPunctuation = true
        if previous == (0x2E, 0x2E) { hasThreeDots = true }
      case 0x2C, 0x3F, 0x21, 0x3A, 0x3B: hasHalfWidthPunctuation = true
      case 0x30...0x39: hasDigit = true
      case 0x80...:
        isASCII = false
        if previous == (0xE3, 0x80) && byte == 0x80 { hasSpace = true }  // U+3000
      default: break
      }
      previous = (previous.1, byte)
    }
  }
}
