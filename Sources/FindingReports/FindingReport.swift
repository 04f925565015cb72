import SubtitleTimeline

/// A report that writes findings as they come, file by file, and a summary at the end.
///
/// ```swift
/// let report = ReportFormat.json.report(into: output, rules: ReportRule.listed(RuleRegistry.all))
/// report.beginFile("film.srt")
/// report.add(finding)
/// report.endFile("film.srt")
/// report.finish(summary)
/// ```
public protocol FindingReport: AnyObject {
  /// A file's check begins.
  func beginFile(_ name: String)
  /// One finding about the file begun last.
  func add(_ finding: Finding)
  /// The file's check is over.
  func endFile(_ name: String)
  /// Everything is checked: writes what is left.
  func finish(_ summary: CheckSummary)
}

/// What a check run found, counted.
public struct CheckSummary: Sendable, Hashable {
  /// How many files were checked, read or not.
  public var files = 0
  /// How many of them could not be read.
  public var unreadableFiles = 0
  /// How many cues were checked.
  public var cues = 0
  /// How many findings of each severity.
  public var counts: [Finding.Severity: Int] = [:]
  /// How many findings the baseline accepted (not counted above, not reported).
  public var accepted = 0

  /// Nothing yet.
  public init() {}

  /// Counts `finding`.
  public mutating func count(_ finding: Finding) {
    counts[finding.severity, default: 0] += 1
  }

  /// How many findings there are at `severity` or above.
  public func findings(atLeast severity: Finding.Severity) -> Int {
    counts.filter { $0.key >= severity }.values.reduce(0, +)
  }

  /// `2 errors, 1 warning, 0 notes in 3 files (1 unreadable), 120 cues`.
  public var description: String {
    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
    let unreadable = unreadableFiles > 0 ? " (\(unreadableFiles) unreadable)" : ""
    let baseline = accepted > 0 ? "; \(accepted) in the baseline" : ""
    return "\(plural(counts[.error] ?? 0, "error")), \(plural(counts[.warning] ?? 0, "warning")), "
      + "\(plural(counts[.info] ?? 0, "note")) in \(plural(files, "file"))\(unreadable), \(plural(cues, "cue"))"
      + baseline
  }
}

/// The formats a check report can take.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// `file:line:col: severity: message [rule]`, then a summary line.
  case text
  /// One JSON object: the findings and a summary.
  case json
  /// One JSON object a finding, one a line.
  case jsonl
  /// SARIF 2.1.0, for GitHub code scanning.
  case sarif
  /// JUnit XML, for GitLab, Jenkins and junitparser.
  case junit
  /// GitHub Actions workflow commands (`::error file=…::message`).
  case github

  /// A report of this format into `output`, listing `rules` (SARIF, JUnit); findings at `failOn` or
  /// above are failures (JUnit); `colour` colours text by severity.
  public func report(
    into output: TextOutput, rules: [ReportRule], failOn: Finding.Severity = .error, colour: Bool = false
  ) -> any FindingReport {
    switch self {
    case .text: TextReport(output, colour: colour)
    case .json: JSONReport(output, lines: false)
    case .jsonl: JSONReport(output, lines: true)
    case .sarif: SARIFReport(output, rules: rules)
    case .junit: JUnitReport(output, rules: rules, failOn: failOn)
    case .github: GitHubReport(output)
    }
  }
}
