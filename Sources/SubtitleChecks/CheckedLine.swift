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
    var italics = false
    nodes.forEachNode { node in
      if case .span(let span) = node, span.style == .italic { italics = true }
    }
    self.init(text: nodes.plainText, language: language, hasItalics: italics)
  }

  /// The line of plain `text` in `language`, in italics or not.
  public init(text: String, language: String?, hasItalics: Bool) {
    self.text = text
    self.language = language
    self.hasItalics = hasItalics
    family = CheckedLine.family(of: language)
    bytes = LineBytes(text)
    isBlank = text.unicodeScalars.allSatisfy(CheckedLine.isWhitespace)
    readingCharacters = ReadingCount.characters(text, chinese: family == "zh", bytes: bytes)
  }

  /// Whether `scalar` has Unicode's White_Space property, without the property lookup (a switch
  /// over the property's fixed list).
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
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
  /// The lines, top to bottom (a slice of the cue's lines).
  public var lines: ArraySlice<CheckedLine>
  /// The limits for lines of its language.
  public var limits: LanguageLimits
}

/// What a line's UTF-8 holds, found in one pass: the characters rules look for, and the counts
/// reading speed is made of.
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
  /// The ASCII characters but line feeds (half-width: they count ½ on a Chinese line).
  public var halfWidthCharacters = 0
  /// The other characters, when each is one scalar (`ReadingCount.isWholeCharacter`).
  public var otherCharacters = 0
  /// Whether some scalar is not a character on its own (a combining mark, an emoji part), so
  /// characters must be counted as graphemes.
  public var needsGraphemes = false

  /// The facts about `text`.
  public init(_ text: String) {
    var text = text
    text.withUTF8 { self = LineBytes(utf8: $0) }
  }

  private init(utf8: UnsafeBufferPointer<UInt8>) {
    var previous: UInt8 = 0  // the ASCII byte before, 0 after anything else
    var dots = 0
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      guard byte < 0x80 else {
        // Valid UTF-8 (a String's): a lead byte and its continuation bytes, decoded.
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        guard index + length <= utf8.count else {
          needsGraphemes = true
          break
        }
        var scalar = UInt32(byte & (0x7F >> length))
        for offset in 1..<length { scalar = scalar << 6 | UInt32(utf8[index + offset] & 0x3F) }
        isASCII = false
        if scalar == 0x3000 { hasSpace = true }
        if ReadingCount.isWholeCharacter(scalar) { otherCharacters += 1 } else { needsGraphemes = true }
        (previous, dots, index) = (0, 0, index + length)
        continue
      }
      if byte != 0x0A { halfWidthCharacters += 1 }
      switch byte {
      case 0x20, 0x09:
        hasSpace = true
        if previous == 0x20 && byte == 0x20 { hasDoubleSpace = true }
      case 0x2E:
        hasHalfWidthPunctuation = true
        if dots == 2 { hasThreeDots = true }
      case 0x2C, 0x3F, 0x21, 0x3A, 0x3B: hasHalfWidthPunctuation = true
      case 0x30...0x39: hasDigit = true
      default: break
      }
      dots = byte == 0x2E ? dots + 1 : 0
      (previous, index) = (byte, index + 1)
    }
  }
}
