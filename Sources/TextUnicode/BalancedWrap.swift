/// Wraps text into as few lines as fit a width, then evens them out: two lines of similar width
/// rather than one long and one short.
public struct BalancedWrap {
  /// The wrapped lines, without the spaces at their ends.
  public var lines: [String]
  /// The pieces that are wider than the limit on their own (a single unbreakable word); each was kept whole.
  public var overlong: [String]

  /// Wraps `text` to at most `maxColumns` a line, measured by `width`, broken where `breaker` allows;
  /// text that needs more than `maxLines` lines is filled line by line, not balanced.
  public init(_ text: String, maxColumns: Int, maxLines: Int = 2, breaker: LineBreaker, width: DisplayWidth) {
    let pieces = breaker.pieces(of: text)
    let inner = pieces.map { width.columns(of: Self.trimmingTrailingSpaces($0)) }
    let outer = pieces.map { width.columns(of: $0) }
    overlong = zip(pieces, inner).filter { $0.1 > maxColumns }.map { Self.trimmingTrailingSpaces($0.0) }
    let greedy = Self.greedyEnds(inner: inner, outer: outer, maxColumns: maxColumns)  // the fewest lines
    let ends =
      greedy.count > maxLines
      ? greedy : Self.balancedEnds(inner: inner, outer: outer, lines: greedy.count, maxColumns: maxColumns)
    var start = 0
    lines = ends.map { end in
      defer { start = end }
      return Self.trimmingTrailingSpaces(pieces[start..<end].joined())
    }
  }

  /// How many candidate lines balancing may weigh before it gives up for the greedy fill: the
  /// search grows with lines × pieces × pieces a line, and text that long does not fit anyway.
  private static let balancingBudget = 2_000_000

  /// The piece index each line ends before, choosing among wraps into `lines` lines the one whose
  /// widest line is narrowest, then the one with the most even widths.
  private static func balancedEnds(inner: [Int], outer: [Int], lines: Int, maxColumns: Int) -> [Int] {
    let count = inner.count
    guard lines > 1 else { return count == 0 ? [] : [count] }
    var budget = balancingBudget
    var before = [0]  // before[i]: columns of pieces 0..<i with their trailing spaces
    for columns in outer { before.append(before[before.count - 1] + columns) }
    /// Columns of pieces `start..<end` on one line: the last piece's trailing spaces do not count.
    func width(_ start: Int, _ end: Int) -> Int { before[end - 1] - before[start] + inner[end - 1] }
    typealias Best = (widest: Int, squares: Int, previous: Int)
    // best[k][end]: the best way to set pieces 0..<end on k + 1 lines.
    var best = [[Best?]](repeating: [Best?](repeating: nil, count: count + 1), count: lines)
    for end in 1...count where width(0, end) <= maxColumns || end == 1 {
      let columns = min(width(0, end), maxColumns)
      best[0][end] = (columns, columns * columns, 0)
    }
    for line in 1..<lines {
      for end in (line + 1)...count {
        // Lines widen as they start earlier: walk back from the one-piece line while it fits.
        var start = end - 1
        while start >= line {
          budget -= 1
          if budget == 0 { return greedyEnds(inner: inner, outer: outer, maxColumns: maxColumns) }
          let columns = width(start, end)
          guard columns <= maxColumns || start == end - 1 else { break }
          let limited = min(columns, maxColumns)  // an overlong piece alone costs the limit
          if let previous = best[line - 1][start] {
            let candidate: Best = (max(previous.widest, limited), previous.squares + limited * limited, start)
            if best[line][end].map({ ($0.widest, $0.squares) > (candidate.widest, candidate.squares) }) ?? true {
              best[line][end] = candidate
            }
          }
          start -= 1
        }
      }
    }
    var ends: [Int] = []
    var end = count
    for line in stride(from: lines - 1, through: 0, by: -1) {
      guard let step = best[line][end] else { return greedyEnds(inner: inner, outer: outer, maxColumns: maxColumns) }
      ends.append(end)
      end = step.previous
    }
    return ends.reversed()
  }

  /// Line ends by filling each line as full as it goes.
  private static func greedyEnds(inner: [Int], outer: [Int], maxColumns: Int) -> [Int] {
    var ends: [Int] = []
    var used = 0
    for index in inner.indices {
      if used > 0 && used + inner[index] > maxColumns {
        ends.append(index)
        used = 0
      }
      used += outer[index]
    }
    return inner.isEmpty ? [] : ends + [inner.count]
  }

  private static func trimmingTrailingSpaces<S: StringProtocol>(_ text: S) -> String {
    var text = Substring(text)
    while let last = text.last, last == " " || last == "\u{3000}" || last == "\t" { text.removeLast() }
    return String(text)
  }
}
