/// Counts characters the way reading-speed guides do.
///
/// Every character counts, spaces and punctuation included; line breaks do not. On a Chinese line a
/// half-width character (ASCII: Latin letters, digits, spaces, `,.?!`) counts half, as it takes half
/// the width and about half the reading effort of a Han character.
public enum ReadingCount {
  /// The characters of `text`, half-width ones counting ½ when `chinese`; `bytes` are the
  /// text's, when the caller has them.
  public static func characters(_ text: String, chinese: Bool, bytes: LineBytes? = nil) -> Double {
    let weight = chinese ? 0.5 : 1
    let bytes = bytes ?? LineBytes(text)
    guard !bytes.needsGraphemes else { return graphemes(text, weight: weight) }
    return Double(bytes.halfWidthCharacters) * weight + Double(bytes.otherCharacters)
  }

  /// Whether a scalar past ASCII is a whole character on its own (Latin, CJK, full-width forms).
  ///
  /// Such scalars are counted without grapheme breaking; anything else (combining marks, emoji,
  /// controls) makes the line counted as graphemes.
  static func isWholeCharacter(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0xA0..<0x300, 0x2010..<0x2028, 0x3000..<0xA000, 0xFF01..<0xFFF0: return true
    default: return false
    }
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
