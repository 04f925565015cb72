/// Punctuation that has a half-width and a full-width form, and which is which.
enum PunctuationWidth {
  /// The half-width marks `,.?!:;`, as bytes.
  private static let halfWidth: Set<UInt8> = Set(",.?!:;".utf8)
  /// Their full-width forms `，。？！：；`.
  private static let fullWidth: Set<Unicode.Scalar> = [
    "\u{FF0C}", "\u{3002}", "\u{FF1F}", "\u{FF01}", "\u{FF1A}", "\u{FF1B}",
  ]

  /// The half-width marks of a Chinese line, but for `,.:` between digits and runs of dots.
  static func halfWidthMarks(in text: String) -> [Character] {
    let bytes = Array(text.utf8)
    var marks: [Character] = []
    for (index, byte) in bytes.enumerated() where halfWidth.contains(byte) {
      let before = index > 0 ? bytes[index - 1] : 0x20
      let after = index + 1 < bytes.count ? bytes[index + 1] : 0x20
      let betweenDigits = before &- 0x30 < 10 && after &- 0x30 < 10
      if betweenDigits && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")) {
        continue
      }
      if byte == UInt8(ascii: ".") && (before == byte || after == byte) { continue }
      marks.append(Character(Unicode.Scalar(byte)))
    }
    return marks
  }

  /// The full-width marks of an English line.
  static func fullWidthMarks(in text: String) -> [Character] {
    text.unicodeScalars.filter { fullWidth.contains($0) }.map(Character.init)
  }
}
