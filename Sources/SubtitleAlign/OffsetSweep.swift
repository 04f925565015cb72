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
    // Where the slope rises by one, and where it falls by one, inside the range: two arrays of
    // plain numbers sort several times faster than one of pairs, and the sweep takes them in
    // order. A change before the range only adds to the value and slope the sweep starts with;
    // one past it changes nothing the sweep sees.
    var rises: [Double] = []
    var falls: [Double] = []
    var (value, slope) = (0.0, 0.0)
    func add(_ at: Double, _ step: Double, to changes: inout [Double]) {
      if at <= range.lowerBound {
        slope += step
        value += step * (range.lowerBound - at)
      } else if at < range.upperBound {
        changes.append(at)
      }
    }
    for (start, end) in intervals where end > start {
      var index = firstEnding(after: start + range.lowerBound)
      while index < count, starts[index] < end + range.upperBound {
        let (c, e) = (starts[index], ends[index])
        add(c - end, 1, to: &rises)
        add(e - start, 1, to: &rises)
        add(min(c - start, e - end), -1, to: &falls)
        add(max(c - start, e - end), -1, to: &falls)
        index += 1
      }
    }
    var changes = SlopeChanges(rises: rises.sortedNumbers(within: range), falls: falls.sortedNumbers(within: range))
    var change = changes.next()
    var position = range.lowerBound
    var best = (value: -1.0, from: range.lowerBound, to: range.lowerBound)
    var last = -Double.infinity
    /// Moves along the current slope to `point`, and keeps it if it is (on) the best so far.
    func reach(_ point: Double) {
      value += slope * (point - position)
      position = point
      if value > best.value + 1e-6 {
        best = (value, point, point)
      } else if value >= best.value - 1e-6 && best.to == last {
        best.to = point
      }
      last = point
    }
    reach(range.lowerBound)
    while let (at, step) = change {
      reach(at)
      slope += step
      change = changes.next()
    }
    reach(range.upperBound)
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
