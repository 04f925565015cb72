/// Where a track has something to read, as sorted disjoint intervals in milliseconds: the union of
/// its cues (or, for audio, of the stretches where someone speaks).
struct SpeechIntervals: Sendable {
  /// The intervals' starts, ascending.
  private(set) var starts: [Double] = []
  /// The intervals' ends, ascending (the intervals are disjoint).
  private(set) var ends: [Double] = []

  /// The union of `intervals`; empty and reversed ones are left out.
  init(_ intervals: [(start: Double, end: Double)]) {
    for (start, end) in intervals.filter({ $0.end > $0.start }).sorted(by: { $0.start < $1.start }) {
      if let last = ends.last, start <= last {
        ends[ends.count - 1] = max(last, end)
      } else {
        starts.append(start)
        ends.append(end)
      }
    }
  }

  /// How many disjoint intervals there are.
  var count: Int { starts.count }

  /// The time the intervals cover.
  var covered: Double { zip(starts, ends).reduce(0) { $0 + $1.1 - $1.0 } }

  /// From the first start to the last end; zero when empty.
  var span: Double { (ends.last ?? 0) - (starts.first ?? 0) }

  /// The position of the first interval ending after `time`.
  func firstEnding(after time: Double) -> Int {
    var (low, high) = (0, ends.count)
    while low < high {
      let middle = (low + high) / 2
      if ends[middle] > time { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// How much of `start..<end` the intervals cover.
  func overlap(_ start: Double, _ end: Double) -> Double {
    var index = firstEnding(after: start)
    var total = 0.0
    while index < starts.count, starts[index] < end {
      total += min(end, ends[index]) - max(start, starts[index])
      index += 1
    }
    return total
  }

  /// The intervals as a grid of `bin`-millisecond cells from `origin`: each cell holds the share
  /// of it that is covered (0…1); `cells` long, the rest cut off.
  func raster(origin: Double, bin: Double, cells: Int) -> [Double] {
    var grid = [Double](repeating: 0, count: cells)
    for (start, end) in zip(starts, ends) {
      let (first, last) = ((start - origin) / bin, (end - origin) / bin)
      var cell = max(Int(first.rounded(.down)), 0)
      while cell < cells, Double(cell) < last {
        grid[cell] += min(last, Double(cell + 1)) - max(first, Double(cell))
        cell += 1
      }
    }
    return grid
  }
}
