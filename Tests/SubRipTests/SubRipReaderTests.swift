import SubRip
import SubkitTestSupport
import SubtitleTimeline
import Testing

@Suite struct SubRipReaderTests {
  private func read(_ text: String, strict: Bool = false) throws -> (SubtitleDocument, FindingCollector) {
    let collector = FindingCollector()
    let reader = SubRipReader(
      MemoryByteSource(text),
      context: SourceContext(sourceName: "t.srt", reporter: collector.reporter(strict: strict)))
    return (try reader.readDocument(), collector)
  }

  @Test func emptyInputIsAnEmptyTrackAndTextWithoutCuesIsRefused() throws {
    for text in ["", "\n  \n\n"] {
      let (document, collector) = try read(text)
      #expect(document.cues.isEmpty)
      #expect(collector.messages == ["empty input: no cues"])
    }
    let error = try #require(throws: SubtitleError.self) { try read("\n\nDear reader,\nthis is prose.\n") }
    #expect("\(error)" == "t.srt:3:1: error: no cues found: is this a subtitle file? (read as SRT)")
  }

  /// Memory in proportion to the input: past the limits, text is kept and structure is not.
  @Test func oversizedCuesKeepTheirTextWithinTheLimits() throws {
    let lines = (1...1_500).map { "line \($0)" }
    let (document, collector) = try read(
      "1\n00:00:01,000 --> 00:00:02,000\n" + lines.joined(separator: "\n") + "\n", strict: false)
    let cue = try #require(document.cues.first)
    #expect(cue.content.lineCount == Cue.maximumLines)
    #expect(cue.content.plainLines.last == lines[(Cue.maximumLines - 1)...].joined(separator: " "))
    #expect(collector.messages == [Cue.tooManyLinesMessage])

    let tags = String(repeating: "<i>a</i>", count: Cue.maximumTags + 5)
    let (tagged, tagWarnings) = try read("1\n00:00:01,000 --> 00:00:02,000\n\(tags)\n", strict: false)
    var spans = 0
    tagged.cues.first?.content.forEachNode { if case .span = $0 { spans += 1 } }
    #expect(spans == Cue.maximumTags)
    #expect(tagWarnings.messages.contains(Cue.tooManyTagsMessage))

    let brackets = String(repeating: "<", count: 200_000) + ">" + String(repeating: "{\\", count: 1000)
    let (text, _) = try read("1\n00:00:01,000 --> 00:00:02,000\n\(brackets)\n", strict: false)
    #expect(text.cues.first?.content == [.text(brackets)])
  }

  @Test func readsCanonicalCuesWithoutWarnings() throws {
    let (document, collector) = try read(
      "1\n00:00:01,000 --> 00:00:02,500\n回家\nGoing home\n\n2\n00:00:03,000 --> 00:00:04,000\nTwo\n")
    #expect(document.cues.count == 2)
    #expect(document.cues[0].start == MediaTime(milliseconds: 1000))
    #expect(document.cues[0].end == MediaTime(milliseconds: 2500))
    #expect(document.cues[0].content == [.text("回家"), .lineBreak, .text("Going home")])
    #expect(document.cues[0].lineLanguages == ["zh-Hans", "en"])
    #expect(document.cues[0].sourceLine == 2)
    #expect(collector.messages.isEmpty)
  }

  @Test func repairsMessyFilesWithWarnings() throws {
    let text =
      "\u{FEFF}00:00:01.000 --> 0:00:02,000\r\nno number\r\n\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nmissing blank\r\n3\r\n00:00:05,000 --> 00:00:06,000\r\nlast\r\n"
    let (document, collector) = try read(text)
    #expect(document.cues.map(\.content.plainText) == ["no number", "missing blank", "last"])
    let messages = collector.messages.joined(separator: "|")
    for expected in [
      "byte order mark", "cue without a number", "'.' used instead of ','", "two digits", "extra blank line",
      "missing blank line",
    ] {
      #expect(messages.contains(expected), "expected a warning about \(expected)")
    }
  }

  /// What other tools' users write, read as ffmpeg and pysubs2 read it, each with a warning.
  @Test func otherToolsHabitsAreReadWithWarnings() throws {
    let text = """
      1
      00:00:01,000 --> 00:00:02,000
      first

      a second paragraph

      2
      00:00:03,000 --> 00:00:04,000
      <br>A<br><br>B<br>

      300:00:05,000 --> 00:00:06,000
      <i/>kept {\\pos(1,2)}{\\i1}text

      4
      00:00:07,199.99999999998 --> 00:00:08,000
      noise

      """
    let (document, collector) = try read(text)
    #expect(document.cues.map(\.content.plainText) == ["first\na second paragraph", "A\nB", "<i/>kept text", "noise"])
    #expect(document.cues.map(\.id) == ["1", "2", "3", "4"])
    #expect(document.cues[3].start == MediaTime(milliseconds: 7200))
    for expected in [
      "text after a blank line that starts no cue", "<br> read as a line break",
      "cue number 3 written onto its timing line",
      "unknown tag <i/> kept as text", "override {\\pos(1,2)} dropped", "override {\\i1} read as the tags",
      "digits after the fraction",
    ] {
      #expect(collector.messages.contains { $0.contains(expected) }, "expected a warning about \(expected)")
    }
  }

  @Test func linesAfterABlankLineAreTaggedAsOneCueWithTheLinesBefore() throws {
    // Read whole, as the cue is written back, a Traditional line makes the Simplified-looking one Traditional.
    let (document, _) = try read("1\n00:00:01,000 --> 00:00:02,000\n我們每年都回家\n\n著名的导演\n")
    let (whole, _) = try read("1\n00:00:01,000 --> 00:00:02,000\n我們每年都回家\n著名的导演\n")
    #expect(document.cues.map(\.lineLanguages) == whole.cues.map(\.lineLanguages))
    #expect(document.cues.first?.lineLanguages == ["zh-Hant", "zh-Hant"])
  }

