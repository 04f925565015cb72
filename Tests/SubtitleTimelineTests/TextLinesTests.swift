import SubtitleTimeline
import Testing

/// `TextLines`: the lines `split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)`
/// gives, one at a time.
@Suite struct TextLinesTests {
  @Test(arguments: ["", "a", "a\n", "\n\n", "a\r\nb\rc\u{2028}d\n\ne", "回家\n过年\r\n", "\n\u{301}x"])
  func linesAreTheSplitsLines(text: String) {
    let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    #expect(Array(TextLines(text)) == expected)
  }
}
