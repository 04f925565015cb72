import SubkitTestSupport
import SubtitleTimeline
import TTML
import Testing

/// What the TTML reader does past its bounds, and with the documents other tools write: each is
/// read in bounded time and memory, or refused, with a warning or error that says where.
@Suite struct TTMLBoundsTests {
  private let reader = TTMLReaderTests()

  @Test func aLongTextThatChangesOftenShowsFewerChanges() throws {
    // 2,000 timed spans after 300 KB of text: each change would repeat all of it (600 MB).
    let spans = (0..<2000).map { "<span begin='\($0)s' end='\($0 + 1)s'>w</span>" }.joined()
    let body = "<div><p begin='0s' end='3000s'>\(String(repeating: "x", count: 300_000))\(spans)</p></div>"
    let collector = FindingCollector()
    let cues = try reader.read(TTMLReaderTests.document(body), collector: collector).cues
    #expect(cues.count <= 16 << 20 / 300_000 + 1)  // 16 MB of repeated text at most
    #expect(collector.findings.contains { $0.message.contains("later changes are not shown apart") })
  }

  @Test func nestedBeginsPastTheLargestTimeShowNothingWithAWarning() throws {
    let late = "<div begin='2305843009213693s'>"
    let body =
      String(repeating: late, count: 4) + "<p begin='3s' dur='1s'>Hi</p>" + String(repeating: "</div>", count: 4)
    let collector = FindingCollector()
    #expect(try reader.read(TTMLReaderTests.document(body), collector: collector).cues.isEmpty)
    #expect(collector.findings.contains { $0.message.contains("past the largest time") && $0.location.line > 1 })
  }

  @Test func nestedTimesOutsideTheirParentAreWarnedAbout() throws {
    // Times written from the document's start on spans: read as TTML says, the spans never show.
    let body = "<div><p begin='17s' end='21s'><span begin='17s' end='18s'>You</span></p></div>"
    let collector = FindingCollector()
    #expect(try reader.read(TTMLReaderTests.document(body), collector: collector).cues.isEmpty)
    #expect(collector.findings.contains { $0.message.contains("shows nothing") })
  }

  @Test func aParagraphInManyRegionsShowsInTheFirstHundred() throws {
    let regions = (0..<150).map { "<region xml:id='r\($0)'/>" }.joined()
    let spans = (0..<150).map { "<span region='r\($0)'>w\($0)</span>" }.joined()
    let text = TTMLReaderTests.document(
      "<div><p begin='0s' end='1s'>\(spans)</p></div>", head: "<layout>\(regions)</layout>")
    let collector = FindingCollector()
    #expect(try reader.read(text, collector: collector).cues.count == 100)
    #expect(collector.findings.contains { $0.message.contains("more than 100 regions") })
  }

  @Test func regionsPastTheLimitAreIgnored() throws {
    let regions = (0...Region.maximumCount).map { "<region xml:id='r\($0)'/>" }.joined()
    let text = TTMLReaderTests.document("<div><p begin='0s' end='1s'>x</p></div>", head: "<layout>\(regions)</layout>")
    let collector = FindingCollector()
    let document = try reader.read(text, collector: collector)
    #expect(document.header.regions.count == Region.maximumCount)
    #expect(collector.findings.contains { $0.message == Region.tooManyMessage + " (reported once)" })
  }

  @Test func aTextPastTenMegabytesIsRefusedWithALocation() throws {
    let body = "<div><p begin='0s' end='1s'>\(String(repeating: "x", count: 10_000_001))</p></div>"
    let error = try #require(throws: SubtitleError.self) { try reader.read(TTMLReaderTests.document(body)) }
    #expect(error.finding.message.contains("longer than 10000000 bytes") && error.finding.location.line > 1)
  }

  @Test func aRootThatIsNotTTMLIsRefused() throws {
    let text = "<svg xmlns='http://www.w3.org/2000/svg'><p begin='1s' end='2s'>x</p></svg>"
    let error = try #require(throws: SubtitleError.self) { try reader.read(text) }
    #expect(error.finding.message.contains("no cues found"))
  }

  @Test(arguments: ["http://www.w3.org/2006/10/ttaf1", "http://www.w3.org/2006/04/ttaf1", ""])
  func draftsAndNoNamespaceAreReadWithAWarning(namespace: String) throws {
    let text = "<tt xmlns='\(namespace)'><body><div><p begin='1s' end='2s'>x</p></div></body></tt>"
    let collector = FindingCollector()
    #expect(try reader.read(text, collector: collector).cues.map(\.content.plainText) == ["x"])
    #expect(collector.findings.count == 1)
  }

  @Test func appleLyricsTimesCountFromTheStartWithinTheirParent() throws {
    let text = """
      <tt xmlns="http://www.w3.org/ns/ttml" xmlns:itunes="http://music.apple.com/lyric-ttml-internal">
      <body><div begin="10s" end="20s">
      <p end="12s">no begin</p>
      <p begin="13s" end="15s"><span dur="1s">dur only</span><span begin="14s">rest</span></p>
      <p begin="5s" end="11s">early</p>
      </div></body></tt>
      """
    let cues = try reader.read(text).cues.map { "\($0.start)-\($0.end) \($0.content.plainText)" }
    #expect(cues == ["10-12 no begin", "13-14 dur only", "14-15 rest", "10-11 early"])
  }

  @Test func exactlyTheLimitOfChangesIsNoLoss() throws {
    let spans = (0..<1999).map { "<span begin='\($0)s' end='\($0 + 1)s'>\($0 % 2 == 0 ? "a" : "b")</span>" }.joined()
    let collector = FindingCollector()
    let body = "<div><p begin='0s' end='2000s'>\(spans)</p></div>"
    #expect(try reader.read(TTMLReaderTests.document(body), collector: collector).cues.count == 1999)
    #expect(collector.findings.isEmpty)
  }

  @Test func theDraftStylingNamespaceIsReadUnderEitherName() throws {
    for styling in ["#styling", "#style"] {
      let text = """
        <tt xmlns="http://www.w3.org/2006/10/ttaf1" xmlns:tts="http://www.w3.org/2006/10/ttaf1\(styling)">
        <body><div><p begin="1s" end="2s" tts:fontStyle="italic">x</p></div></body></tt>
        """
      let content = try #require(try reader.read(text).cues.first?.content)
      #expect(content == [.span(InlineSpan(.italic, children: [.text("x")]))], "\(styling)")
    }
  }
}
