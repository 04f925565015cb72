import CheckConfiguration
import FindingReports
import SubtitleChecks
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline
import TextUnicode

/// How `subkit check` reads and checks one file, on any thread: its settings and configuration,
/// and its findings in file order.
struct FileCheck: Sendable {
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

  /// What one file came to, besides its findings.
  struct Outcome: Sendable {
    /// How many cues were read.
    var cues = 0
    /// Whether the file could not be read to its end.
    var unreadable = false
    /// The format and encoding it was read in, once opened.
    var read: (format: SubtitleFormat, encoding: TextEncoding)?
    /// The settings its rules ran with, once known.
    var settings: CheckSettings?
    /// The preset those settings came from.
    var preset: String?
  }

  /// How many cues are read, checked and reported together.
  static let batchSize = 1024

  let settings: Settings
  let reading: ReadingOptions
  /// The configurations found so far, by path.
  private let found = ConfigurationCache()

  /// Checks files with `settings`, reading them as `reading` says.
  init(settings: Settings, reading: ReadingOptions) {
    self.settings = settings
    self.reading = reading
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
    guard FileSearch.isRegularFile(file) else {
      // A folder would be passed over in silence, and a FIFO would hang the check.
      throw SubtitleError(
        at: SourceLocation(file: file, line: 0), "is not a regular file, so it cannot configure the check")
    }
    return (try found.configuration(at: file), relative)
  }

  /// Reads and checks the file at `path` (`-`: standard input), its findings to `emit`.
  ///
  /// Reader and rule findings go out batch by batch in file order; a file that cannot be read
  /// ends with an error finding. `emit` returns false to stop early (its findings can go nowhere).
  /// `keep`, when given, is handed the cues too, batch by batch.
  func check(_ path: String, keeping keep: (([Cue]) -> Void)? = nil, emit: ([Finding]) -> Bool) -> Outcome {
    let name = path == "-" ? "<stdin>" : path
    var outcome = Outcome()
    let pending = Locked<[Finding]>([])
    let reporter = FindingReporter { finding in pending.withLock { $0.append(finding) } }
    /// The reader's findings since the last call.
    func warnings() -> [Finding] {
      pending.withLock { pending in
        defer { pending.removeAll() }
        return pending
      }
    }
    var checker: BackgroundChecker?
    do throws(SubtitleError) {
      let opened = try Subtitles.open(path, format: reading.from, encoding: reading.inputEncoding, reporter: reporter)
      _ = try opened.reader.readHeader()
      outcome.read = (opened.format, opened.encoding)
      let (preset, customize) = try checkSettings(for: path)
      let background = BackgroundChecker(TrackChecker(file: name, preset: preset, customize: customize))
      checker = background
      /// The next batch of cues and the reader's findings about them.
      func read() throws(SubtitleError) -> (cues: [Cue], warnings: [Finding]) {
        var cues: [Cue] = []
        while cues.count < Self.batchSize, let cue = try opened.reader.nextCue() {
          cues.append(cue)
          outcome.cues += 1
        }
        keep?(cues)
        return (cues, warnings())
      }
      // Each batch is checked on another thread while this one reads the next batch and hands
      // on the one before: the file is read, checked and reported at once, in order.
      var batch = try read()
      background.start(batch.cues)
      var going = true
      while going && !batch.cues.isEmpty {
        let next: (cues: [Cue], warnings: [Finding])
        do throws(SubtitleError) { next = try read() } catch {
          _ = emit(batch.warnings) && emit(background.wait())  // what was read and checked before the error
          throw error
        }
        let found = background.wait()
        background.start(next.cues)
        going = emit(batch.warnings) && emit(found)
        batch = next
      }
      if going { _ = emit(background.finish()) } else { _ = background.wait() }  // the batch in flight
    } catch {
      outcome.unreadable = true
      _ = emit(warnings() + [error.finding])
    }
    (outcome.settings, outcome.preset) = (checker?.settings, checker?.presetName)
    return outcome
  }
}

/// Configuration files read once each, however many files (and threads) they apply to.
final class ConfigurationCache: Sendable {
  private let files = Locked<[String: ConfigurationFile]>([:])

  /// The configuration at `path`, read the first time it is asked for.
  func configuration(at path: String) throws(SubtitleError) -> ConfigurationFile {
    if let file = files.withLock({ $0[path] }) { return file }
    let file = try ConfigurationFile(
      text: try FileByteSource.readText(path, limit: ConfigurationFile.maximumBytes), path: path)
    files.withLock { $0[path] = file }
    return file
  }
}
