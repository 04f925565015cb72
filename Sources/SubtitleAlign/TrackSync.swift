import SubtitleTimeline

/// One track's times fitted to a reference's: a scale (a frame-rate change), an offset of any
/// size, and places where the offset changes because scenes were cut or added.
///
/// Only timing is used: the reference may be in another language, or be the stretches where
/// someone speaks in the film's audio. See `SyncSearch` for how the fit is found.
///
/// ```swift
/// let fit = try TrackSync.fit(chinese, to: english)
/// let synced = chinese.map { fit.retiming(at: $0.start).apply(to: $0, file: "zh.srt").cue }
/// ```
public enum TrackSync {
  /// Why no fit is given.
  public enum Failure: Error, Sendable, CustomStringConvertible {
    /// One of the tracks has fewer than `minimumStretches` separate timed stretches.
    case tooLittleTiming(reference: Bool, stretches: Int)
    /// The best fit found is too close to what chance gives to be trusted.
    case poorMatch(SyncFit)

    /// Whether the failure is the reference's (too little timing in it); else the input's or both's.
    public var isAboutReference: Bool {
      if case .tooLittleTiming(reference: true, _) = self { true } else { false }
    }

    /// What went wrong, for a person.
    public var description: String {
      switch self {
      case .tooLittleTiming(let reference, let stretches):
        "the \(reference ? "reference" : "input") has \(stretches) separate timed stretch\(stretches == 1 ? "" : "es"); "
          + "syncing needs at least \(TrackSync.minimumStretches)"
      case .poorMatch(let fit):
        "the tracks do not match well enough to trust a shift: after the best fit "
          + "\(Int((fit.score * 100).rounded())) % of the cues' time meets the reference, "
          + "\(Int((fit.confidence * 100).rounded())) % above chance (\(Int(TrackSync.minimumConfidence * 100)) % needed)"
      }
    }
  }

  /// How much of the start of each cue and of each stretch of speech is matched against speech, in
  /// milliseconds.
  static let onsetWindow = 400.0

  /// The fewest separate timed stretches (cues that do not overlap) each track must have.
  public static let minimumStretches = 6

  /// How far above chance a fit's overlap must be to be given: 0 is what a random offset gives,
  /// 1 a perfect match.
  public static let minimumConfidence = 0.35

  /// The fit of `cues` to the timing of `reference`.
  public static func fit(_ cues: [Cue], to reference: [Cue]) throws(Failure) -> SyncFit {
    try fit(cues, toIntervals: reference.map { ($0.start, $0.end) })
  }

  /// The fit of `cues` to `intervals` (start, end) of another track's cues.
  public static func fit(_ cues: [Cue], toIntervals intervals: [(MediaTime, MediaTime)]) throws(Failure) -> SyncFit {
    try fit(cues, intervals, startsOnOnsets: false)
  }

  /// The fit of `cues` to the stretches of a film where someone speaks (`SpeechDetector`).
  ///
  /// A cue stays on screen after its speech ends, and dense cues cover nearly all of it, so
  /// overlap says little: the first 400 ms of each cue are matched against the first 400 ms of
  /// each stretch of speech instead, and each piece is then moved by the median distance from its
  /// cues' starts to the nearest start of speech within a second.
  public static func fit(_ cues: [Cue], toSpeech intervals: [(MediaTime, MediaTime)]) throws(Failure) -> SyncFit {
    try fit(cues, intervals, startsOnOnsets: true)
  }

  private static func fit(
    _ cues: [Cue], _ intervals: [(MediaTime, MediaTime)], startsOnOnsets: Bool
  ) throws(Failure) -> SyncFit {
    // Against speech only starts are matched: a cue outlasts its speech by any amount, and dense
    // cues cover nearly all of it, so their overlap says little; a cue's start is where speech starts.
    let window = { (start: Double, end: Double) in startsOnOnsets ? (start, start + onsetWindow) : (start, end) }
    let reference = SpeechIntervals(intervals.map { window($0.0.milliseconds, $0.1.milliseconds) })
    let order = cues.indices.sorted { (cues[$0].start, $0) < (cues[$1].start, $1) }
    let input = order.map { window(cues[$0].start.milliseconds, cues[$0].end.milliseconds) }
    let inputStretches = SpeechIntervals(input).count
    guard inputStretches >= minimumStretches else {
      throw .tooLittleTiming(reference: false, stretches: inputStretches)
    }
    guard reference.count >= minimumStretches else {
      throw .tooLittleTiming(reference: true, stretches: reference.count)
    }
    let search = SyncSearch(input: input, reference: reference)
    var outcome = search.run()
    let scaled = search.scaled(by: outcome.scale.value)
    if startsOnOnsets { outcome.offsets = onOnsets(scaled, outcome.offsets, reference) }
    var pieces: [SyncFit.Piece] = []
    for (position, offset) in outcome.offsets.enumerated()
    where position == 0 || offset != outcome.offsets[position - 1] {
      pieces.append(SyncFit.Piece(from: position == 0 ? .zero : cues[order[position]].start, offset: offset))
    }
    let (score, confidence) = agreement(scaled, outcome.offsets, reference)
    let fit = SyncFit(scale: outcome.scale, pieces: pieces, score: score, confidence: confidence)
    guard confidence >= minimumConfidence else { throw .poorMatch(fit) }
    return fit
  }

