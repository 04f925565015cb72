import SubtitleTimeline

/// The timing fixes, on cues in start order: shot changes first, then each gap, then short cues,
/// then the gaps the lengthened cues left; repeated until a pass changes nothing, so that a second
/// `--fix` finds nothing more to do.
struct TimingFixes {
  let settings: CheckSettings
  /// The cues as the fixes leave them.
  private var cues: [Cue]
  /// The rule that last moved each cue's start, and each cue's end.
  private var startRules: [String?]
  private var endRules: [String?]
  /// The minimum gap, in milliseconds.
  private let gap: Int64
  /// Whether the pass under way moved a time.
  private var changed = false

  /// Passes after which a track that still changes is left as the last one made it.
  private static let maximumPasses = 8

  /// Fixes for `cues`, which are in start order.
  init(settings: CheckSettings, cues: [Cue]) {
    self.settings = settings
    self.cues = cues
    startRules = Array(repeating: nil, count: cues.count)
    endRules = startRules
    gap = settings.frameRate.milliseconds(ofFrames: settings.timing.minimumGapFrames)
  }

  /// The cues with their timing fixed, and each start or end that moved: its rule, the cue as it
  /// was, and how it moved (a move undone by a later fix is not reported).
  mutating func fixed() -> (cues: [Cue], applied: [(rule: String, cue: Cue, message: String)]) {
    let original = cues
    for _ in 0..<Self.maximumPasses {
      changed = false
      pass()
      if !changed { break }
    }
    var applied: [(rule: String, cue: Cue, message: String)] = []
    for index in cues.indices {
      let (was, now) = (original[index], cues[index])
      if let rule = startRules[index], now.start != was.start {
        let onCut = rule == "shot-change" ? "the cut at " : ""
        applied.append((rule, was, "start moved from \(Clock(was.start)) to \(onCut)\(Clock(now.start))"))
      }
      if let rule = endRules[index], now.end != was.end {
        applied.append((rule, was, "end moved from \(Clock(was.end)) to \(Clock(now.end))"))
      }
    }
    return (cues, applied)
  }

  /// One pass of every fix over the track.
  private mutating func pass() {
    for index in cues.indices { snapToShotChanges(index) }
    for index in cues.indices.dropLast() { closeGap(index) }
    for index in cues.indices { lengthen(index) }
    // A lengthened cue can end a chain gap before the next one: close those too.
    for index in cues.indices.dropLast() { closeGap(index) }
  }

  /// Overlaps trimmed, gaps under the minimum opened to it, chain gaps closed to it.
  private mutating func closeGap(_ index: Int) {
    let start = cues[index + 1].start.roundedMilliseconds
    guard let rule = settings.gapRule(start - cues[index].end.roundedMilliseconds) else { return }
    moveEnd(index, to: start - gap, rule)
  }

  /// A cue shorter than the minimum made longer, as far as the next cue leaves room.
  private mutating func lengthen(_ index: Int) {
    let (start, end) = (cues[index].start.roundedMilliseconds, cues[index].end.roundedMilliseconds)
    guard end > start, end - start < settings.timing.minimumMilliseconds else { return }
    let room = index + 1 < cues.count ? cues[index + 1].start.roundedMilliseconds - gap : Int64.max
    let newEnd = min(start + settings.timing.minimumMilliseconds, room)
    if newEnd > end { moveEnd(index, to: newEnd, "min-duration") }
  }

  /// A start just after a cut moved onto it, an end just before a cut moved to the gap before it,
  /// each only where the gap it leaves to the neighbouring cue breaks no gap rule.
  private mutating func snapToShotChanges(_ index: Int) {
    guard !settings.shotChanges.isEmpty else { return }
    let (start, end) = (cues[index].start.roundedMilliseconds, cues[index].end.roundedMilliseconds)
    // Not before the previous cue's start either (its end may come before it): the order stays.
    let previous = index > 0 ? max(cues[index - 1].end, cues[index - 1].start).roundedMilliseconds : Int64.min
    if let cut = settings.cut(before: start)?.time, cut >= previous &+ gap, cut < end, cut != start {
      cues[index].start = MediaTime(milliseconds: cut)
      startRules[index] = "shot-change"
      changed = true
    }
    guard let cut = settings.cut(after: end)?.time, cut - gap > cues[index].start.roundedMilliseconds else { return }
    if index + 1 < cues.count, settings.gapRule(cues[index + 1].start.roundedMilliseconds - (cut - gap)) != nil {
      return
    }
    moveEnd(index, to: cut - gap, "shot-change")
  }

  /// The end of cue `index` moved to `milliseconds` (if it is after the start) by `rule`.
  private mutating func moveEnd(_ index: Int, to milliseconds: Int64, _ rule: String) {
    guard milliseconds > cues[index].start.roundedMilliseconds, milliseconds != cues[index].end.roundedMilliseconds
    else { return }
    cues[index].end = MediaTime(milliseconds: milliseconds)
    endRules[index] = rule
    changed = true
  }
}
