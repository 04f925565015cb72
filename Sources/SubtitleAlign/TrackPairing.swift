import SubtitleTimeline

/// Which cues of two tracks of the same film belong together: an optimal pairing by time overlap.
///
/// The two tracks are time-ordered sequences; a dynamic program walks both at once and at each
/// step takes a group of 1–3 cues of one and 0–3 of the other (1–1, 1–2, 2–1, 1–3, 3–1, 2–2, and
/// 1–0, 0–1 for a cue left alone). A group scores `6·I − T − P·(cues − 2)`: `I` the time its cues
/// of one track overlap its cues of the other, `T` their total duration, `P` a second for each cue
/// past a pair; a cue left alone scores 0. So a pair must overlap over more than a third of its
/// time to be worth making, and a third cue joins a group only when it overlaps it well. The
/// best total is found exactly.
///
/// A cue that overlaps nothing of the other track can only stand alone, so the walk moves past it
/// at once: only where cues overlap does it branch, and the work grows with the number of cues
/// times the few groups tried at each, not with the product of the two lengths. Tracks whose cues
/// nearly all overlap one another (every cue at one instant) would make it the product: such a
/// pair is refused instead, before the walk when its cues overlap `overlapsPerCue` others on
/// average, during it past `statesPerCue` states a cue.
public struct TrackPairing: Sendable {
  /// One group: the positions of its cues in each track (either may be empty, not both).
  public struct Group: Sendable, Hashable {
    /// Positions in the first track, ascending.
    public var first: Range<Int>
    /// Positions in the second track, ascending.
    public var second: Range<Int>
  }

  /// The groups in time order, covering every cue of both tracks once.
  public let groups: [Group]

  /// The group shapes tried where cues overlap: cues taken from the first track, then the second.
  static let shapes: [(Int, Int)] = [(1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2), (1, 0), (0, 1)]

  /// The shapes of a cue of either track left alone.
  private static let firstAlone = shapes.firstIndex { $0 == (1, 0) } ?? 0
  private static let secondAlone = shapes.firstIndex { $0 == (0, 1) } ?? 0

  /// The states a pairing may visit a cue: far more than tracks of one film need.
  public static let statesPerCue = 64

  /// The best pairing of `first` and `second`, each in time order; nil when their cues overlap
  /// one another so much that pairing them would cost out of proportion (see the type's notes).
  public init?(_ first: [Cue], _ second: [Cue]) {
    let a = first.map(Span.init)
    let b = second.map(Span.init)
    // Refused before the walk when the tracks overlap too much: the walk would only find out slowly.
    guard Self.overlappingPairs(a, b) <= Self.overlapsPerCue * (a.count + b.count) else { return nil }
    // best[key(i, j)]: the best score of pairing a[..<i] with b[..<j], and the shape of the group
    // that ends there (-1 at the start): 32 bytes a state, as a long track visits millions.
    var best: [Int: (score: Int128, shape: Int8)] = [Self.key(0, 0): (0, -1)]
    var frontier = [Self.key(0, 0)]
    var index = 0
    // States in order of i + j: every move takes at least one cue, so a state's score is final
    // once all states with a smaller sum are done.
    var pending: [Int: [Int]] = [:]
    while index < frontier.count || !pending.isEmpty {
      if index == frontier.count {
        let next = pending.keys.min() ?? 0
        frontier = pending.removeValue(forKey: next) ?? []
        index = 0
        continue
      }
      let state = frontier[index]
      index += 1
      guard best.count <= Self.statesPerCue * (a.count + b.count + 1) else { return nil }
      guard let score = best[state]?.score else { continue }
      let (i, j) = (state >> 32, state & 0xFFFF_FFFF)
      for shape in Self.moves(i, j, a, b) {
        let (toI, toJ) = (i + Self.shapes[shape].0, j + Self.shapes[shape].1)
        guard toI <= a.count, toJ <= b.count else { continue }
        let target = Self.key(toI, toJ)
        let candidate = score + Self.score(a[i..<toI], b[j..<toJ])
        if let known = best[target], known.score >= candidate { continue }
        if best[target] == nil { pending[toI + toJ, default: []].append(target) }
        best[target] = (candidate, Int8(shape))
      }
    }
    var groups: [Group] = []
    var (i, j) = (a.count, b.count)
    while let shape = best[Self.key(i, j)]?.shape, shape >= 0 {
      let (fromI, fromJ) = (i - Self.shapes[Int(shape)].0, j - Self.shapes[Int(shape)].1)
      groups.append(Group(first: fromI..<i, second: fromJ..<j))
      (i, j) = (fromI, fromJ)
    }
    self.groups = groups.reversed()
  }

