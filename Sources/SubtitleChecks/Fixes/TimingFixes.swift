import SubtitleTimeline

/// The timing fixes, on cues in start order: shot changes first, then each gap, then short cues,
/// then the gaps the lengthened cues left.
struct TimingFixes {
  let settings: CheckSettings
  /// What was fixed: the rule, the cue, and how.
  private(set) var applied: [(rule: String, cue: Cue, message: String)] = []

  init(settings: CheckSettings) {
    self.settings = settings
  }

  /// `cues` (in start order) with their timing fixed.
  mutating func fixed(_ cues: [Cue]) -> [Cue] {
    var cues = cues
    let gap = settings.frameRate.milliseconds(ofFrames: settings.timing.minimumGapFrames)
    for index in cues.indices { snapToShotChanges(&cues, index, gap: gap) }
    for index in cues.indices.dropLast() { closeGap(&cues, index, gap: gap) }
    for index in cues.indices { lengthen(&cues, index, gap: gap) }
    // A lengthened cue can end a chain gap before the next one: close those too, or a second run would.
    for index in cues.indices.dropLast() { closeGap(&cues, index, gap: gap) }
    return cues
  }

  /// Overlaps trimmed, gaps under the minimum opened to it, chain gaps closed to it.
  private mutating func closeGap(_ cues: inout [Cue], _ index: Int, gap: Int64) {
    let (cue, next) = (cues[index], cues[index + 1])
    let end = cue.end.roundedMilliseconds
    let start = next.start.roundedMilliseconds
    guard let rule = settings.gapRule(start - end) else { return }
    let newEnd = start - gap
    guard newEnd > cue.start.roundedMilliseconds, newEnd != end else { return }
    cues[index].end = MediaTime(milliseconds: newEnd)
    applied.append((rule, cue, "end moved from \(Clock(milliseconds: end)) to \(Clock(milliseconds: newEnd))"))
  }

  /// A cue shorter than the minimum made longer, as far as the next cue leaves room.
  private mutating func lengthen(_ cues: inout [Cue], _ index: Int, gap: Int64) {
    let cue = cues[index]
    let (start, end) = (cue.start.roundedMilliseconds, cue.end.roundedMilliseconds)
    guard end > start, end - start < settings.timing.minimumMilliseconds else { return }
    let room = index + 1 < cues.count ? cues[index + 1].start.roundedMilliseconds - gap : Int64.max
    let newEnd = min(start + settings.timing.minimumMilliseconds, room)
    guard newEnd > end else { return }
    cues[index].end = MediaTime(milliseconds: newEnd)
    applied.append(
      ("min-duration", cue, "end moved from \(Clock(milliseconds: end)) to \(Clock(milliseconds: newEnd))"))
  }

  /// A start just after a cut moved onto it, an end just before a cut moved to the gap before it.
  private mutating func snapToShotChanges(_ cues: inout [Cue], _ index: Int, gap: Int64) {
    guard !settings.shotChanges.isEmpty else { return }
    let cue = cues[index]
    let (start, end) = (cue.start.roundedMilliseconds, cue.end.roundedMilliseconds)
    // Not before the previous cue's start either (its end may come before it): the order stays.
    let previousEnd = index > 0 ? max(cues[index - 1].end, cues[index - 1].start).roundedMilliseconds : Int64.min
    if let cut = settings.cut(before: start)?.time, cut >= previousEnd &+ gap, cut < end {
      cues[index].start = MediaTime(milliseconds: cut)
      applied.append(
        ("shot-change", cue, "start moved from \(Clock(milliseconds: start)) to the cut at \(Clock(milliseconds: cut))")
      )
    }
    if let cut = settings.cut(after: end)?.time, cut - gap > cues[index].start.roundedMilliseconds {
      cues[index].end = MediaTime(milliseconds: cut - gap)
      applied.append(
        ("shot-change", cue, "end moved from \(Clock(milliseconds: end)) to \(Clock(milliseconds: cut - gap))"))
    }
  }

}
