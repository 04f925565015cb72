import CheckConfiguration
import FindingReports
import SubtitleChecks
import SubtitleFormats
import SubtitleTimeline

/// `subkit check` on any input: the rules of every preset over whatever a reader accepts, into every
/// report format, and the shot-change list reader.
enum CheckFuzzing {
  /// Reads `bytes` in the format their content shows, then checks the cues with each preset (and
  /// shot changes at every cue start), writes each report format, and fixes the cues twice: the
  /// second fix must change nothing.
  static func run(_ bytes: [UInt8]) {
    let format = SubtitleFormat(sniffing: bytes) ?? .srt
    guard case .success(let document) = FuzzIO.read(bytes, as: format, reporter: .silent) else { return }
    let cuts = ShotChanges(milliseconds: document.cues.prefix(1000).map { $0.start.roundedMilliseconds + 100 })
    for preset in CheckPreset.all {
      var checker = TrackChecker(file: "fuzz", preset: preset) { $0.shotChanges = cuts }
      var findings = checker.check(document.cues)
      findings += checker.finish()
      for finding in findings where finding.location.line < 1 || finding.cueIndex.map({ $0 < 1 }) == true {
        fatalError("a finding without a place: \(finding)")
      }
      if let settings = checker.settings {
        let fixer = TrackFixer(settings: settings, file: "fuzz")
        let once = fixer.fix(document.cues).cues
        let twice = fixer.fix(once)
        if twice.cues != once {
          fatalError("--fix is not idempotent: \(twice.fixes.first.map(String.init(describing:)) ?? "")")
        }
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

  /// Reads `bytes` as a `.subkit.yml`: a configuration that applies to any path, or an error naming
  /// its line and column.
  static func readConfiguration(_ bytes: [UInt8]) {
    do {
      let file = try ConfigurationFile(text: String(decoding: bytes, as: UTF8.self), path: "fuzz.yml")
      var settings = CheckSettings(preset: file.preset(for: "kids/a.srt") ?? .netflixBilingual)
      file.apply(to: &settings, for: "kids/a.srt")
    } catch {
      let location = error.finding.location
      if location.line < 1 || location.column < 1 { fatalError("a configuration error without a place: \(error)") }
    }
  }

  /// Reads `bytes` as a baseline file: one that accepts findings, or an error naming its line.
  static func readBaseline(_ bytes: [UInt8]) {
    do {
      var baseline = try Baseline(text: String(decoding: bytes, as: UTF8.self), file: "fuzz.baseline")
      _ = baseline.accepts(Finding(rule: "cps", .warning, at: SourceLocation(file: "a.srt", line: 1), "fast"))
    } catch {
      if error.finding.location.line < 1 { fatalError("a baseline error without a line: \(error)") }
    }
  }
}
