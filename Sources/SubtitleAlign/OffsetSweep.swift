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
    var changes: [(at: Double, slope: Double)] = []
    for (start, end) in intervals where end > start {
      var index = firstEnding(after: start + range.lowerBound)
      while index < count, starts[index] < end + range.upperBound {
        let (c, e) = (starts[index], ends[index])
        let (rise, fall) = (min(c - start, e - end), max(c - start, e - end))
        changes += [(c - end, 1), (rise, -1), (fall, -1), (e - start, 1)]
        index += 1
      }
    }
    changes.sort { $0.at < $1.at }
    var (value, slope, position) = (0.0, 0.0, changes.first?.at ?? range.lowerBound)
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
    var next = changes.startIndex
    while next < changes.endIndex, changes[next].at <= range.lowerBound {
      reach(changes[next].at, keeping: false)
      slope += changes[next].slope
      next += 1
    }
    reach(range.lowerBound, keeping: true)
    while next < changes.endIndex, changes[next].at < range.upperBound {
      reach(changes[next].at, keeping: true)
      slope += changes[next].slope
      next += 1
    }
    reach(range.upperBound, keeping: true)
    return ((best.from + best.to) / 2, max(best.value, 0))
  }
}
