/// The lines of a text, one at a time (split at every line end: LF, CRLF, CR, U+2028 …), without an
/// array of them all: a file of ten million blank lines would cost 32 bytes a line.
public struct TextLines: Sequence, IteratorProtocol {
  private let text: Substring
  private var start: String.Index?

  /// The lines of `text`; an empty text is one empty line, and a text ending with a line end
  /// ends with an empty line.
  public init(_ text: some StringProtocol) {
    self.text = Substring(text)
    start = self.text.startIndex
  }

  /// The next line, without its line end.
  public mutating func next() -> Substring? {
    guard let from = start else { return nil }
    guard let end = text[from...].firstIndex(where: \.isNewline) else {
      start = nil
      return text[from...]
    }
    start = text.index(after: end)
    return text[from..<end]
  }
}
