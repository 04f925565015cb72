extension SpeechIntervals {
  /// The offset in `range` that makes `intervals` overlap these the most, and that overlap.
  ///
  /// Exact: the overlap of one interval with another is a trapezoid in the offset (rising, flat,
  /// falling), so the total is piecewise linear and its breakpoints, swept in order, hold every
  /// maximum. Where the best is a plateau, its middle is taken. O(P log P) for P pairs of
  /// intervals that can meet within `range`.
  func bestOffset(
    for intervals: ArraySlice<(start: Double, end: Double)>, in range: ClosedRange<Double>
  ) -> (offset: Double, overlap: Double) {
    // Where the slope rises by one, and where it falls by one: two arrays of plain numbers sort
    // several times faster than one of pairs, and the sweep takes them in order.
    var rises: [Double] = []
    var falls: [Double] = []
    for (start, end) in intervals where end > start {
      var index = firstEnding(after: start + range.lowerBound)
      while index < count, starts[index] < end + range.upperBound {
        let (c, e) = (starts[index], ends[index])
        rises.append(c - end)
        rises.append(e - start)
        falls.append(min(c - start, e - end))
        falls.append(max(c - start, e - end))
        index += 1
      }
    }
    rises.sort()
    falls.sort()
    var changes = SlopeChanges(rises: rises, falls: falls)
    var change = changes.next()
    var (value, slope, position) = (0.0, 0.0, change?.at ?? range.lowerBound)
    var best = (value: -1.0, from: range.lowerBound, to: range.lowerBound)
    var last = -Double.infinity
    /// Moves along the current slope to `point`, and keeps it if it is (on) the best so far.
    func reach(_ point: Double, keeping: Bool) {
      value += slope * (point - position)
      position = point
      guard keeping else { return }
      if value > best.value + 1e-6 {
        best = (value, point, point)
      } else if value >= best.value - 1e-6 && best.to == last {
        best.to = point
      }
      last = point
    }
    while let (at, step) = change, at <= range.lowerBound {
      reach(at, keeping: false)
      slope += step
      change = changes.next()
    }
    reach(range.lowerBound, keeping: true)
    while let (at, step) = change, at < range.upperBound {
      reach(at, keeping: true)
      slope += step
      change = changes.next()
    }
    reach(range.upperBound, keeping: true)
    return ((best.from + best.to) / 2, max(best.value, 0))
  }
}

/// The slope's changes in order of where they fall: two sorted arrays, merged as they are read.
private struct SlopeChanges: IteratorProtocol {
  private let rises: [Double]
  private let falls: [Double]
  private var (rise, fall) = (0, 0)

  /// The changes of rises by one at `rises` and falls by one at `falls`, each ascending.
  init(rises: [Double], falls: [Double]) { (self.rises, self.falls) = (rises, falls) }

  /// The next change: where, and by how much.
  mutating func next() -> (at: Double, step: Double)? {
    if rise < rises.count && (fall == falls.count || rises[rise] <= falls[fall]) {
      rise += 1
      return (rises[rise - 1], 1)
    }
    guard fall < falls.count else { return nil }
    fall += 1
    return (falls[fall - 1], -1)
  }
}
