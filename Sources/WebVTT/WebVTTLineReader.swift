import SubtitleTimeline

/// One decoded line of a WebVTT file and its 1-based number.
struct WebVTTLine {
  var text: String
  var number: Int
}

/// Decodes lines as the WebVTT parser wants them: UTF-8 with U+FFFD for errors and for NUL.
struct WebVTTLineReader {
  private let scanner: LineScanner
  private let context: SourceContext
  private var pushedBack: [WebVTTLine] = []

  init(_ scanner: LineScanner, context: SourceContext) {
    self.scanner = scanner
    self.context = context
  }

  /// The number the next line will have.
  var peekNumber: Int { pushedBack.last?.number ?? scanner.lineNumber + 1 }

  /// Puts a line back to be read again next.
  mutating func pushBack(_ line: WebVTTLine) {
    pushedBack.append(line)
  }

  /// The next line, or nil at the end.
  mutating func next() throws(SubtitleError) -> WebVTTLine? {
    if let line = pushedBack.popLast() { return line }
    guard let bytes = try scanner.nextLine() else { return nil }
    let number = scanner.lineNumber
    var decoded = SourceText.decode(bytes)
    if !decoded.valid {
      try context.warn(
        "invalid UTF-8 replaced by U+FFFD", line: number, column: SourceText.firstInvalidColumn(bytes) ?? 1)
    }
    if bytes.contains(0) {
      decoded.text = String(String.UnicodeScalarView(decoded.text.unicodeScalars.map { $0 == "\0" ? "\u{FFFD}" : $0 }))
    }
    return WebVTTLine(text: decoded.text, number: number)
  }
}
