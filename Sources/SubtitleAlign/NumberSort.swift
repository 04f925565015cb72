extension Array where Element == Double {
  /// The values, all inside `range` (none NaN), sorted ascending.
  ///
  /// They are spread into as many buckets of equal width as there are values, then each bucket is
  /// put in order by insertion: linear for values spread fairly evenly, as the offset sweep's
  /// breakpoints are (the standard library's merge sort of them was 40 % of `sync`'s time).
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
    // Each value is now in its bucket, the buckets in order: insertion moves it only within its own.
    for index in result.indices.dropFirst() {
      let value = result[index]
      var hole = index
      while hole > 0, value < result[hole - 1] {
        result[hole] = result[hole - 1]
        hole -= 1
      }
      result[hole] = value
    }
    return result
  }
}
