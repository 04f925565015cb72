import SubRip
import SubkitTestSupport
import SubtitleTimeline
import Testing

@Suite struct SubRipWriterTests {
  @Test func writesCanonicalSRT() throws {
    var cue = Cue(
      id: "x", start: MediaTime(milliseconds: 3_723_004), end: MediaTime(milliseconds: 3_724_000),
      content: [.span(InlineSpan(.bold, children: [.text("回家")])), .lineBreak, .text("Home")])
    cue.placement.anchor = 2
    let text = try render(SubtitleDocument(cues: [cue])) {
      SubRipWriter($0, context: SourceContext(sourceName: "t"))
    }
    #expect(text == "1\n01:02:03,004 --> 01:02:04,000\n{\\an2}<b>回家</b>\nHome\n\n")
  }

  @Test func reportsWhatSRTCannotCarry() throws {
    var cue = Cue(
      start: .zero, end: MediaTime(milliseconds: 1000),
      content: [
        .span(InlineSpan(.ruby, children: [.text("家"), .span(InlineSpan(.rubyText, children: [.text("jiā")]))]))
      ],
      sourceLine: 7)
    cue.placement.line = .number(0)
    let collector = FindingCollector()
    let text = try render(SubtitleDocument(cues: [cue])) {
      SubRipWriter($0, context: SourceContext(sourceName: "in.vtt", reporter: collector.reporter()))
    }
    #expect(text.contains("家\n"))
    #expect(!text.contains("jiā"))
    #expect(collector.messages.contains { $0.contains("ruby") })
    #expect(collector.messages.contains { $0.contains("cue settings") })
    #expect(collector.findings.allSatisfy { $0.location.line == 7 && $0.location.file == "in.vtt" })
  }

  /// Text holding `-->` would read back as a timing line and start a cue (found by the encoding
  /// fuzzer in CI: a tag inside `--</font>>` hid the arrow until the reader removed it).
  @Test func anArrowInTheTextIsWrittenApart() throws {
    let cue = Cue(
      start: .zero, end: MediaTime(milliseconds: 1000), content: [.text("00:00:22.950 --> 00:00:26.400")], sourceLine: 3
    )
    let collector = FindingCollector()
    let text = try render(SubtitleDocument(cues: [cue])) {
      SubRipWriter($0, context: SourceContext(sourceName: "in.srt", reporter: collector.reporter()))
    }
    #expect(text == "1\n00:00:00,000 --> 00:00:01,000\n00:00:22.950 -- > 00:00:26.400\n\n")
    #expect(collector.messages == ["\"-->\" in the text is written \"-- >\" (it would read as a timing line)"])
  }

  @Test func roundTripsThroughTheReader() throws {
    let source =
      "1\n00:00:01,000 --> 00:00:02,000\n<i>一</i>\n<u>two</u>\n\n2\n00:00:02,000 --> 00:00:03,500\n<font color=\"#ffcc00\">三</font>\n\n"
    let document = try SubRipReader(MemoryByteSource(source), context: SourceContext(sourceName: "t"))
      .readDocument()
    let written = try render(document) { SubRipWriter($0, context: SourceContext(sourceName: "t")) }
    #expect(written == source)
  }

  /// SRT has no escapes: text that a reader would take for markup is written, and reported.
  @Test(arguments: [
    ([InlineNode.text("<i>not italic</i>")], true),
    ([.text("{\\an8}")], true),
    ([.text("a < b "), .span(InlineSpan(.italic, children: [.text("c")]))], true),
    ([.span(InlineSpan(.bold, children: [.text("x <y")])), .text("z")], true),
    ([.text("a < b"), .lineBreak, .text("c > d")], false),
    ([.text("<unknown> & {pos(1,2)}")], false),
    ([.text("{\\pos(1,2)} is dropped by readers")], true),
  ])
  func textThatReadsAsMarkupIsReported(content: [InlineNode], reported: Bool) throws {
    let collector = FindingCollector()
    _ = try render(SubtitleDocument(cues: [Cue(start: .zero, end: MediaTime(milliseconds: 1000), content: content)])) {
      SubRipWriter($0, context: SourceContext(sourceName: "in.vtt", reporter: collector.reporter()))
    }
    #expect(collector.messages.contains { $0.contains("reads as a tag") } == reported, "\(collector.messages)")
  }

  @Test func linesThatWouldReadAsBlankAndUnsafeColoursAreReported() throws {
    let collector = FindingCollector()
    let content: [InlineNode] = [
      .text("a"), .lineBreak, .text("   "), .lineBreak,
      .span(InlineSpan(.color("red\">x"), children: [.text("b")])), .lineBreak,
    ]
    let text = try render(
      SubtitleDocument(cues: [Cue(start: .zero, end: MediaTime(milliseconds: 1000), content: content)])
    ) {
      SubRipWriter($0, context: SourceContext(sourceName: "in.vtt", reporter: collector.reporter()))
    }
    #expect(text == "1\n00:00:00,000 --> 00:00:01,000\na\n   b\n\n\n")  // the last break ends a line, then the cue
    #expect(
      collector.messages == ["SRT cannot carry empty lines; dropped", "SRT cannot carry colour \"red\">x\"; dropped"])
  }
}
