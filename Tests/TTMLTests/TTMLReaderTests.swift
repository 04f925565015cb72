import SubkitTestSupport
import SubtitleTimeline
import TTML
import Testing

/// Reads TTML documents written inline: timing, content, security.
@Suite struct TTMLReaderTests {
  static func document(
    _ body: String, head: String = "", root: String = "", prolog: String = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  ) -> String {
    """
    \(prolog)
    <tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" \
    xmlns:tts="http://www.w3.org/ns/ttml#styling" xml:lang="" \(root)>
    <head>\(head)</head>
    <body>\(body)</body>
    </tt>
    """
  }

  func read(_ text: String, collector: FindingCollector = FindingCollector()) throws -> SubtitleDocument {
    try TTMLReader(MemoryByteSource(text), context: SourceContext(sourceName: "t.ttml", reporter: collector.reporter()))
      .readDocument()
  }

  func intervals(_ body: String, root: String = "") throws -> [String] {
    try read(Self.document(body, root: root)).cues.map {
      "\($0.start)-\($0.end == .limit ? "∞" : $0.end.description) \($0.content.plainText)"
    }
  }

  /// An `xml:id` that is not an XML name (libxml2 does not check) is dropped with a warning, so that
  /// writing the cue back loses nothing unannounced.
  @Test func idsThatAreNoXMLNameAreDroppedWithAWarning() throws {
    let collector = FindingCollector()
    let body =
      "<div><p xml:id=\"dlg-002@\" begin=\"0s\" end=\"1s\">a</p>"
      + "<p xml:id=\"b.2\" begin=\"1s\" end=\"2s\">b</p></div>"
    let cues = try read(Self.document(body), collector: collector).cues
    #expect(cues.map(\.id) == ["", "b.2"])
    #expect(collector.messages == ["xml:id \"dlg-002@\" is not an XML name; the cue keeps no id"])
  }

  /// Memory in proportion to the input: past `Cue.maximumLines` lines or `Cue.maximumTags`
  /// elements a paragraph's text is kept as text (a line break as a space) and no node is made.
  @Test func oversizedParagraphsKeepTheirTextWithinTheLimits() throws {
    let breaks = Cue.maximumTags + 3
    let collector = FindingCollector()
    let body = "<div><p begin=\"0s\" end=\"1s\">" + String(repeating: "a<br/>", count: breaks) + "b</p></div>"
    let cue = try #require(try read(Self.document(body), collector: collector).cues.first)
    #expect(cue.content.lineCount == Cue.maximumLines)
    let joined = Array(repeating: "a", count: breaks - (Cue.maximumLines - 1)).joined(separator: " ") + " b"
    #expect(cue.content.plainLines.last == joined)
    #expect(collector.messages == [Cue.tooManyTagsMessage, Cue.tooManyLinesMessage])

    let preserved =
      "<div><p begin=\"0s\" end=\"1s\" xml:space=\"preserve\">" + String(repeating: "a\n", count: 2000) + "</p></div>"
    let lines = try #require(try read(Self.document(preserved)).cues.first)
    #expect(lines.content.lineCount == Cue.maximumLines)
  }

