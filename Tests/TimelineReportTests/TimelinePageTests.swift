import Foundation
import SubtitleChecks
import SubtitleTimeline
import Testing

@testable import TimelineReport

/// The page's HTML and data: self-contained, escaped, and carrying every cue and finding.
@Suite struct TimelinePageTests {
  /// A cue from `start` to `end` seconds with `lines`, each tagged with its language as readers do.
  func cue(_ number: Int, _ start: Double, _ end: Double, _ lines: [String]) -> Cue {
    var cue = Cue(
      start: MediaTime(milliseconds: Int64(start * 1000)), end: MediaTime(milliseconds: Int64(end * 1000)),
      content: [])
    cue.id = String(number)
    for (index, line) in lines.enumerated() {
      if index > 0 { cue.content.append(.lineBreak) }
      cue.content.append(.text(line))
    }
    LineLanguages.tag(&cue)
    return cue
  }

  /// A track of `cues` checked by the bilingual preset.
  func track(_ name: String, _ cues: [Cue]) -> ReportTrack {
    var checker = TrackChecker(file: name, preset: .netflixBilingual)
    let findings = checker.check(cues) + checker.finish()
    let settings = CheckSettings(preset: .netflixBilingual)
    return ReportTrack(
      name: name, format: "srt", encoding: "UTF-8", cues: cues, findings: findings, settings: settings,
      preset: "netflix-bilingual")
  }

  func html(_ page: TimelinePage) -> String {
    let sink = MemoryByteSink()
    let output = TextOutput(sink)
    page.write(to: output)
    try? output.flush()
    return sink.text
  }

