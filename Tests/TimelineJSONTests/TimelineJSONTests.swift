import SubkitTestSupport
import SubtitleTimeline
import Testing
import TimelineJSON

@Suite struct TimelineJSONTests {
  private static let sample: SubtitleDocument = {
    var first = Cue(
      id: "qa-001", start: MediaTime(milliseconds: 1000), end: MediaTime(numerator: 1001, denominator: 240) ?? .zero,
      content: [
        .span(InlineSpan(.voice("Lixin Fan"), classes: ["a"], children: [.text("回家 \"quoted\"\t")])), .lineBreak,
        .span(InlineSpan(.color("#ff0000"), children: [.text("Home")])), .timestamp(MediaTime(milliseconds: 1500)),
      ],
      lineLanguages: ["zh-Hans", "en"], comments: ["a note"], sourceText: "raw", sourceLine: 4)
    first.placement.line = .percentage(12.5)
    first.placement.region = "r"
    first.placement.anchor = 7
    var region = Region(id: "r")
    region.lines = 4
    return SubtitleDocument(
      header: DocumentHeader(title: "t", regions: [region], styleSheets: ["s"], comments: ["c"]),
      cues: [first, Cue(start: .zero, end: MediaTime(milliseconds: 1), content: [])], trailingComments: ["end"])
  }()

  private func roundTrip(_ document: SubtitleDocument, lines: Bool) throws -> SubtitleDocument {
    let json = try render(document) { TimelineJSONWriter($0, lines: lines) }
    return try TimelineJSONReader(
      MemoryByteSource(json), options: TimelineJSONReaderOptions(sourceName: "t", lines: lines)
    )
    .readDocument()
  }

  @Test(arguments: [false, true])
  func roundTripIsLossless(lines: Bool) throws {
    var expected = Self.sample
    expected.cues[1].lineLanguages = []
    #expect(try roundTrip(Self.sample, lines: lines) == expected)
  }

  @Test func timesAreSecondsWithExactFractionsBeside() throws {
    let json = try render(Self.sample) { TimelineJSONWriter($0) }
    #expect(json.contains("\"start\":1,"))
    #expect(json.contains("\"endExact\":\"1001/240\""))
    #expect(json.contains("\"text\":\"回家 \\\"quoted\\\"\\t\\nHome\""))
  }

  @Test func hostileJSONIsRefusedWithALocation() throws {
    let deep = String(repeating: "[", count: 100_000)
    let error = try #require(throws: SubtitleError.self) {
      try TimelineJSONReader(
        MemoryByteSource("{\"cues\":\n" + deep), options: TimelineJSONReaderOptions(sourceName: "d.json")
      )
      .readDocument()
    }
    #expect(error.finding.location.line == 2)
    #expect(error.finding.message.contains("nesting"))
  }

  @Test func shapeErrorsNameTheLine() throws {
    let error = try #require(throws: SubtitleError.self) {
      try TimelineJSONReader(
        MemoryByteSource("{\"cues\":[\n{\"start\":1}]}"), options: TimelineJSONReaderOptions(sourceName: "s.json")
      )
      .readDocument()
    }
    #expect(error.description == "s.json:2:1: error: a cue needs \"start\" and \"end\" times")
  }

  @Test func secondsThatRoundPastTheLargestTimeAreRefused() throws {
    func read(_ seconds: String) throws -> SubtitleDocument {
      let text = "{\"cues\":[{\"start\":0,\"end\":\(seconds),\"text\":\"x\"}]}"
      return try TimelineJSONReader(MemoryByteSource(text), options: TimelineJSONReaderOptions(sourceName: "l.json"))
        .readDocument()
    }
    // 2305843009213693.9 s is within the limit as written, but its milliseconds round to 2^61, past it.
    let error = try #require(throws: SubtitleError.self) { try read("2305843009213693.9") }
    #expect(error.finding.message.contains("a time within range"))
    let cue = try #require(try read("2305843009213693.5").cues.first)
    #expect(cue.end <= MediaTime.limit)
  }

  @Test func manyEndLinesAreReadOneAfterAnother() throws {
    // Each "end" line once led to a nested call: 50,000 of them ran out of stack.
    let lines = String(repeating: "{\"kind\":\"end\"}\n", count: 50_000)
    let document = try TimelineJSONReader(
      MemoryByteSource(lines), options: TimelineJSONReaderOptions(sourceName: "e.jsonl", lines: true)
    )
    .readDocument()
    #expect(document.cues.isEmpty)
  }

  @Test func aTextOfMoreThanAThousandLinesIsRefusedWithItsPlace() throws {
    func read(lines: Int) throws -> SubtitleDocument {
      let text = Array(repeating: "a", count: lines).joined(separator: "\\n")
      return try TimelineJSONReader(
        MemoryByteSource("{\"cues\":[\n{\"start\":1,\"end\":2,\"text\":\"\(text)\"}]}"),
        options: TimelineJSONReaderOptions(sourceName: "t.json")
      )
      .readDocument()
    }
    #expect(try read(lines: Cue.maximumLines).cues.first?.content.lineCount == Cue.maximumLines)
    let error = try #require(throws: SubtitleError.self) { try read(lines: Cue.maximumLines + 1) }
    #expect(error.description == "t.json:2:1: error: a text of more than 1000 lines")
  }
}
