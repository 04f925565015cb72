/// Wraps text into as few lines as fit a width, then evens them out: two lines of similar width
/// rather than one long and one short.
public struct BalancedWrap {
  /// The wrapped lines, without spaces (U+0020, U+3000) or tabs at their ends, nor at the start of
  /// a line after a break (one may break after a space and before a tab); the first line keeps its
  /// indent.
  public var lines: [String]
  /// The pieces that are wider than the limit on their own (a single unbreakable word); each was kept whole.
  public var overlong: [String]

  /// Wraps `text` to at most `maxColumns` a line, measured by `width`, broken where `breaker` allows;
  /// text that needs more than `maxLines` lines is filled line by line, not balanced.
  public init(_ text: String, maxColumns: Int, maxLines: Int = 2, breaker: LineBreaker, width: DisplayWidth) {
    let pieces = breaker.pieces(of: text)
    let trimmed = pieces.map(Self.trimmingTrailingSpaces)
    let inner = trimmed.map(width.columns(of:))
    let outer = pieces.map(width.columns(of:))
    overlong = zip(trimmed, inner).filter { $0.1 > maxColumns }.map(\.0)
    let greedy = Self.greedyEnds(inner: inner, outer: outer, maxColumns: maxColumns)  // the fewest lines
    let ends =
      greedy.count > maxLines
      ? greedy : Self.balancedEnds(inner: inner, outer: outer, lines: greedy.count, maxColumns: maxColumns)
    var start = 0
    lines = ends.map { end in
      defer { start = end }
      let line = Self.trimmingTrailingSpaces(pieces[start..<end].joined())
      return start == 0 ? line : String(line.drop(while: Self.isSpace))
    }
  }

  /// The piece index each line ends before, choosing among wraps into `lines` lines the one whose
  /// widest line is narrowest, then, among those, the one with the most even widths.
  private static func balancedEnds(inner: [Int], outer: [Int], lines: Int, maxColumns: Int) -> [Int] {
    guard lines > 1 else { return inner.isEmpty ? [] : [inner.count] }
    var search = LineSearch(inner: inner, outer: outer, maxColumns: maxColumns)
    guard let narrowest = search.best(lines: lines, limit: maxColumns, adding: max),
      let evenest = search.best(lines: lines, limit: narrowest.score, adding: { $0 + $1 * $1 })
    else { return greedyEnds(inner: inner, outer: outer, maxColumns: maxColumns) }
    return evenest.ends
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

  /// Whether `character` is a space or tab that a line does not end (or, after a break, start) with.
  private static func isSpace(_ character: Character) -> Bool {
    character == " " || character == "\u{3000}" || character == "\t"
  }

  /// `text` without the spaces and tabs at its end.
  private static func trimmingTrailingSpaces<S: StringProtocol>(_ text: S) -> String {
    var text = Substring(text)
    while let last = text.last, isSpace(last) { text.removeLast() }
    return String(text)
  }
}

/// Finds the wrap into a given number of lines that scores best, by dynamic programming over
/// where each line ends.
private struct LineSearch {
  /// How many candidate lines may be weighed before the search gives up (for the greedy fill):
  /// the work grows with lines × pieces × pieces a line, and text that long does not fit anyway.
  private var budget = 2_000_000
  private let inner: [Int]
  private var before = [0]  // before[i]: columns of pieces 0..<i with their trailing spaces
  private let maxColumns: Int

  init(inner: [Int], outer: [Int], maxColumns: Int) {
    self.inner = inner
    self.maxColumns = maxColumns
    for columns in outer { before.append(before[before.count - 1] + columns) }
  }

  /// Columns of pieces `start..<end` on one line: the last piece's trailing spaces do not count,
  /// and a piece too wide on its own counts as the limit.
  private func columns(_ start: Int, _ end: Int) -> Int? {
    let columns = before[end - 1] - before[start] + inner[end - 1]
    return columns <= maxColumns ? columns : end - start == 1 ? maxColumns : nil
  }

  /// The wrap into `lines` lines, each at most `limit` columns, with the lowest score, a line's
  /// columns folded into the score of the lines before it by `adding`; nil when none or out of budget.
  mutating func best(lines: Int, limit: Int, adding: (Int, Int) -> Int) -> (score: Int, ends: [Int])? {
    let count = inner.count
    // best[k][end]: the score of setting pieces 0..<end on k + 1 lines, and where the last line starts.
    var best = [[(score: Int, start: Int)?]](repeating: Array(repeating: nil, count: count + 1), count: lines)
    for end in 1...count {
      guard let columns = columns(0, end), columns <= limit else { break }
      best[0][end] = (adding(0, columns), 0)
    }
    for line in 1..<lines {
      for end in (line + 1)...count {
        var start = end - 1  // lines widen as they start earlier: walk back while one fits
        while start >= line, let columns = columns(start, end), columns <= limit {
          budget -= 1
          if budget == 0 { return nil }
          if let previous = best[line - 1][start] {
            let score = adding(previous.score, columns)
            if best[line][end].map({ $0.score > score }) ?? true { best[line][end] = (score, start) }
          }
          start -= 1
        }
      }
    }
    guard let last = best[lines - 1][count] else { return nil }
    var ends = [count]
    var end = count
    for line in stride(from: lines - 1, through: 1, by: -1) {
      guard let step = best[line][end] else { return nil }
      end = step.start
      ends.append(end)
    }
    return (last.score, ends.reversed())
  }
}
