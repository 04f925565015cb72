/// Counts characters the way reading-speed guides do.
///
/// Every character counts, spaces and punctuation included; line breaks do not. On a Chinese line a
/// half-width character (ASCII: Latin letters, digits, spaces, `,.?!`) counts half, as it takes half
/// the width and about half the reading effort of a Han character.
public enum ReadingCount {
  /// The characters of `text`, half-width ones counting ½ when `chinese`.
  public static func characters(_ text: String, chinese: Bool) -> Double {
    var count = 0.0
    for character in text where character != "\n" {
      count += chinese && character.isASCII ? 0.5 : 1
    }
    return count
  }

  /// The words of `text`: runs of characters between whitespace.
  public static func words(_ text: String) -> Int {
    text.split(whereSeparator: \.isWhitespace).count
  }
}
