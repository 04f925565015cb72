import SubtitleTimeline

/// What a rule is about; reports and `--list-rules` group rules by it.
public enum RuleCategory: String, Sendable, CaseIterable {
  /// When cues start and end.
  case timing
  /// How fast and how wide each language's lines read.
  case reading
  /// How the two languages of a bilingual cue fit together.
  case bilingual
  /// The text itself: spacing, punctuation, markup.
  case text
}

/// What a rule is: its id, what it is about, how serious, and what it checks.
public struct RuleDescription: Sendable {
  /// The rule's id, as reports, `--explain` and `.subkit.yml` name it (`min-gap`).
  public let id: String
  /// What it is about.
  public let category: RuleCategory
  /// How serious its findings are unless the configuration says otherwise.
  public let severity: Finding.Severity
  /// What it checks, in one line.
  public let summary: String
  /// Why it matters and what it counts, for `--explain`.
  public let explanation: String

  /// A rule's description from its parts.
  public init(id: String, category: RuleCategory, severity: Finding.Severity, summary: String, explanation: String) {
    self.id = id
    self.category = category
    self.severity = severity
    self.summary = summary
    self.explanation = explanation
  }
}

/// One check over a track's cues: a description, and the check itself.
///
/// A rule is a value without state; what it needs to know about the file (the cue before, the
/// limits for each language) comes in the `CheckedCue` it is given:
///
/// ```swift
/// struct EmptyCueRule: CheckRule {
///   static let about = RuleDescription(id: "empty-cue", category: .text, severity: .warning, summary: …, explanation: …)
///   func check(_ cue: CheckedCue, into findings: inout FindingList) {
///     if cue.blocks.isEmpty { findings.add(self, cue, "the cue has no text") }
///   }
/// }
/// ```
public protocol CheckRule: Sendable {
  /// What the rule is.
  static var about: RuleDescription { get }
  /// Adds what it finds about `cue` to `findings`.
  func check(_ cue: CheckedCue, into findings: inout FindingList)
}

extension CheckRule {
  /// What the rule is.
  public var about: RuleDescription { Self.about }

  /// The rule's id.
  public var id: String { Self.about.id }
}