  /// A state's key: how many cues of each track are paired so far, in one integer.
  private static func key(_ i: Int, _ j: Int) -> Int { i << 32 | j }

  /// The shapes (indices into `shapes`) that can be taken from a state: only a cue alone where the
  /// next cues of the two tracks do not overlap (the earlier one can pair with nothing later),
  /// every shape where they do.
  private static func moves(_ i: Int, _ j: Int, _ a: [Span], _ b: [Span]) -> Range<Int> {
    let (firstAlone, secondAlone) = (Self.firstAlone, Self.secondAlone)
    guard i < a.count || j < b.count else { return 0..<0 }
    guard i < a.count else { return secondAlone..<secondAlone + 1 }
    guard j < b.count else { return firstAlone..<firstAlone + 1 }
    if a[i].end <= b[j].start { return firstAlone..<firstAlone + 1 }
    if b[j].end <= a[i].start { return secondAlone..<secondAlone + 1 }
    return shapes.indices
  }

  /// The overlaps a cue may have with the other track's cues, on average, for a pairing to be tried.
  static let overlapsPerCue = 8

  /// How many cues of `a` and `b` overlap: for each cue of `a`, the cues of `b` that start before it
  /// ends, less those that end before it starts (two sorted lists and binary searches).
  static func overlappingPairs(_ a: [Span], _ b: [Span]) -> Int {
    let starts = b.map(\.start).sorted()
    let ends = b.map(\.end).sorted()
    // A cue of no length is subtracted once too often for each of no length at the same instant.
    return a.reduce(0) { count, x in count + max(starts.count(below: x.end) - ends.count(below: x.start + 1), 0) }
  }

  /// A group's score, in milliseconds: `6·I − T − P·(cues − 2)`, or 0 for a cue alone.
  ///
  /// In 128 bits, as the totals are: a file's times may be anything up to the largest media
  /// time, and six times an overlap of those would not fit 64 bits.
  static func score(_ a: ArraySlice<Span>, _ b: ArraySlice<Span>) -> Int128 {
    guard !a.isEmpty && !b.isEmpty else { return 0 }
    var overlap: Int128 = 0
    for x in a { for y in b { overlap += max(0, min(x.end, y.end) - max(x.start, y.start)) } }
    let total = a.reduce(0) { $0 + $1.duration } + b.reduce(0) { $0 + $1.duration }
    return 6 * overlap - total - extraCuePenalty * Int128(a.count + b.count - 2)
  }

  /// What each cue past a pair costs a group, in milliseconds: more than two neighbouring pairs
  /// gain by being one group when jitter makes them overlap a little (6 × 150 ms), less than a
  /// cue of a second gains by joining the cue it was split from.
  static let extraCuePenalty: Int128 = 1000

  /// A cue's time, in milliseconds.
  struct Span {
    let start: Int128
    let end: Int128
    var duration: Int128 { end - start }

    init(_ cue: Cue) {
      start = Int128(cue.start.roundedMilliseconds)
      end = max(Int128(cue.end.roundedMilliseconds), start)
    }
  }
}

extension [Int128] {
  /// How many elements of this ascending array are below `value` (a binary search).
  fileprivate func count(below value: Int128) -> Int {
    var (low, high) = (0, count)
    while low < high {
      let middle = (low + high) / 2
      if self[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
