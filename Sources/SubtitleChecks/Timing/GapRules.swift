import SubtitleTimeline

/// The gap between a cue and the one before it, when both start in order and do not overlap.
extension CheckedCue {
  /// Milliseconds from the previous cue's end to this cue's start; nil when there is no previous cue,
  /// the cues are out of order, or they overlap (other rules report those).
  var gapMilliseconds: Int64? {
    guard let previous, previous.start <= cue.start, previous.end <= cue.start else { return nil }
    return cue.start.roundedMilliseconds - previous.end.roundedMilliseconds
  }
}

/// `min-gap`: consecutive cues must be a few frames apart, so the eye sees a new cue arrive.
public struct MinimumGapRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "min-gap", category: .timing, severity: .warning,
    summary: "Two consecutive cues are closer than the minimum gap (2 frames).",
    explanation: """
      Without a gap of at least two frames the change from one cue to the next is not seen, and the \
      viewer may not notice a new cue has come. Gaps are counted in frames at --fps (default \
      24000/1001), rounding to the nearest frame.
      """)

  /// The rule.
  public init() {}

  /// Finds a cue too soon after the one before it.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    guard let gap = cue.gapMilliseconds, cue.settings.gapRule(gap) == id else { return }
    let frames = cue.settings.frames(gap)
    let minimum = cue.settings.timing.minimumGapFrames
    findings.add(
      self, cue, "the cue starts \(frames) frames after the cue before it ends; leave at least \(minimum)",
      value: Double(frames), limit: Double(minimum), fix: "move the earlier cue's end back to \(minimum) frames")
  }
}

/// `chain-gap`: a short gap between cues should be closed to the minimum, so the cues chain.
public struct ChainGapRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "chain-gap", category: .timing, severity: .info,
    summary: "A gap of 3-11 frames between cues should be closed to 2 frames.",
    explanation: """
      A gap shorter than half a second makes the screen blink empty between two cues. Netflix's timing \
      guidelines close such gaps to two frames by extending the earlier cue. `--fix` does that.
      """)

  /// The rule.
  public init() {}

  /// Finds a gap in the chaining range.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    guard let gap = cue.gapMilliseconds, cue.settings.gapRule(gap) == id else { return }
    let frames = cue.settings.frames(gap)
    let timing = cue.settings.timing
    findings.add(
      self, cue, "a gap of \(frames) frames before the cue; close it to \(timing.minimumGapFrames)",
      value: Double(frames), limit: Double(timing.minimumGapFrames),
      fix: "extend the earlier cue to \(timing.minimumGapFrames) frames before this one")
  }
}

/// `shot-change`: cues near a cut should start on it, or end just before it.
public struct ShotChangeRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "shot-change", category: .timing, severity: .info,
    summary: "A cue starts just after a shot change, or ends just before one (needs --shot-changes).",
    explanation: """
      A cue that appears a few frames after a cut, or disappears a few frames before one, makes the \
      screen flicker. Within 12 frames after a cut a cue should start on it; within 12 frames before a \
      cut it should end 2 frames before it. Give the cuts with --shot-changes FILE: one time a line, in \
      seconds, HH:MM:SS.mmm, or frames (with --fps). ffmpeg makes such a file: ffmpeg -i film.mp4 \
      -filter:v "select='gt(scene,0.3)',showinfo" -f null - 2>&1 | grep -o 'pts_time:[0-9.]*' | cut -d: -f2
      """)

  /// The rule.
  public init() {}

  /// Finds a start just after a cut and an end just before one.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    let settings = cue.settings
    guard !settings.shotChanges.isEmpty, cue.cue.start < cue.cue.end else { return }
    if let cut = settings.cut(before: cue.cue.start.roundedMilliseconds) {
      findings.add(
        self, cue,
        "the cue starts \(cut.frames) frames after the shot change at \(Clock(milliseconds: cut.time)); start on it",
        value: Double(cut.frames), limit: 0, fix: "start the cue on the shot change")
    }
    let before = settings.timing.minimumGapFrames
    if let cut = settings.cut(after: cue.cue.end.roundedMilliseconds) {
      findings.add(
        self, cue,
        "the cue ends \(cut.frames) frames before the shot change at \(Clock(milliseconds: cut.time)); end \(before) frames before it",
        value: Double(cut.frames), limit: Double(before), fix: "end the cue \(before) frames before the shot change")
    }
  }
}
