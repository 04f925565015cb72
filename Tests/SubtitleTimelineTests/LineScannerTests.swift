import SubtitleTimeline
import Testing

@Suite struct LineScannerTests {
  private func lines(_ text: String, chunkSize: Int = 1 << 20) throws -> [String] {
    let scanner = LineScanner(MemoryByteSource(text), sourceName: "t", chunkSize: chunkSize)
    var result: [String] = []
    while let line = try scanner.nextLine() { result.append(String(decoding: line, as: UTF8.self)) }
    return result
  }

  @Test func splitsAtEveryLineEnding() throws {
    #expect(try lines("a\nb\r\nc\rd") == ["a", "b", "c", "d"])
    #expect(try lines("a\n\nb\n") == ["a", "", "b"])
    #expect(try lines("a\r\r\nb") == ["a", "", "b"])
  }

  @Test(arguments: [1, 2, 3, 5, 16])
  func chunkBoundariesDoNotMatter(chunkSize: Int) throws {
    let text = "first line\r\nsecond\rthird\n\nfifth 第五行"
    #expect(try lines(text, chunkSize: chunkSize) == lines(text))
  }

  @Test func countsLines() throws {
    let scanner = LineScanner(MemoryByteSource("a\nb"), sourceName: "t")
    _ = try scanner.nextLine()
    _ = try scanner.nextLine()
    #expect(scanner.lineNumber == 2)
    #expect(!scanner.lastLineWasTerminated)
  }
}
