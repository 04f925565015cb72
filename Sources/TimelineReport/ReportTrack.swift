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

  /// From the earliest time of any cue to the latest (a cue that ends before it starts counts
  /// both ways); zero without cues.
  public var span: (start: MediaTime, end: MediaTime) {
    guard let first = cues.map({ min($0.start, $0.end) }).min(), let last = cues.map({ max($0.start, $0.end) }).max()
    else { return (.zero, .zero) }
    return (first, last)
  }

  /// The primary languages of the cues' blocks in `readings`, in order of first appearance (`und`
  /// for lines of no known language).
  static func languages(in readings: [[BlockReading]]) -> [String] {
    var seen: [String] = []
    for blocks in readings {
      for block in blocks where !seen.contains(block.language ?? "und") { seen.append(block.language ?? "und") }
    }
    return seen
  }

  /// How many findings there are of `severity`.
  public func count(_ severity: Finding.Severity) -> Int {
    findings.count { $0.severity == severity }
  }
}
