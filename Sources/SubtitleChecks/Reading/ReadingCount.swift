/// Counts characters the way reading-speed guides do.
///
/// Every character counts, spaces and punctuation included; line breaks do not. On a Chinese line a
/// half-width character (ASCII: Latin letters, digits, spaces, `,.?!`) counts half, as it takes half
/// the width and about half the reading effort of a Han character.
public enum ReadingCount {
  /// The characters of `text`, half-width ones counting ½ when `chinese`; `ascii` says the text
  /// is all ASCII, when the caller knows.
  public static func characters(_ text: String, chinese: Bool, ascii: Bool? = nil) -> Double {
    let weight = chinese ? 0.5 : 1
    if ascii ?? text.utf8.allSatisfy({ $0 < 0x80 }) {
      return Double(text.utf8.count { $0 != 0x0A }) * weight
    }
    // Scalars that are whole characters on their own (Latin, CJK, full-width forms) are counted
    // without grapheme breaking; anything else (combining marks, emoji) is counted as characters.
    var count = 0.0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: continue
      case 0x20..<0x7F: count += weight
      case 0xA0..<0x300, 0x2010..<0x2028, 0x3000..<0xA000, 0xFF01..<0xFFF0: count += 1
      default: return graphemes(text, weight: weight)
      }
    }
    return count
  }

  private static func graphemes(_ text: String, weight: Double) -> Double {
    var count = 0.0
    for character in text where character != "\n" {
      count += character.isASCII ? weight : 1
    }
    return count
  }

  /// The words of `text`: runs of characters between whitespace.
  public static func words(_ text: String) -> Int {
    text.split(whereSeparator: \.isWhitespace).count
  }
}
