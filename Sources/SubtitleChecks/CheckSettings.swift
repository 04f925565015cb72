import SubtitleTimeline

/// Everything a check run is told: the limits, the frame rate, which rules run and how seriously,
/// and the shot changes when there are any.
public struct CheckSettings: Sendable {
  /// How cues may be timed.
  public var timing: TimingLimits
  /// The limits by primary language (`en`, `zh`).
  public var languages: [String: LanguageLimits]
  /// The frame rate gaps and shot-change windows are counted in.
  public var frameRate: FrameRate
  /// Severities that replace a rule's default, by rule id.
  public var severities: [String: Finding.Severity]
  /// The ids of rules that do not run.
  public var disabledRules: Set<String>
  /// The shot changes, in milliseconds, ascending; empty when none were given.
  public var shotChanges: ShotChanges
  /// Whether Chinese lines should be in Simplified characters (`traditional-in-simplified`).
  public var expectsSimplifiedChinese: Bool

  /// The settings of `preset` at `frameRate`, every rule on at its default severity.
  public init(preset: CheckPreset, frameRate: FrameRate = .film, shotChanges: ShotChanges = ShotChanges()) {
    timing = preset.timing
    languages = preset.languages
    self.frameRate = frameRate
    severities = [:]
    disabledRules = []
    self.shotChanges = shotChanges
    expectsSimplifiedChinese = true
  }

  /// The limits for lines of the language `family`; none for a language the preset does not name.
  public func limits(for family: String?) -> LanguageLimits {
    family.flatMap { languages[$0] } ?? LanguageLimits()
  }

  /// Milliseconds as frames at the run's frame rate, rounded to the nearest.
  public func frames(_ milliseconds: Int64) -> Int64 { frameRate.frames(inMilliseconds: milliseconds) }
}
