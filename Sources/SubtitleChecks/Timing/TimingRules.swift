import SubtitleTimeline

/// `reversed`: a cue must end after it starts.
public struct ReversedRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "reversed", category: .timing, severity: .error,
    summary: "A cue ends at or before its start.",
    explanation: """
      A cue whose end is not after its start is never shown by a player that follows the WebVTT or TTML \
      timing rules, and SRT tools disagree on what to do with it. Usually the two times were swapped \
      or typed wrong.
      """)

  /// The rule.
  public init() {}

  /// Finds a cue whose end is not after its start.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    guard cue.cue.end <= cue.cue.start else { return }
    findings.add(
      self, cue, "the cue ends at \(Clock(cue.cue.end)), not after its start at \(Clock(cue.cue.start))",
      value: Double(cue.durationMilliseconds) / 1000, limit: 0)
  }
}

/// `order`: cues must start in time order.
public struct OrderRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "order", category: .timing, severity: .error,
    summary: "A cue starts before the cue above it in the file.",
    explanation: """
      WebVTT requires cues in order of their start times and many SRT players assume it. A cue out of \
      order is usually a pasted block or a typing error. `--fix` sorts the cues by start time.
      """)

  /// The rule.
  public init() {}

  /// Finds a cue that starts before the one before it.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    guard let previous = cue.previous, cue.cue.start < previous.start else { return }
    findings.add(
      self, cue, "the cue starts at \(Clock(cue.cue.start)), before the cue above it (\(Clock(previous.start)))",
      fix: "sort the cues by start time")
  }
}

/// `overlap`: a cue must not start while an earlier one still shows.
public struct OverlapRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "overlap", category: .timing, severity: .error,
    summary: "A cue starts while an earlier cue is still on screen.",
    explanation: """
      Two cues on screen at once stack on top of each other, and the viewer cannot tell which to read \
      first. Bilingual cues carry both languages in one cue, so they never need to overlap. `--fix` \
      ends the earlier cue the minimum gap before the later one starts.
      """)

  /// The rule.
  public init() {}

  /// Finds a cue that starts before the latest end of the cues before it.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    // A cue out of order is the order rule's; its overlap with later cues above it is a consequence.
    guard let latestEnd = cue.latestEnd, cue.cue.start < latestEnd, cue.cue.start < cue.cue.end,
      cue.previous.map({ $0.start <= cue.cue.start }) ?? true
    else { return }
    let overlap = latestEnd.roundedMilliseconds - cue.cue.start.roundedMilliseconds
    findings.add(
      self, cue, "the cue starts at \(Clock(cue.cue.start)), while an earlier cue shows until \(Clock(latestEnd))",
      value: Double(overlap) / 1000, limit: 0, fix: "end the earlier cue before this one starts")
  }
}

/// `min-duration`: a cue must show long enough to be read at all.
public struct MinimumDurationRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "min-duration", category: .timing, severity: .warning,
    summary: "A cue shows for less than the shortest duration (5/6 s in Netflix's guides).",
    explanation: """
      A cue shorter than about 5/6 of a second (20 frames at 24 fps) flashes by before the eye has \
      found it. Durations are compared in whole milliseconds. `--fix` lengthens the cue where the next \
      cue leaves room.
      """)

  /// The rule.
  public init() {}

  /// Finds a cue shown for less than the minimum.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    let duration = cue.durationMilliseconds
    let minimum = cue.settings.timing.minimumMilliseconds
    guard duration > 0, duration < minimum else { return }
    findings.add(
      self, cue, "the cue shows for \(Seconds(duration)) s, less than \(Seconds(minimum)) s",
      value: Double(duration) / 1000, limit: Double(minimum) / 1000, fix: "lengthen the cue where there is room")
  }
}

/// `max-duration`: a cue must not stay on screen too long.
public struct MaximumDurationRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "max-duration", category: .timing, severity: .warning,
    summary: "A cue shows for longer than the longest duration (7 s in Netflix's guides).",
    explanation: """
      Text that stays longer than it takes to read is read again; past about seven seconds the cue \
      should be split or its end brought in.
      """)

  /// The rule.
  public init() {}

  /// Finds a cue shown for longer than the maximum.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    let duration = cue.durationMilliseconds
    let maximum = cue.settings.timing.maximumMilliseconds
    guard duration > maximum else { return }
    findings.add(
      self, cue, "the cue shows for \(Seconds(duration)) s, more than \(Seconds(maximum)) s",
      value: Double(duration) / 1000, limit: Double(maximum) / 1000)
  }
}
