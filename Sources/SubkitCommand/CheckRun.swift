import CheckConfiguration
import Dispatch
import FindingReports
import SubtitleChecks
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline

/// One `subkit check` run: finds the files, reads each as a stream through a `TrackChecker`, and
/// sends reader and rule findings alike to one report.
struct CheckRun {
  /// What every file is checked with.
  struct Settings: Sendable {
    /// The preset; nil chooses by the configuration, else by each file's content.
    var preset: CheckPreset?
    /// The frame rate of gaps and shot changes; nil takes the configuration's, else 24000/1001.
    var frameRate: FrameRate?
    /// The shot changes, when given.
    var shotChanges: ShotChanges?
    /// The configuration given on the command line; nil looks for `.subkit.yml` above each file.
    var configuration: ConfigurationFile?
    /// The findings to accept.
    var baseline: Baseline?
    /// Where to record every finding as a baseline.
    var baselineOutput: String?
  }

  let settings: Settings
  let reading: ReadingOptions
  /// How many cues are read, checked and reported together.
  static let batchSize = 1024

  /// A run with `settings`, reading files as `reading` says.
  init(settings: Settings, reading: ReadingOptions) {
    self.settings = settings
    self.reading = reading
    baselines = BaselineState(accepting: settings.baseline, recording: settings.baselineOutput != nil)
  }
  /// The configurations found so far, by path.
  private let found = ConfigurationCache()
  /// The baseline's findings not yet met, and the lines of the baseline being recorded.
  private let baselines: BaselineState

  /// Checks the files `inputs` (`-`: standard input) into a report of `format` at `path` (`-`:
  /// standard output).
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
      for path in inputs {
        try check(path, into: report, output: output, summary: &summary)
      }
      report.finish(summary)
      try output.flush()
      if let path = settings.baselineOutput { try baselines.write(to: path) }
      try file?.commit()
    } catch {
      file?.discard()
      throw error
    }
    return summary
  }

  /// The preset for `path` (the command line's, else its configuration's; nil: by its content) and
  /// the change its configuration and the command line make to the preset's settings.
  func checkSettings(for path: String) throws(SubtitleError)
    -> (preset: CheckPreset?, customize: @Sendable (inout CheckSettings) -> Void)
  {
    let (configuration, relativePath) = try self.configuration(for: path)
    let (frameRate, cuts) = (settings.frameRate, settings.shotChanges)
    return (
      settings.preset ?? configuration?.preset(for: relativePath),
      { checked in
        configuration?.apply(to: &checked, for: relativePath)
        if let frameRate { checked.frameRate = frameRate }
        if let cuts { checked.shotChanges = cuts }
      }
    )
  }

  /// The configuration for `path` and the path relative to its folder: the one given, else the
  /// nearest `.subkit.yml` above the file.
  private func configuration(for path: String) throws(SubtitleError) -> (ConfigurationFile?, String) {
    if let given = settings.configuration {
      return (given, FileSearch.relativePath(of: path == "-" ? "." : path, inside: given.folder))
    }
    guard let (file, relative) = FileSearch.nearest(".subkit.yml", above: path) else { return (nil, path) }
    return (try found.configuration(at: file), relative)
  }

  /// Checks one file into `report`, which writes to `output`; a file that cannot be read is an
  /// error finding, and the run goes on.
  private func check(
    _ path: String, into report: any FindingReport, output: TextOutput, summary: inout CheckSummary
  ) throws(SubtitleError) {
    let name = path == "-" ? "<stdin>" : path
    summary.files += 1
    report.beginFile(name)
    let pending = Locked<[Finding]>([])
    let reporter = FindingReporter { finding in pending.withLock { $0.append(finding) } }
    /// The reader's findings since the last call.
    func warnings() -> [Finding] {
      pending.withLock { pending in
        defer { pending.removeAll() }
        return pending
      }
    }
    func emit(_ findings: [Finding]) {
      for finding in findings {
        baselines.record(finding)
        if baselines.accepts(finding) {
          summary.accepted += 1
          continue
        }
        summary.count(finding)
        report.add(finding)
      }
    }
    var writeError: SubtitleError?
    do throws(SubtitleError) {
      let opened = try Subtitles.open(path, format: reading.from, encoding: reading.inputEncoding, reporter: reporter)
      _ = try opened.reader.readHeader()
      let (preset, customize) = try checkSettings(for: path)
      let checker = BackgroundChecker(TrackChecker(file: name, preset: preset, customize: customize))
      /// The next batch of cues and the reader's findings about them.
      func read() throws(SubtitleError) -> (cues: [Cue], warnings: [Finding]) {
        var cues: [Cue] = []
        while cues.count < Self.batchSize, let cue = try opened.reader.nextCue() {
          cues.append(cue)
          summary.cues += 1
        }
        return (cues, warnings())
      }
      // Each batch is checked on another thread while this one reads the next batch and reports
      // the one before: the file is read, checked and reported at once, in order.
      var batch = try read()
      checker.start(batch.cues)
      while !batch.cues.isEmpty {
        let next: (cues: [Cue], warnings: [Finding])
        do throws(SubtitleError) { next = try read() } catch {
          emit(batch.warnings)  // what was read and checked before the error
          emit(checker.wait())
          throw error
        }
        let found = checker.wait()
        checker.start(next.cues)
        emit(batch.warnings)
        emit(found)
        batch = next
        do { try output.flushIfFull() } catch {
          writeError = error  // the report cannot be written: not this file's fault
          _ = checker.wait()
          break
        }
      }
      emit(checker.finish())
    } catch {
      summary.unreadableFiles += 1
      emit(warnings())
      emit([error.finding])
    }
    if let writeError { throw writeError }
    report.endFile(name)
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
}

/// Configuration files read once each, however many files they apply to.
final class ConfigurationCache {
  private var files: [String: ConfigurationFile] = [:]

  /// The configuration at `path`, read the first time it is asked for.
  func configuration(at path: String) throws(SubtitleError) -> ConfigurationFile {
    if let file = files[path] { return file }
    let file = try ConfigurationFile(
      text: try FileByteSource.readText(path, limit: ConfigurationFile.maximumBytes), path: path)
    files[path] = file
    return file
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
    let file = try OutputFile(path: path)
    let output = TextOutput(file.sink)
    for line in lines ?? [] {
      output.write(line)
      output.write("\n")
      try output.flushIfFull()
    }
    do {
      try output.flush()
      try file.commit()
    } catch {
      file.discard()
      throw error
    }
  }
}
