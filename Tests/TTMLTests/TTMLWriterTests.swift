import SubkitTestSupport
import SubtitleTimeline
import TTML
import Testing

/// What the writer writes reads back to the same cues, with every time exact.
@Suite struct TTMLWriterTests {
  private func write(_ document: SubtitleDocument, collector: FindingCollector = FindingCollector()) throws
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

  @Test func rubyReadsBackTheSame() throws {
    let reading = InlineSpan(.rubyText, children: [.text("nóngmíngōng")])
    let ruby = InlineSpan(.ruby, children: [.text("农民工"), .span(reading)])
    let cue = Cue(start: .zero, end: MediaTime(milliseconds: 1000), content: [.text("这些"), .span(ruby)])
    let text = try write(SubtitleDocument(header: DocumentHeader(), cues: [cue]))
    let container = "<span tts:ruby=\"container\"><span tts:ruby=\"base\">农民工</span><span tts:ruby=\"text\">"
    #expect(text.contains(container))
    #expect(try read(text).cues.first?.content == cue.content)
  }

  @Test func timesWithNoExactFormAreRoundedWithAWarning() throws {
    let third = try #require(MediaTime(numerator: 1, denominator: 3))
    let collector = FindingCollector()
    let text = try write(
      SubtitleDocument(cues: [
        Cue(start: third, end: MediaTime(milliseconds: 1000), content: [.text("x")], sourceLine: 9)
      ]), collector: collector)
    #expect(text.contains("begin=\"00:00:00.333\""))
    #expect(collector.findings.first?.location.line == 9)
  }

  @Test func whatIMSCCannotCarryIsReported() throws {
    let cue = Cue(
      start: .zero, end: MediaTime(milliseconds: 1000),
      content: [
        .span(InlineSpan(.voice("Fan"), classes: ["loud"], children: [.text("x")])),
        .timestamp(MediaTime(milliseconds: 500)),
      ])
    let collector = FindingCollector()
    _ = try write(SubtitleDocument(cues: [cue]), collector: collector)
    let messages = collector.messages.joined(separator: "|")
    for loss in ["voice", "classes", "karaoke"] { #expect(messages.contains(loss)) }
  }

  /// Found by the round-trip fuzzer: each of these changed the cues unannounced.
  @Test func spacesThatDefaultHandlingWouldCollapseAreKept() throws {
    let content: [InlineNode] = [
      .text("  indented"), .lineBreak, .text("a  b "), .span(InlineSpan(.italic, children: [.text(" c")])),
    ]
    let text = try write(
      SubtitleDocument(cues: [Cue(start: .zero, end: MediaTime(milliseconds: 1000), content: content)]))
    #expect(text.contains("xml:space=\"preserve\""))
    #expect(try read(text).cues.first?.content == content)
    let plain = try write(
      SubtitleDocument(cues: [
        Cue(
          start: .zero, end: MediaTime(milliseconds: 1000),
          content: [.text("a "), .span(InlineSpan(.italic, children: [.text("b")]))])
      ]))
    #expect(!plain.contains("xml:space"))
  }

  @Test func controlCharactersBecomeReplacementCharactersWithAWarning() throws {
    let collector = FindingCollector()
    let cue = Cue(
      start: .zero, end: MediaTime(milliseconds: 1000), content: [.text("a\u{3}b\rc\u{FFFE}")], sourceLine: 4)
    let text = try write(SubtitleDocument(cues: [cue]), collector: collector)
    #expect(text.contains("a\u{FFFD}b&#13;c\u{FFFD}"))
    #expect(try read(text).cues.first?.content == [.text("a\u{FFFD}b\rc\u{FFFD}")])
    #expect(collector.messages == ["XML cannot hold control characters; written as U+FFFD"])
  }

  /// A text longer than readers take between two tags is written and reported (it does not read back).
  ///
  /// Text on both sides of a karaoke timestamp (which TTML drops) is one text.
  @Test func aTextLongerThanReadersTakeIsReported() throws {
    let half = String(repeating: "word ", count: 1_000_001)
    let message = "TTML readers refuse more than 10000000 (libxml2's limit, and subkit's)"
    for content in [[InlineNode.text(half + half)], [.text(half), .timestamp(.zero), .text(half)]] {
      let collector = FindingCollector()
      let cue = Cue(start: .zero, end: MediaTime(milliseconds: 1000), content: content, sourceLine: 2)
      let text = try write(SubtitleDocument(cues: [cue]), collector: collector)
      #expect(collector.messages.contains("a text of 10000010 bytes between two tags: \(message)"))
      #expect(throws: SubtitleError.self) { try read(text) }
    }
    let collector = FindingCollector()
    let split: [InlineNode] = [.text(half), .lineBreak, .text(half)]
    let cue = Cue(start: .zero, end: MediaTime(milliseconds: 1000), content: split, sourceLine: 2)
    _ = try write(SubtitleDocument(cues: [cue]), collector: collector)
    #expect(collector.messages.isEmpty)
  }

  /// A cue number is dropped quietly (TTML orders paragraphs itself); any other id that cannot be an
  /// `xml:id` is reported.
  @Test func idsThatAreNoXMLNameAreDroppedAndReportedUnlessCueNumbers() throws {
    let collector = FindingCollector()
    let second = MediaTime(milliseconds: 1000)
    let text = try write(
      SubtitleDocument(cues: [
        Cue(id: "12", start: .zero, end: second, content: [.text("one")]),
        Cue(id: "intro 1", start: second, end: MediaTime(milliseconds: 2000), content: [.text("two")]),
      ]), collector: collector)
    #expect(!text.contains("xml:id=\"12\"") && !text.contains("intro"))
    #expect(collector.messages == ["IMSC text cannot carry the id intro 1, which is not an XML name; dropped"])
  }

  @Test func cuesTTMLCannotShowOrIdentifyAreReported() throws {
    let collector = FindingCollector()
    let second = MediaTime(milliseconds: 1000)
    let text = try write(
      SubtitleDocument(cues: [
        Cue(id: "a", start: .zero, end: second, content: [.text("one")]),
        Cue(id: "a", start: second, end: MediaTime(milliseconds: 2000), content: [.text("two"), .lineBreak]),
        Cue(start: second, end: MediaTime(milliseconds: 2000), content: [.text("   ")]),
        Cue(
          start: .zero, end: second,
          content: [
            .span(
              InlineSpan(
                .ruby,
                children: [.text("火"), .span(InlineSpan(.rubyText, children: [.text("hu"), .lineBreak, .text("ǒ")]))]))
          ]),
      ]), collector: collector)
    #expect(text.components(separatedBy: "<p").count == 4)  // the blank cue is not written
    #expect(!text.contains("<br/><span tts:ruby") && !text.contains("hu<br/>"))
    #expect(
      collector.messages == [
        "IMSC text cannot carry an empty first or last line; dropped",
        "IMSC text cannot carry a second use of the id a; dropped",
        "IMSC text cannot carry a cue with no visible text; dropped",
        "IMSC text cannot carry line breaks inside ruby; dropped",
      ])
  }
}