  @Test func parallelTimingAndImplicitEnds() throws {
    #expect(
      try intervals("<div dur='10s'><p><span dur='5s'>a</span> <span>b</span></p></div>") == ["0-5 a b", "5-10 b"])
    #expect(try intervals("<div><p begin='1s'>open</p></div>") == ["1-∞ open"])
    #expect(try intervals("<div begin='2s' end='4s'><p begin='1s' end='9s'>x</p></div>") == ["3-4 x"])
  }

  @Test func sequentialContainers() throws {
    let body = """
      <div timeContainer="seq" dur="40s">
        <p begin="5s" dur="5s">one</p>
        <p timeContainer="seq">never shown: anonymous spans last 0 s in a seq</p>
        <p dur="5s">two</p>
      </div>
      """
    #expect(try intervals(body) == ["5-10 one", "10-15 two"])
  }

  @Test func framesStayExact() throws {
    let body = "<p begin='00:00:01:02' end='45f'>x</p>"
    let cue = try #require(
      try read(Self.document(body, root: "ttp:frameRate='30' ttp:frameRateMultiplier='1000 1001'")).cues.first)
    #expect(cue.start.description == "16001/15000")  // 1 s + 2 frames of 1001/30000 s
    #expect(cue.end.description == "3003/2000")
  }

  @Test func bilingualParagraphBecomesOneCueWithLineLanguages() throws {
    let body = "<p begin='1s' end='2s'><span xml:lang='zh-Hans'>回家</span><br/><span xml:lang='en'>Going home</span></p>"
    let cue = try #require(try read(Self.document(body)).cues.first)
    #expect(cue.content == [.text("回家"), .lineBreak, .text("Going home")])
    #expect(cue.lineLanguages == ["zh-Hans", "en"])
  }

  @Test func stylesBecomeSpans() throws {
    let head = """
      <styling><style xml:id="base" tts:fontWeight="bold"/><style xml:id="s" style="base" tts:fontStyle="italic"/></styling>
      """
    let body = """
      <p begin="0s" end="1s"><span style="s">a</span> <span tts:textDecoration="underline" tts:color="#ffcc00">b</span> \
      <span tts:ruby="container"><span tts:ruby="base">家</span><span tts:ruby="text">jiā</span></span></p>
      """
    let collector = FindingCollector()
    let cue = try #require(try read(Self.document(body, head: head), collector: collector).cues.first)
    let expected: [InlineNode] = [
      .span(InlineSpan(.italic, children: [.span(InlineSpan(.bold, children: [.text("a")]))])), .text(" "),
      .span(InlineSpan(.underline, children: [.span(InlineSpan(.color("#ffcc00"), children: [.text("b")]))])),
      .text(" "),
      .span(InlineSpan(.ruby, children: [.text("家"), .span(InlineSpan(.rubyText, children: [.text("jiā")]))])),
    ]
    #expect(cue.content == expected)
    #expect(collector.messages.isEmpty)
  }

  /// Found by the round-trip fuzz target: the writer puts all base text before the annotations,
  /// so the reader must read a container that way too, or TTML → TTML changes the cue.
  @Test func textAfterARubyAnnotationJoinsTheBase() throws {
    let body = """
      <p begin="0s" end="1s"><span tts:ruby="container"><span tts:ruby="base">农民</span>\
      <span tts:ruby="text">nóngmín</span>工</span></p>
      """
    let cue = try #require(try read(Self.document(body)).cues.first)
    let ruby = InlineSpan(.ruby, children: [.text("农民工"), .span(InlineSpan(.rubyText, children: [.text("nóngmín")]))])
    #expect(cue.content == [.span(ruby)])
  }

  @Test func whitespaceCollapsesUnlessPreserved() throws {
    #expect(try intervals("<p begin='0s' end='1s'>\n  a   b \n <br/>  c  </p>") == ["0-1 a b\nc"])
    #expect(try intervals("<p begin='0s' end='1s' xml:space='preserve'>a  b\nc</p>") == ["0-1 a  b\nc"])
  }

  @Test func contentShowsOnlyInDefinedRegions() throws {
    let head = "<layout><region xml:id='r1' tts:origin='10% 70%' tts:extent='80% 20%'/></layout>"
    let body = "<p begin='0s' end='1s'>no region <span region='r1'>in r1</span></p>"
    let document = try read(Self.document(body, head: head))
    #expect(document.cues.map(\.content.plainText) == ["in r1"])
    #expect(document.cues.first?.placement.region == "r1")
    let region = try #require(document.header.regions.first)
    #expect(region.viewportAnchorY == 70)
    #expect(region.height == 20)
  }

  @Test func unsupportedStylesAreReportedOnce() throws {
    let collector = FindingCollector()
    _ = try read(
      Self.document("<p begin='0s' end='1s' tts:fontSize='2c'>a</p><p begin='1s' end='2s' tts:fontSize='3c'>b</p>"),
      collector: collector)
    #expect(collector.messages.filter { $0.contains("tts:fontSize") }.count == 1)
  }

  @Test(arguments: [
    ("<!DOCTYPE tt [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]>", "&b;"),
    ("<!DOCTYPE tt [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>", "&x;"),
  ])
  func doctypesAreRefused(doctype: String, reference: String) throws {
    let text = Self.document("<p begin='0s' end='1s'>\(reference)</p>", prolog: doctype)
    let error = try #require(throws: SubtitleError.self) { try read(text) }
    #expect(error.finding.message.contains("DOCTYPE"))
  }

  @Test func deepNestingIsRefusedWithALocation() throws {
    let body =
      "<p begin='0s' end='1s'>" + String(repeating: "<span>", count: 5000) + "x"
      + String(repeating: "</span>", count: 5000) + "</p>"
    let error = try #require(throws: SubtitleError.self) { try read(Self.document(body)) }
    #expect(error.finding.location.line >= 1)
  }

  @Test(arguments: [
    ("<p begin='00:00:xx.000' end='1s'>x</p>", "", "bad time expression"),
    ("<p begin='0s' end='1s'>x</p>", "ttp:timeBase='clock'", "timeBase"),
    ("<p begin='0s' end='1s'>x</span></p>", "", "XML"),
  ])
  func badDocumentsAreErrorsWithALocation(body: String, root: String, message: String) throws {
    let error = try #require(throws: SubtitleError.self) { try read(Self.document(body, root: root)) }
    #expect(error.finding.message.contains(message), "\(error)")
    #expect(error.finding.location.file == "t.ttml")
  }
}
