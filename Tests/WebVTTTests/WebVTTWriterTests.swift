import SubkitTestSupport
import SubtitleTimeline
import Testing
import WebVTT

@Suite struct WebVTTWriterTests {
  private func roundTrip(_ text: String) throws -> String {
    let document = try WebVTTReader(MemoryByteSource(text), context: SourceContext(sourceName: "t"))
      .readDocument()
    return try render(document) { WebVTTWriter($0, context: SourceContext(sourceName: "t")) }
  }

  @Test func canonicalFilesRoundTripExactly() throws {
    let text = """
      WEBVTT - Last Train Home

      REGION
      id:r width:40% lines:3 regionanchor:0%,100% viewportanchor:10%,90% scroll:up

      STYLE
      ::cue(.zh) { color: yellow }

      NOTE Question 1

      qa-001
      00:00:01.000 --> 00:00:04.000 line:-1,end position:50%,center size:80% align:left region:r
      <c.zh>你为什么选择</c>
      <i>Why did you</i> &amp; <v Lixin Fan>me</v><00:00:02.500>!

      NOTE
      between
      cues

      00:00:04.200 --> 00:00:06.100 vertical:lr line:10%
      <lang en>as the subject</lang> <ruby>家<rt>jiā</rt></ruby>

      NOTE the end

      """
    #expect(try roundTrip(text) == text)
  }

  @Test func writesPlainDecimalsWithoutExponents() throws {
    let text = try roundTrip("WEBVTT\n\n00:01.000 --> 00:02.000 line:0.000001 position:0.5%\nx\n")
    #expect(text.contains("line:0.000001 position:0.5%"))
  }

  @Test func anchorsBecomeSettings() throws {
    var cue = Cue(start: .zero, end: MediaTime(milliseconds: 1000), content: [.text("top")])
    cue.placement.anchor = 9
    let text = try render(SubtitleDocument(cues: [cue])) {
      WebVTTWriter($0, context: SourceContext(sourceName: "t"))
    }
    #expect(text.contains("--> 00:00:01.000 line:0 align:right\n"))
  }

  @Test func escapesTextThatWouldBreakTheFile() throws {
    let cue = Cue(start: .zero, end: MediaTime(milliseconds: 1000), content: [.text("a --> b <c> & d")])
    let collector = FindingCollector()
    let text = try render(SubtitleDocument(cues: [cue])) {
      WebVTTWriter($0, context: SourceContext(sourceName: "t", reporter: collector.reporter()))
    }
    #expect(text.hasSuffix("a --&gt; b &lt;c&gt; &amp; d\n"))
  }

  /// Found by the round-trip fuzz target: `<lang zh-->` holds `-->`, which ends the cue.
  @Test func hyphensBeforeATagsEndAreDroppedWithAWarning() throws {
    let language = InlineSpan(.language("zh--"), children: [.text("回家")])
    let classed = InlineSpan(.classOnly, classes: ["a", "b--"], children: [.text("home")])
    let cue = Cue(
      start: .zero, end: MediaTime(milliseconds: 1000), content: [.span(language), .lineBreak, .span(classed)])
    let collector = FindingCollector()
    let text = try render(SubtitleDocument(cues: [cue])) {
      WebVTTWriter($0, context: SourceContext(sourceName: "t", reporter: collector.reporter()))
    }
    #expect(text.hasSuffix("<lang zh>回家</lang>\n<c.a.b>home</c>\n"))
    #expect(!text.contains("-->\n") && text.components(separatedBy: "-->").count == 2)
    #expect(collector.messages.contains { $0.contains("hyphens before a tag's '>'") })
  }
}
