/// Punctuation that has a half-width and a full-width form, and which is which.
enum PunctuationWidth {
  /// The half-width marks and their full-width forms.
  static let pairs: [(half: Character, full: Character)] = [
    (",", "，"), (".", "。"), ("?", "？"), ("!", "！"), (":", "："), (";", "；"),
  ]

  /// The half-width marks of a Chinese line, but for `,.:` between digits and runs of dots.
  static func halfWidthMarks(in text: String) -> [Character] {
    let characters = Array(text)
    return characters.indices.compactMap { index in
      let character = characters[index]
      guard pairs.contains(where: { $0.half == character }) else { return nil }
      let before = index > 0 ? characters[index - 1] : " "
      let after = index + 1 < characters.count ? characters[index + 1] : " "
      if ",.:".contains(character) && before.isASCII && before.isNumber && after.isASCII && after.isNumber {
        return nil
      }
      if character == "." && (before == "." || after == ".") { return nil }
      return character
    }
  }

  /// The full-width marks of an English line.
  static func fullWidthMarks(in text: String) -> [Character] {
    text.filter { character in pairs.contains { $0.full == character } }.map { $0 }
  }
}
