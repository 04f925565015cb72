extension Array where Element == Double {
  /// The values, all inside `range` (none NaN), sorted ascending.
  ///
  /// They are spread into as many buckets of equal width as there are values, then each bucket is
  /// put in order: linear for values spread fairly evenly, as the offset sweep's breakpoints are
  /// (the standard library's merge sort of them was 40 % of `sync`'s time), O(n log n) at worst.
  func sortedNumbers(within range: ClosedRange<Double>) -> [Double] {
    let scale = Double(count) / (range.upperBound - range.lowerBound)
    guard count > 1, scale.isFinite else { return sorted() }
    let last = Double(count - 1)
    func bucket(_ value: Double) -> Int { Int(Swift.min(Swift.max((value - range.lowerBound) * scale, 0), last)) }
    var starts = [Int](repeating: 0, count: count + 1)
    for value in self { starts[bucket(value) + 1] += 1 }
    for index in 1...count { starts[index] += starts[index - 1] }
    var result = [Double](repeating: 0, count: count)
    for value in self {
      let bucket = bucket(value)
      result[starts[bucket]] = value
      starts[bucket] += 1
    }
    // Each bucket now holds its values, the buckets in order, and `starts[b]` is where bucket b
    // ends: insertion puts a small bucket in order; a crowded one (values bunched in a sliver of the
    // range, as far-off cues make them) is sorted whole, so the worst case stays O(n log n).
    var begin = 0
    for end in starts.prefix(count) {
      if end - begin > 16 {
        result[begin..<end].sort()
      } else {
        for index in (begin..<end).dropFirst() {
          let value = result[index]
          var hole = index
          while hole > begin, value < result[hole - 1] {
            result[hole] = result[hole - 1]
            hole -= 1
          }
          result[hole] = value
        }
      }
      begin = end
    }
    return result
  }
}
