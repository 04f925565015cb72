import SubtitleTimeline

/// The findings of a check, each stamped with its rule, severity, file, line and cue.
public struct FindingList {
  /// The findings so far.
  public private(set) var findings: [Finding] = []
  private let severities: [String: Finding.Severity]

  /// An empty list; `severities` overrides a rule's default severity by id.
  public init(severities: [String: Finding.Severity] = [:]) {
    self.severities = severities
  }

  /// Adds a finding of `rule` about `cue`: `message`, with the figure measured and its limit when
  /// the rule measures one, and the fix that would mend it.
  public mutating func add(
    _ rule: some CheckRule, _ cue: CheckedCue, _ message: String, language: String? = nil, value: Double? = nil,
    limit: Double? = nil, fix: String? = nil
  ) {
    var finding = Finding(
      rule: rule.id, severities[rule.id] ?? rule.about.severity,
      at: SourceLocation(file: cue.file, line: max(cue.cue.sourceLine, 1)), message)
    finding.cueIndex = cue.index
    finding.cueID = cue.cue.id
    finding.language = language
    finding.value = value
    finding.limit = limit
    finding.fix = fix
    finding.anchor = cue.cue.content
    findings.append(finding)
  }

  /// Takes the findings out, leaving the list empty.
  public mutating func take() -> [Finding] {
    defer { findings = [] }
    return findings
  }
}