  @Test func thePageNeedsNothingFromOutsideAndEscapesWhatItQuotes() {
    let cues = [
      cue(1, 1, 3, ["回家</script><script>alert(1)</script>", "Going <b>home</b> & \"away\""]),
      cue(2, 2.5, 2.6, ["太快了太快了太快了太快了", "Far too fast to read in a tenth"]),
    ]
    let page = html(TimelinePage(track("a<b>.srt", cues)))
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("default-src 'none'"), "a policy that loads nothing")
    #expect(!page.contains("src=\"http") && !page.contains("href=\"http") && !page.contains("@import"))
    #expect(page.components(separatedBy: "</script>").count - 1 == 2, "only the page's own two scripts end")
    #expect(page.contains("\\u003c/script>\\u003cscript>alert(1)"))
    #expect(page.contains("<td>a&lt;b&gt;.srt</td>"))
  }

  /// The page's data, parsed as the page's script parses it.
  func data(_ page: TimelinePage) throws -> [String: Any] {
    let sink = MemoryByteSink()
    let output = TextOutput(sink)
    ReportData(page: page).write(to: output)
    try output.flush()
    return try #require(try JSONSerialization.jsonObject(with: Data(sink.bytes)) as? [String: Any])
  }

  @Test func theDataCarriesEveryCueBlockAndFinding() throws {
    let cues = [
      cue(1, 1, 3, ["回家", "Going home"]), cue(2, 2.5, 2.6, ["太快了太快了太快了太快了", "Far too fast"]),
      cue(3, 5, 7, ["Only English here"]),
    ]
    let checked = track("film.srt", cues)
    let data = try data(TimelinePage(checked))
    let lanes = try #require(data["lanes"] as? [[String: Any]])
    #expect(lanes.map { $0["label"] as? String } == ["zh", "en"])
    let rows = try #require(data["cues"] as? [[Any]])
    let first = try #require(rows[0][4] as? [[Any]])
    #expect(first[0][0] as? Int == 0 && first[0][1] as? Double == 1 && first[0][2] as? Double == 9, "2 chars / 2 s")
    #expect(first[1][0] as? Int == 1 && first[1][1] as? Double == 5 && first[1][4] as? Int == 0, "10 chars / 2 s")
    let fast = try #require(rows[1][4] as? [[Any]])
    #expect(fast[0][4] as? Int == 1 && fast[1][4] as? Int == 1, "both blocks are over their limits")
    let english = try #require(rows[2][4] as? [[Any]])
    #expect(english.count == 1 && english[0][0] as? Int == 1, "the English-only cue goes to the en lane")
    let findings = try #require(data["findings"] as? [[Int]])
    let strings = try #require(data["strings"] as? [String])
    #expect(findings.count == checked.findings.count)
    #expect(zip(findings, checked.findings).allSatisfy { strings[$0[1]] == $1.rule && strings[$0[5]] == $1.message })
    #expect(findings.contains { strings[$0[1]] == "overlap" && $0[2] == 1 }, "cue 2 overlaps cue 1")
  }

  @Test func edgeCasesStillGiveDataTheScriptCanRead() throws {
    let empty = track("empty.srt", [])
    let one = track("one.srt", [cue(1, 5, 5, ["零"])])
    let backwards = track("backwards.srt", [cue(1, -3, -1, ["before the start"]), cue(2, 9, 4, ["ends first"])])
    for page in [
      TimelinePage(empty), TimelinePage(one), TimelinePage(backwards), TimelinePage(empty, one),
      TimelinePage(one, empty),
    ] {
      let data = try data(page)
      #expect((data["cues"] as? [Any])?.count == page.tracks.map(\.cues.count).reduce(0, +))
    }
    let zero = try data(TimelinePage(one))
    let block = try #require(((zero["cues"] as? [[Any]])?[0][4] as? [[Any]])?[0])
    #expect(block[1] is NSNull, "a cue without duration has no reading speed")
    #expect(backwards.span.start.roundedMilliseconds == -3000 && backwards.span.end.roundedMilliseconds == 9000)
  }

  @Test func twoTracksCarryTheirPairingAndTheSyncOffsets() throws {
    let english = (0..<40).map { (index: Int) -> Cue in
      let start = Double(index * 4 + index % 3)
      return cue(index + 1, start, start + 2, ["Line \(index)"])
    }
    let chinese = english.map { cue in
      var moved = cue
      moved.start = MediaTime(milliseconds: cue.start.roundedMilliseconds + 1500)
      moved.end = MediaTime(milliseconds: cue.end.roundedMilliseconds + 1500)
      moved.content = [.text("第\(cue.id)句")]
      return moved
    }
    let page = TimelinePage(track("en.srt", english), track("zh.srt", chinese))
    let comparison = try #require(page.comparison)
    let fit = try #require(comparison.fit, "\(comparison.syncFailure ?? "")")
    #expect(fit.pieces.count == 1 && abs(fit.pieces[0].offset.roundedMilliseconds + 1500) <= 10)
    #expect(comparison.offsetCurve(until: chinese.last!.end).allSatisfy { abs($0.offset + 1500) <= 10 })
    #expect(comparison.links.count >= 30)
    let text = html(page)
    #expect(text.contains("\"links\":[[0,40],"))
    #expect(text.contains("<td>en.srt</td>") && text.contains("<td>zh.srt</td>"))
  }

  @Test func theIndexLinksEachReportAndNamesTheFailures() {
    let index = ReportIndex([
      ReportIndex.Entry(input: "s1/e01.srt", link: "s1/e01 #1.html", cues: 3, counts: (1, 2, 0)),
      ReportIndex.Entry(input: "bad.srt", link: nil, failure: "bad.srt:1:1: error: no cues found"),
    ])
    let sink = MemoryByteSink()
    let output = TextOutput(sink)
    index.write(to: output)
    try? output.flush()
    #expect(
      sink.text.contains("<a href=\"s1/e01%20%231.html\">s1/e01.srt</a></td><td>3</td><td>1</td><td>2</td><td>0</td>"))
    #expect(sink.text.contains("not read: bad.srt:1:1: error: no cues found"))
  }
}
