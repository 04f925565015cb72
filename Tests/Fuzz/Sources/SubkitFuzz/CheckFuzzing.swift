import FindingReports
import SubtitleChecks
import SubtitleFormats
import SubtitleTimeline

/// `subkit check` on any input: the rules of every preset over whatever a reader accepts, into every
/// report format, and the shot-change list reader.
enum CheckFuzzing {
  /// Reads `bytes` in the format their content shows, then checks the cues with each preset (and
  /// shot changes at every cue start) and writes each report format.
  static func run(_ bytes: [UInt8]) {
    let format = SubtitleFormat(sniffing: bytes) ?? .srt
    guard case .success(let document) = FuzzIO.read(bytes, as: format, reporter: .silent) else { return }
    let cuts = ShotChanges(milliseconds: document.cues.prefix(1000).map { $0.start.roundedMilliseconds + 100 })
    for preset in CheckPreset.all {
      var checker = TrackChecker(file: "fuzz", preset: preset) { $0.shotChanges = cuts }
      var findings = document.cues.flatMap { checker.check($0) }
      findings += checker.finish()
      for finding in findings where finding.location.line < 1 || finding.cueIndex.map({ $0 < 1 }) == true {
        fatalError("a finding without a place: \(finding)")
      }
      for report in ReportFormat.allCases {
        let sink = MemoryByteSink()
        let output = TextOutput(sink)
        let writer = report.report(into: output, rules: ReportRule.listed(RuleRegistry.all), failOn: .warning)
        writer.beginFile("fuzz")
        for finding in findings { writer.add(finding) }
        writer.endFile("fuzz")
        writer.finish(CheckSummary())
        try? output.flush()
      }
    }
  }

  /// Reads `bytes` as a shot-change list: a list, or an error naming its line.
  static func readShotChanges(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    for rate in [FrameRate.film, FrameRate("1000") ?? .film] {
      do {
        let cuts = try ShotChanges(text: text, frameRate: rate, file: "fuzz")
        if cuts.milliseconds != cuts.milliseconds.sorted() { fatalError("shot changes out of order") }
      } catch {
        if error.finding.location.line < 1 { fatalError("a shot-change error without a line: \(error)") }
      }
    }
  }
}
