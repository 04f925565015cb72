/// Punctuation that has a half-width and a full-width form, and which is which.
enum PunctuationWidth {
  /// The half-width marks of a Chinese line, but for `,.:` between digits and runs of dots.
  static func halfWidthMarks(in text: String) -> [Character] {
    let bytes = Array(text.utf8)
    var marks: [Character] = []
    for (index, byte) in bytes.enumerated() where fullForm[byte] != nil {
      if isExempt(
        byte, before: index > 0 ? bytes[index - 1] : nil, after: index + 1 < bytes.count ? bytes[index + 1] : nil)
      {
        continue
      }
      marks.append(Character(Unicode.Scalar(byte)))
    }
    return marks
  }

  /// The full-width marks of an English line.
  static func fullWidthMarks(in text: String) -> [Character] {
    text.unicodeScalars.filter { halfForm[$0] != nil }.map(Character.init)
  }

  /// `text` with the marks of the wrong width in the other width: on a Chinese line (`toFull`) the
  /// half-width marks `halfWidthMarks` finds, on an English line every full-width mark (with a
  /// space after it before a letter).
  static func widened(_ text: String, toFull: Bool) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var characters = text.makeIterator()  // a window of three: no array of the line's characters
    var previous: Character?
    var current = characters.next()
    while let character = current {
      let next = characters.next()
      if toFull, let ascii = character.asciiValue,
        !isExempt(ascii, before: previous?.asciiValue, after: next?.asciiValue),
        let full = fullForm[ascii]
      {
        result.unicodeScalars.append(full)
      } else if !toFull, let scalar = character.unicodeScalars.first, let half = halfForm[scalar] {
        result.append(Character(Unicode.Scalar(half)))
        if next?.isLetter == true { result.append(" ") }
      } else {
        result.append(character)
      }
      previous = character
      current = next
    }
    return result
  }

  /// Whether a half-width mark stays: `,.:` between digits, and dots in a run.
  private static func isExempt(_ byte: UInt8, before: UInt8?, after: UInt8?) -> Bool {
    let digit = { (value: UInt8?) in value.map { $0 &- 0x30 < 10 } ?? false }
    if digit(before) && digit(after)
      && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":"))
    {
      return true
    }
    return byte == UInt8(ascii: ".") && (before == byte || after == byte)
  }

  /// The half-width marks `,.?!:;` and their full-width forms `，。？！：；`.
  private static let fullForm: [UInt8: Unicode.Scalar] = [
    UInt8(ascii: ","): "\u{FF0C}", UInt8(ascii: "."): "\u{3002}", UInt8(ascii: "?"): "\u{FF1F}",
    UInt8(ascii: "!"): "\u{FF01}", UInt8(ascii: ":"): "\u{FF1A}", UInt8(ascii: ";"): "\u{FF1B}",
  ]

  /// The full-width marks and their half-width forms.
  private static let halfForm: [Unicode.Scalar: UInt8] = Dictionary(uniqueKeysWithValues: fullForm.map { ($1, $0) })
}
