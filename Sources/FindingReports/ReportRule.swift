import SubtitleChecks
import SubtitleTimeline

/// A rule as reports describe it: the check rules, and the reader and writer, whose findings
/// (leniency, loss) reports carry too.
public struct ReportRule: Sendable {
  /// The rule id.
  public var id: String
  /// What it checks, in one line.
  public var summary: String
  /// Why it matters.
  public var explanation: String
  /// How serious its findings are by default.
  public var severity: Finding.Severity

  /// The description of `rule`.
  public init(_ rule: any CheckRule) {
    self.init(
      id: rule.id, summary: rule.about.summary, explanation: rule.about.explanation, severity: rule.about.severity)
  }

  private init(id: String, summary: String, explanation: String, severity: Finding.Severity) {
    self.id = id
    self.summary = summary
    self.explanation = explanation
    self.severity = severity
  }

  /// The reader's findings: what it accepted leniently, and files it could not read.
  public static let reader = ReportRule(
    id: Finding.Source.reader, summary: "The file could not be read, or was read leniently.",
    explanation: """
      The reader repairs what real files get wrong (a missing blank line, a comma for a point, a stray \
      byte order mark) and says so; what it cannot read at all is an error naming the line and column.
      """, severity: .warning)

  /// The rules a report lists: the reader's, then `rules`.
  public static func listed(_ rules: [any CheckRule]) -> [ReportRule] {
    [reader] + rules.map(ReportRule.init)
  }
}