  /// `offsets` (one a cue, runs of equal ones making pieces) each moved by the median distance
  /// from its piece's cue starts to the nearest start of speech within a second.
  private static func onOnsets(
    _ cues: [(start: Double, end: Double)], _ offsets: [Double], _ speech: SpeechIntervals
  ) -> [Double] {
    var moved = offsets
    var first = 0
    while first < offsets.count {
      var last = first
      while last + 1 < offsets.count && offsets[last + 1] == offsets[first] { last += 1 }
      var distances: [Double] = []
      for index in first...last {
        let start = cues[index].start + offsets[index]
        let next = speech.firstEnding(after: start - 1000)
        let onsets = speech.starts[next..<min(next + 3, speech.starts.count)]
        if let nearest = onsets.min(by: { abs($0 - start) < abs($1 - start) }), abs(nearest - start) <= 1000 {
          distances.append(nearest - start)
        }
      }
      if distances.count >= 3 {
        let median = distances.sorted()[distances.count / 2]
        for index in first...last { moved[index] = (offsets[index] + median).rounded() }
      }
      first = last + 1
    }
    return moved
  }

  /// How well `cues` (scaled, in start order), each moved by its offset, agree with `reference`:
  /// the share of the cues' time that meets the reference's, and that share plus the share of the
  /// gaps between cues (within a piece) that meets the reference's gaps, less one (Youden's J: 0 by
  /// chance, 1 for a perfect match, whether the reference is sparse or dense).
  private static func agreement(
    _ cues: [(start: Double, end: Double)], _ offsets: [Double], _ reference: SpeechIntervals
  ) -> (score: Double, confidence: Double) {
    var (time, met, gaps, silent) = (0.0, 0.0, 0.0, 0.0)
    var reached = -Double.infinity
    for (index, cue) in cues.enumerated() {
      let (start, end) = (cue.start + offsets[index], cue.end + offsets[index])
      if index > 0 && offsets[index] != offsets[index - 1] { reached = -Double.infinity }
      if reached.isFinite && start > reached {
        gaps += start - reached
        silent += start - reached - reference.overlap(reached, start)
      }
      guard end > start else { continue }
      time += end - start
      met += reference.overlap(start, end)
      reached = max(reached, end)
    }
    let score = time > 0 ? met / time : 0
    if gaps > 0 { return (score, score + silent / gaps - 1) }
    let chance = reference.span > 0 ? reference.covered / reference.span : 1
    return (score, chance < 1 ? (score - chance) / (1 - chance) : 0)
  }
}

/// What `TrackSync` found: how the input's times map onto the reference's.
public struct SyncFit: Sendable, Hashable {
  /// A stretch of the input that moves by one offset.
  public struct Piece: Sendable, Hashable {
    /// The input time it starts at (zero for the first).
    public var from: MediaTime
    /// What is added to each time once scaled.
    public var offset: MediaTime

    /// The piece from `from` (input time) on, moved by `offset` milliseconds.
    init(from: MediaTime, offset: Double) {
      self.from = from
      self.offset = MediaTime(milliseconds: Int64(offset))
    }
  }

  /// What every time is multiplied by first (1 when the frame rate did not change).
  public var scale: Fraction
  /// The pieces in time order: one, plus one for each split.
  public var pieces: [Piece]
  /// The share of the cues' time that meets the reference after the fit (0…1).
  public var score: Double
  /// How far above chance the fit is (cues on the reference's cues, gaps on its gaps): 0 for what
  /// a random offset gives, 1 for a perfect match.
  public var confidence: Double

  /// The change for a cue starting at `start` (input time): its piece's.
  public func retiming(at start: MediaTime) -> Retiming {
    let piece = pieces.last { $0.from <= start } ?? pieces.first
    return Retiming(scale: scale, offset: Fraction(piece?.offset ?? .zero))
  }
}

extension MediaTime {
  /// The time in milliseconds, as a floating-point number.
  var milliseconds: Double { seconds * 1000 }
}
