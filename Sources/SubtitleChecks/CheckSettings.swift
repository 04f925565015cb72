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

  /// The gap rule that a gap of `milliseconds` from one cue's end to the next one's start breaks.
  ///
  /// `overlap` when negative, `min-gap` under the minimum, `chain-gap` in the chaining range; nil
  /// when it breaks none. The rules and `--fix` both ask this.
  public func gapRule(_ milliseconds: Int64) -> String? {
    guard milliseconds >= 0 else { return "overlap" }
    let frames = frames(milliseconds)
    if frames < timing.minimumGapFrames { return "min-gap" }
    return timing.chainGapFrames.contains(frames) ? "chain-gap" : nil
  }

  /// The shot change a start at `start` milliseconds comes just after (1 to the window's frames
  /// later), and how many frames after it.
  public func cut(before start: Int64) -> (time: Int64, frames: Int64)? {
    guard let cut = shotChanges.around(start + 1).before else { return nil }
    let frames = frames(start - cut)
    return frames > 0 && frames <= timing.shotChangeFrames ? (cut, frames) : nil
  }

  /// The shot change an end at `end` milliseconds comes just before (up to the window's frames
  /// earlier, but not exactly the minimum gap, which is where it belongs), and how many frames before it.
  public func cut(after end: Int64) -> (time: Int64, frames: Int64)? {
    guard let cut = shotChanges.around(end).atOrAfter else { return nil }
    let frames = frames(cut - end)
    return frames <= timing.shotChangeFrames && frames != timing.minimumGapFrames ? (cut, frames) : nil
  }
}