  @Test func longHoursAreNotACueNumber() throws {
    let (document, _) = try read("100:00:01,000 --> 100:00:02,000\nHundred hours\n")
    #expect(document.cues.first?.start == MediaTime(milliseconds: 360_001_000))
  }

  @Test func strictTurnsTheFirstWarningIntoAnError() {
    #expect(throws: SubtitleError.self) { try read("1\n00:00:01.000 --> 00:00:02,000\nx\n", strict: true) }
  }

  @Test func skipsUnreadableBlocksAndSaysWhere() throws {
    let (document, collector) = try read(
      "1\n00:00:xx,000 --> 00:00:02,000\nbad\n\n2\n00:00:03,000 --> 00:00:04,000\ngood\n")
    #expect(document.cues.map(\.content.plainText) == ["good"])
    let warning = try #require(collector.findings.first)
    #expect(warning.location.line == 2)
    #expect(warning.message.contains("unreadable start time"))
  }

  @Test func parsesMarkupAndAnchor() throws {
    let (document, collector) = try read(
      "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>a\nb</i> <font color=\"#ff0000\">c</font> <span>d</span>\n")
    let cue = try #require(document.cues.first)
    #expect(cue.placement.anchor == 8)
    #expect(
      cue.content == [
        .span(InlineSpan(.italic, children: [.text("a"), .lineBreak, .text("b")])), .text(" "),
        .span(InlineSpan(.color("#ff0000"), children: [.text("c")])), .text(" <span>d</span>"),
      ])
    #expect(collector.messages.filter { $0.contains("kept as text") }.count == 2)
  }

  @Test func hugeAndReversedTimesAreReadWithWarnings() throws {
    let (document, collector) = try read("1\n99999999:99:99,999 --> 00:00:01,000\nx\n")
    #expect(document.cues.count == 1)
    #expect(collector.messages.contains { $0.contains("ends before it starts") })
    #expect(collector.messages.contains { $0.contains("above 59") })
  }

  @Test func invalidUTF8IsReplacedAndReported() throws {
    let bytes: [UInt8] = Array("1\n00:00:01,000 --> 00:00:02,000\nab".utf8) + [0xFF] + Array("c\n".utf8)
    let collector = FindingCollector()
    let reader = SubRipReader(
      MemoryByteSource(bytes), context: SourceContext(sourceName: "t", reporter: collector.reporter()))
    let document = try reader.readDocument()
    #expect(document.cues.first?.content.plainText == "ab\u{FFFD}c")
    #expect(collector.findings.first?.location.column == 3)
  }
}

@Suite struct SubRipTimingTests {
  private func read(_ timing: String) throws -> (MediaTime, MediaTime, [String]) {
    let collector = FindingCollector()
    let reader = SubRipReader(
      MemoryByteSource("1\n\(timing)\nx\n"),
      context: SourceContext(sourceName: "t", reporter: collector.reporter()))
    let cue = try #require(try reader.readDocument().cues.first)
    return (cue.start, cue.end, collector.messages)
  }

  @Test(arguments: [
    ("00:00:01,000 --> 00:00:02,500", 1000, 2500, 0),
    ("12:34:56,789 --> 99:59:59,999", 45_296_789, 359_999_999, 0),
    ("00:00:01,5 --> 00:00:02,500", 1500, 2500, 1),
    ("0:00:01,000 --> 00:00:02,500", 1000, 2500, 1),
    ("00:00:01,000-->00:00:02,500", 1000, 2500, 0),
    ("123:00:00,000 --> 123:00:01,000", 442_800_000, 442_801_000, 0),
    ("00:61:00,000 --> 00:62:00,000", 3_660_000, 3_720_000, 2),
    // Malformed but common, each read as other tools read it, with a warning per repair.
    ("00:00:01,2500 -> 00:00:02,5", 1250, 2500, 3),  // 4 and 1 fraction digits, another arrow
    ("01:02,500 - > 01:03;000", 62_500, 63_000, 4),  // no hours (twice), `- >`, `;`
    ("00:00:01 -- > 00:00:02", 1000, 2000, 3),  // no milliseconds (twice), `-- >`
    ("00:00:01:000 -->> 00:00:02.000", 1000, 2000, 3),  // `:` and `.` before the milliseconds, `-->>`
    ("00 : 00 : 01 , 000 --> 00:00:02,000", 1000, 2000, 1),  // spaces inside a time
    ("00 :00:01,000 --> 00:00:02,000", 1000, 2000, 1),  // one space before a colon
  ])
  func canonicalAndLenientTimesAgree(line: String, start: Int64, end: Int64, warnings: Int) throws {
    let (readStart, readEnd, messages) = try read(line)
    #expect(readStart == MediaTime(milliseconds: start))
    #expect(readEnd == MediaTime(milliseconds: end))
    #expect(messages.count == warnings, "\(messages)")
  }

  @Test func deepNestingIsCappedAndReported() throws {
    let text = String(repeating: "<i>", count: 500) + "x"
    let collector = FindingCollector()
    let reader = SubRipReader(
      MemoryByteSource("1\n00:00:01,000 --> 00:00:02,000\n\(text)\n"),
      context: SourceContext(sourceName: "t", reporter: collector.reporter()))
    let cue = try #require(try reader.readDocument().cues.first)
    var depth = 0
    var nodes = cue.content
    while case .span(let span)? = nodes.first {
      depth += 1
      nodes = span.children
    }
    #expect(depth == InlineSpan.maximumNesting)
    #expect(collector.messages.contains { $0.contains("nested deeper") })
  }
}
