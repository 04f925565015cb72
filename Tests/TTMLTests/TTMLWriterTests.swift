import SubkitTestSupport
import SubtitleTimeline
import TTML
import Testing

/// What the writer writes reads back to the same cues, with every time exact.
@Suite struct TTMLWriterTests {
  private func write(_ document: SubtitleDocument, collector: DiagnosticCollector = DiagnosticCollector()) throws
    -> String
  {
    try render(document) { TTMLWriter($0, context: SourceContext(sourceName: "in", reporter: collector.reporter())) }
  }

  private func read(_ text: String) throws -> SubtitleDocument {
    try TTMLReader(MemoryByteSource(text), context: SourceContext(sourceName: "out.ttml")).readDocument()
  }

  private static let ntsc = TimeRates(frameRate: 30, multiplier: (1000, 1001))

  private static func frames(_ count: Int64) -> MediaTime {
    MediaTime(numerator: count * 1001, denominator: 30000) ?? .zero
  }

  @Test func framesAndMillisecondsRoundTripExactly() throws {
    let cues = [
      Cue(id: "a", start: Self.frames(1), end: Self.frames(45), content: [.text("one")]),
      Cue(id: "b", start: MediaTime(milliseconds: 2002), end: MediaTime(milliseconds: 3500), content: [.text("two")]),
    ]
    let text = try write(SubtitleDocument(header: DocumentHeader(timeRates: Self.ntsc), cues: cues))
    #expect(text.contains("begin=\"1f\" end=\"45f\""))
    #expect(text.contains("begin=\"60f\" end=\"00:00:03.500\""))
    let back = try read(text)
    #expect(back.cues.map(\.start) == cues.map(\.start))
    #expect(back.cues.map(\.end) == cues.map(\.end))
    #expect(back.header.timeRates == Self.ntsc)
  }

  @Test func bilingualLinesGetSpansWithLanguagesAndReadBackTheSame() throws {
    let cue = Cue(
      id: "qa-001", start: MediaTime(milliseconds: 1000), end: MediaTime(milliseconds: 4000),
      content: [.text("回家 & <家>"), .lineBreak, .span(InlineSpan(.italic, children: [.text("Going home")]))],
      lineLanguages: ["zh-Hans", "en"])
    let text = try write(SubtitleDocument(header: DocumentHeader(title: "Last Train Home"), cues: [cue]))
    #expect(
      text.contains(
        "<span xml:lang=\"zh-Hans\">回家 &amp; &lt;家&gt;</span><br/><span xml:lang=\"en\"><span tts:fontStyle=\"italic\">Going home</span></span>"
      ))
    let back = try #require(try read(text).cues.first)
    #expect(back.content == cue.content)
    #expect(back.lineLanguages == cue.lineLanguages)
    #expect(back.id == cue.id)
    #expect(try read(text).header.title == "Last Train Home")
  }

  @Test func timesWithNoExactFormAreRoundedWithAWarning() throws {
    let third = try #require(MediaTime(numerator: 1, denominator: 3))
    let collector = DiagnosticCollector()
    let text = try write(
      SubtitleDocument(cues: [
        Cue(start: third, end: MediaTime(milliseconds: 1000), content: [.text("x")], sourceLine: 9)
      ]), collector: collector)
    #expect(text.contains("begin=\"00:00:00.333\""))
    #expect(collector.diagnostics.first?.location.line == 9)
  }

  @Test func whatIMSCCannotCarryIsReported() throws {
    let cue = Cue(
      start: .zero, end: MediaTime(milliseconds: 1000),
      content: [
        .span(InlineSpan(.voice("Fan"), classes: ["loud"], children: [.text("x")])),
        .timestamp(MediaTime(milliseconds: 500)),
      ])
    let collector = DiagnosticCollector()
    _ = try write(SubtitleDocument(cues: [cue]), collector: collector)
    let messages = collector.messages.joined(separator: "|")
    for loss in ["voice", "classes", "karaoke"] { #expect(messages.contains(loss)) }
  }
}
