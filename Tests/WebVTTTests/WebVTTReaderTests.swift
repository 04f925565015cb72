import SubkitTestSupport
import SubtitleTimeline
import Testing
import WebVTT

@Suite struct WebVTTReaderTests {
  private func read(_ text: String) throws -> SubtitleDocument {
    try WebVTTReader(MemoryByteSource(text), context: SourceContext(sourceName: "t.vtt")).readDocument()
  }

  @Test func refusesAFileWithoutTheSignature() {
    #expect(throws: SubtitleError.self) { try read("WEBVTTX\n\n00:01.000 --> 00:02.000\nx\n") }
    #expect(throws: SubtitleError.self) { try read("\n\nNOT WEBVTT\n") }
  }

  @Test func emptyOrBlankInputIsAnEmptyTrackWithAWarning() throws {
    for text in ["", "\n \n\t\n"] {
      let collector = FindingCollector()
      let document = try WebVTTReader(
        MemoryByteSource(text), context: SourceContext(sourceName: "t.vtt", reporter: collector.reporter())
      ).readDocument()
      #expect(document.cues.isEmpty)
      #expect(collector.messages == ["empty input: no cues"])
    }
  }

  @Test func keepsHeaderBlocksAndNotes() throws {
    let document = try read(
      "WEBVTT - title\n\nREGION\nid:r width:40% lines:2 scroll:up\n\nSTYLE\n::cue { color: red }\n\nNOTE first\n\na\n00:01.000 --> 00:02.000 region:r\nx\n\nNOTE\ntwo lines\nof note\n\n00:02.000 --> 00:03.000\ny\n\nNOTE last\n"
    )
    #expect(document.header.title == "title")
    #expect(document.header.styleSheets == ["::cue { color: red }"])
    #expect(document.header.comments == ["first"])
    #expect(document.header.regions.first?.width == 40)
    #expect(document.header.regions.first?.scrollsUp == true)
    #expect(document.cues.map(\.id) == ["a", ""])
    #expect(document.cues[0].placement.region == "r")
    #expect(document.cues[1].comments == ["two lines\nof note"])
    #expect(document.trailingComments == ["last"])
  }

  @Test func parsesCueSettings() throws {
    let cue = try #require(
      read("WEBVTT\n\n00:01.000 --> 00:02.000 vertical:rl line:-2,end position:30%,line-left size:50% align:start\nx\n")
        .cues.first)
    #expect(cue.placement.vertical == .rightToLeft)
    #expect(cue.placement.line == .number(-2))
    #expect(cue.placement.lineAlign == .end)
    #expect(cue.placement.position == 30)
    #expect(cue.placement.positionAlign == .lineLeft)
    #expect(cue.placement.size == 50)
    #expect(cue.placement.align == .start)
  }

  @Test func parsesCueTextIntoTheTree() throws {
    let cue = try #require(
      read("WEBVTT\n\n00:01.000 --> 00:05.000\n<v.loud Fan>家 &amp; <ruby>车<rt>chē</rt></ruby><00:00:02.000>!</v>\n")
        .cues.first)
    let expected: [InlineNode] = [
      .span(
        InlineSpan(
          .voice("Fan"), classes: ["loud"],
          children: [
            .text("家 & "),
            .span(InlineSpan(.ruby, children: [.text("车"), .span(InlineSpan(.rubyText, children: [.text("chē")]))])),
            .timestamp(MediaTime(milliseconds: 2000)), .text("!"),
          ]))
    ]
    #expect(cue.content == expected)
    #expect(cue.sourceText == "<v.loud Fan>家 &amp; <ruby>车<rt>chē</rt></ruby><00:00:02.000>!</v>")
  }

  @Test func tagsLinesByScriptAndLangSpans() throws {
    let cue = try #require(read("WEBVTT\n\n00:01.000 --> 00:02.000\n回家\n<lang fr>Rentrer</lang>\n").cues.first)
    #expect(cue.lineLanguages == ["zh-Hans", "fr"])
  }
}

@Suite struct WebVTTNestingTests {
  @Test func oversizedCuesKeepTheirTextWithinTheLimits() throws {
    let collector = FindingCollector()
    let lines = (1...1_500).map { "<c>line</c> \($0)" }
    let text =
      "WEBVTT\n\n00:01.000 --> 00:02.000\n" + lines.joined(separator: "\n") + "\n"
      + "\n00:03.000 --> 00:04.000\n" + String(repeating: "<i>a</i>", count: Cue.maximumTags + 5) + "\n"
    let document = try WebVTTReader(
      MemoryByteSource(text), context: SourceContext(sourceName: "t.vtt", reporter: collector.reporter())
    ).readDocument()
    #expect(document.cues.first?.content.lineCount == Cue.maximumLines)
    #expect(document.cues.first?.content.plainLines.last?.hasSuffix("line 1499 line 1500") == true)
    var spans = 0
    document.cues.last?.content.forEachNode { if case .span = $0 { spans += 1 } }
    #expect(spans == Cue.maximumTags)
    #expect(collector.messages == [Cue.tooManyLinesMessage, Cue.tooManyTagsMessage])
  }

  @Test func deepNestingIsCappedAndReported() throws {
    let collector = FindingCollector()
    let text = "WEBVTT\n\n00:01.000 --> 00:02.000\n" + String(repeating: "<b>", count: 100_000) + "x\n"
    let reader = WebVTTReader(
      MemoryByteSource(text), context: SourceContext(sourceName: "t", reporter: collector.reporter()))
    let cue = try #require(try reader.readDocument().cues.first)
    #expect(cue.content.plainText == "x")
    #expect(collector.messages.contains { $0.contains("nested deeper") })
  }

  @Test func regionsPastTheLimitAreIgnoredWithOneWarning() throws {
    let regions = (0...Region.maximumCount + 5).map { "REGION\nid:r\($0)\n\n" }.joined()
    let collector = FindingCollector()
    let document = try WebVTTReader(
      MemoryByteSource("WEBVTT\n\n" + regions + "00:01.000 --> 00:02.000 region:r3\nx\n"),
      context: SourceContext(sourceName: "t.vtt", reporter: collector.reporter())
    ).readDocument()
    #expect(document.header.regions.count == Region.maximumCount)
    #expect(document.cues.first?.placement.region == "r3")
    #expect(collector.messages == [Region.tooManyMessage])
  }

  @Test func cuesWithoutTheSignatureLineAreReadWithAWarningButSRTIsNot() throws {
    let collector = FindingCollector()
    let document = try WebVTTReader(
      MemoryByteSource("1\n00:01.000 --> 00:02.000\nx\n"),
      context: SourceContext(sourceName: "t.vtt", reporter: collector.reporter())
    ).readDocument()
    #expect(document.cues.map(\.id) == ["1"])
    #expect(collector.messages == ["no WEBVTT line at the start; read as WebVTT all the same"])
    #expect(throws: SubtitleError.self) {
      try WebVTTReader(
        MemoryByteSource("1\n00:00:01,000 --> 00:00:02,000\nx\n"), context: SourceContext(sourceName: "t")
      )
      .readDocument()
    }
  }
}
