import CheckConfiguration
import Dispatch
import FindingReports
import SubtitleBatch
import SubtitleChecks
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline

/// One `subkit check` run: checks the files (one at a time, or several at once on `jobs`
/// workers) and sends reader and rule findings alike to one report, in input order.
struct CheckRun {
  /// How each file is read and checked.
  let files: FileCheck
  /// How many files are checked at once.
  let jobs: Int
  /// The baseline's findings not yet met, and the lines of the baseline being recorded.
  private let baselines: BaselineState

  /// A run with `settings` on `jobs` workers, reading files as `reading` says.
  init(settings: FileCheck.Settings, reading: ReadingOptions, jobs: Int) {
    files = FileCheck(settings: settings, reading: reading)
    self.jobs = jobs
    baselines = BaselineState(accepting: settings.baseline, recording: settings.baselineOutput != nil)
  }

  /// Checks the files `inputs` (`-`: standard input) into a report of `format` at `path` (`-`:
  /// standard output).
  ///
  /// One worker streams each file into the report as it is read; several keep each file's
  /// findings until its turn.
  func report(_ inputs: [String], to path: String, format: ReportFormat, failOn: Finding.Severity) throws(SubtitleError)
    -> CheckSummary
  {
    var summary = CheckSummary()
    try TextFile.write(path) { output throws(SubtitleError) in
      let colour = format == .text && path == "-" && standardOutputIsTerminal()
      let report = format.report(
        into: output, rules: ReportRule.listed(RuleRegistry.all), failOn: failOn, colour: colour)
      var writeError: SubtitleError?
      /// Reports `findings` unless the baseline accepts them; false once the report cannot be written.
      func emit(_ findings: [Finding]) -> Bool {
        for finding in findings {
          baselines.record(finding)
          if baselines.accepts(finding) {
            summary.accepted += 1
            continue
          }
          summary.count(finding)
          report.add(finding)
        }
        do { try output.flushIfFull() } catch { writeError = error }
        return writeError == nil
      }
      /// Opens and closes one file's part of the report around `body`.
      func reportFile(_ path: String, _ body: () -> FileCheck.Outcome) {
        let name = path == "-" ? "<stdin>" : path
        report.beginFile(name)
        let outcome = body()
        summary.files += 1
        summary.cues += outcome.cues
        if outcome.unreadable { summary.unreadableFiles += 1 }
        report.endFile(name)
      }
      let files = files
      if jobs > 1 && inputs.count > 1 {
        _ = BatchRunner.run(count: inputs.count, jobs: jobs) { index in
          var found: [Finding] = []
          let outcome = files.check(inputs[index]) { batch in
            found += batch
            return true
          }
          return (found: found, outcome: outcome)
        } deliver: { index, checked in
          guard writeError == nil else { return }
          reportFile(inputs[index]) {
            _ = emit(checked.found)
            return checked.outcome
          }
        }
      } else {
        for path in inputs where writeError == nil {
          reportFile(path) { files.check(path, emit: emit) }
        }
      }
      if let writeError { throw writeError }
      report.finish(summary)
      // The baseline is written before the report is put in place, as before.
      if let path = files.settings.baselineOutput { try baselines.write(to: path) }
    }
    return summary
  }
}

/// A file's `TrackChecker` at work on another thread: `start` hands it a batch of cues, `wait`
/// takes the findings about them.
///
/// One batch is in flight at a time, and between `start` and `wait` only the worker touches the
/// checker; `wait` orders the two threads, so the class is safe to send.
final class BackgroundChecker: @unchecked Sendable {
  private var checker: TrackChecker
  private var found: [Finding] = []
  private let group = DispatchGroup()

  /// `checker`, idle.
  init(_ checker: TrackChecker) { self.checker = checker }

  /// Checks `cues`, the next of the file, on another thread.
  func start(_ cues: [Cue]) {
    guard !cues.isEmpty else { return }
    DispatchQueue.global().async(group: group) {
      self.found = self.checker.check(cues)
    }
  }

  /// The findings of the batch started last, once it is checked.
  func wait() -> [Finding] {
    group.wait()
    defer { found = [] }
    return found
  }

  /// The findings about cues the checker still holds, after the last batch.
  func finish() -> [Finding] {
    wait() + checker.finish()
  }

  /// The settings in force, once the profile is known (after the batch in flight).
  var settings: CheckSettings? {
    group.wait()
    return checker.settings
  }

  /// The name of the preset in force, once the profile is known (after the batch in flight).
  var presetName: String? {
    group.wait()
    return checker.presetName
  }
}

/// The baseline of a run: what it accepts, and what it records.
final class BaselineState {
  private var accepting: Baseline?
  private var lines: [String]?

  /// A state that accepts what `accepting` holds and, when `recording`, keeps every finding's line.
  init(accepting: Baseline?, recording: Bool) {
    self.accepting = accepting
    lines = recording ? [Baseline.header] : nil
  }

  /// Keeps `finding`'s line when recording.
  func record(_ finding: Finding) {
    lines?.append(Baseline.line(for: finding))
  }

  /// Whether the baseline accepts `finding` (each of its lines once).
  func accepts(_ finding: Finding) -> Bool {
    accepting?.accepts(finding) ?? false
  }

  /// Writes the recorded lines to `path`, atomically.
  func write(to path: String) throws(SubtitleError) {
    try TextFile.write(path) { output throws(SubtitleError) in
      for line in lines ?? [] {
        output.write(line)
        output.write("\n")
        try output.flushIfFull()
      }
    }
  }
}
