import FindingReports
import SubtitleChecks
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline
import Synchronization

/// One `subkit check` run: finds the files, reads each as a stream through a `TrackChecker`, and
/// sends reader and rule findings alike to one report.
struct CheckRun {
  /// What every file is checked with.
  struct Settings: Sendable {
    /// The preset; nil chooses by each file's content.
    var preset: CheckPreset?
    /// The frame rate of gaps and shot changes.
    var frameRate: FrameRate
    /// The shot changes, when given.
    var shotChanges: ShotChanges?
  }

  let settings: Settings
  let reading: ReadingOptions

  /// Checks `inputs` (files, folders, `-`) into a report of `format` at `path` (`-`: standard output).
  func report(_ inputs: [String], to path: String, format: ReportFormat, failOn: Finding.Severity) throws(SubtitleError)
    -> CheckSummary
  {
    let file = path == "-" ? nil : try OutputFile(path: path)
    let output = TextOutput(file?.sink ?? FileByteSink.standardOutput())
    let colour = format == .text && file == nil && standardOutputIsTerminal()
    let report = format.report(
      into: output, rules: ReportRule.listed(RuleRegistry.all), failOn: failOn, colour: colour)
    var summary = CheckSummary()
    do {
      for input in inputs {
        for path in try files(for: input, report: report, summary: &summary) {
          check(path, into: report, output: output, summary: &summary)
        }
      }
      report.finish(summary)
      try output.flush()
      try file?.commit()
    } catch {
      file?.discard()
      throw error
    }
    return summary
  }

  /// The files `input` names: itself, or the subtitle files under a folder.
  private func files(for input: String, report: any FindingReport, summary: inout CheckSummary) throws(SubtitleError)
    -> [String]
  {
    guard input != "-" && FileSearch.isDirectory(input) else { return [input] }
    let extensions: Set<String> = ["srt", "vtt", "ttml", "dfxp"]
    return try FileSearch.files(under: input) { name in
      guard let dot = name.lastIndex(of: ".") else { return false }
      return extensions.contains(name[name.index(after: dot)...].lowercased())
    }
  }

  /// Checks one file into `report`, which writes to `output`; a file that cannot be read is an
  /// error finding, and the run goes on.
  private func check(
    _ path: String, into report: any FindingReport, output: TextOutput, summary: inout CheckSummary
  ) {
    let name = path == "-" ? "<stdin>" : path
    summary.files += 1
    report.beginFile(name)
    let pending = Mutex<[Finding]>([])
    let reporter = FindingReporter { finding in pending.withLock { $0.append(finding) } }
    func emit(_ findings: [Finding]) {
      let read = pending.withLock { pending in
        defer { pending.removeAll() }
        return pending
      }
      for finding in read + findings {
        summary.count(finding)
        report.add(finding)
      }
    }
    do {
      let opened = try Subtitles.open(path, format: reading.from, encoding: reading.inputEncoding, reporter: reporter)
      _ = try opened.reader.readHeader()
      let (frameRate, cuts) = (settings.frameRate, settings.shotChanges)
      var checker = TrackChecker(file: name, preset: settings.preset) { checked in
        checked.frameRate = frameRate
        if let cuts { checked.shotChanges = cuts }
      }
      while let cue = try opened.reader.nextCue() {
        summary.cues += 1
        emit(checker.check(cue))
        try output.flushIfFull()
      }
      emit(checker.finish())
    } catch {
      summary.unreadableFiles += 1
      emit([error.finding])
    }
    report.endFile(name)
  }
}
