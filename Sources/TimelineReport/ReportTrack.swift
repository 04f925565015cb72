import SubtitleChecks
import SubtitleTimeline
import TextUnicode

/// One track as the report shows it: its cues, what `check` found in it, and the settings it was
/// checked with.
public struct ReportTrack: Sendable {
  /// The file's name as given.
  public var name: String
  /// The format it was read as (`srt`, `vtt` …).
  public var format: String
  /// The encoding it was read in.
  public var encoding: String
  /// The cues, in file order.
  public var cues: [Cue]
  /// Every finding about the file, the reader's and the rules', as `check` reports them.
  public var findings: [Finding]
  /// The settings the rules used: limits, frame rate, shot changes.
  public var settings: CheckSettings
  /// The preset's name.
  public var preset: String

  /// A track read from `name`.
  public init(
    name: String, format: String, encoding: String, cues: [Cue], findings: [Finding], settings: CheckSettings,
    preset: String
  ) {
    self.name = name
    self.format = format
    self.encoding = encoding
    self.cues = cues
    self.findings = findings
    self.settings = settings
    self.preset = preset
  }

  /// Each cue's language blocks with their reading speeds, measured as the `cps` rule measures them.
  public func readings() -> [[BlockReading]] {
    let context = CheckContext(
      file: name, track: TrackProfile(cues: []), settings: settings, scripts: ChineseScriptDetector())
    return cues.map { CheckedCue($0, index: 0, previous: nil, latestEnd: nil, context: context).blockReadings }
  }

  /// From the first cue's start to the last cue's end (zero without cues).
  public var span: (start: MediaTime, end: MediaTime) {
    guard let first = cues.map(\.start).min(), let last = cues.map(\.end).max() else { return (.zero, .zero) }
    return (first, last)
  }

  /// How many findings there are of `severity`.
  public func count(_ severity: Finding.Severity) -> Int {
    findings.count { $0.severity == severity }
  }
}
