import SubtitleAlign
import SubtitleChecks
import SubtitleFormats
import SubtitleTimeline
import TimelineReport

/// `subkit report` on any input: whatever a reader accepts, checked and drawn alone and as a pair
/// with itself moved by a second; no text from the input may end the page's data or scripts.
enum ReportFuzzing {
  /// Reads `bytes` in the format their content shows and writes both pages.
  static func run(_ bytes: [UInt8]) {
    let format = SubtitleFormat(sniffing: bytes) ?? .srt
    guard case .success(let document) = FuzzIO.read(bytes, as: format, reporter: .silent) else { return }
    let cues = Array(document.cues.prefix(2000))
    var checker = TrackChecker(file: "fuzz", preset: nil)
    let findings = checker.check(cues) + checker.finish()
    guard let settings = checker.settings else { fatalError("no settings after finish") }
    let track = ReportTrack(
      name: "fuzz</script><b>", format: format.rawValue, encoding: "UTF-8", cues: cues, findings: findings,
      settings: settings, preset: checker.presetName ?? "")
    var later = track
    let second = Retiming.shift(by: MediaTime(milliseconds: 1000))
    later.cues = cues.map { second.apply(to: $0, file: "fuzz").cue }
    for page in [TimelinePage(track), TimelinePage(track, later)] {
      let sink = MemoryByteSink()
      let output = TextOutput(sink)
      page.write(to: output)
      try? output.flush()
      let html = sink.text.lowercased()
      if html.ranges(of: "</script").count != 2 { fatalError("text from the input ends a script") }
      guard let open = html.firstRange(of: "id=\"report-data\">"),
        let close = html[open.upperBound...].firstRange(of: "</script")
      else { fatalError("the page has no data") }
      if html[open.upperBound..<close.lowerBound].contains("<") { fatalError("a bare < in the page's data") }
    }
  }
}
