extension Character {
  /// Whether every scalar of the character is white space: a space that carries combining marks
  /// is not blank, so trimming never drops the marks with it.
  var isBlank: Bool { unicodeScalars.allSatisfy(\.properties.isWhitespace) }
}
