/// Pinyin a piece at a time, remembered: ICU's Han-Latin spends some 20 µs on each character, so
/// a long text, or a file of many cues, took seconds.
///
/// Han-Latin reads one ideograph at a time (it has no phrase rules), so a text is the readings of
/// its ideographs and the transforms of the runs between them, joined by what ICU writes where two
/// pieces meet (a space between syllables). Each ideograph's reading, each short run and each
/// kind of meeting is asked of ICU once and then looked up; every ideograph that has a reading
/// meets its neighbours alike. The tests hold the result to one ICU call on the film's transcripts.
final class SyllableCache {
  private unowned let transliterator: Transliterator
  private var readings: [UInt16: [UInt16]] = [:]
  private var runs: [[UInt16]: [UInt16]] = [:]
  private var junctions: [Junction: [UInt16]] = [:]

  /// The character at one side of a meeting; an ideograph that has a reading stands for them all.
  private struct Edge: Hashable {
    var units: [UInt16]
    var isReading: Bool
    var key: [UInt16] { isReading ? [] : units }
  }

  private struct Junction: Hashable {
    var left: [UInt16]
    var right: [UInt16]
  }

  /// Runs longer than this are not remembered (a long run seldom comes again).
  private static let longestRememberedRun = 32

  init(_ transliterator: Transliterator) {
    self.transliterator = transliterator
  }

  /// `units` transformed, as one ICU call would; nil when ICU fails.
  func transform(_ units: [UInt16]) -> [UInt16]? {
    var result: [UInt16] = []
    result.reserveCapacity(units.count * 4)
    var start = 0
    var previous: Edge?
    while start < units.count {
      let isIdeograph = Self.isIdeograph(units[start])
      var end = start + 1
      while !isIdeograph && end < units.count && !Self.isIdeograph(units[end]) { end += 1 }
      guard let piece = isIdeograph ? reading(units[start]) : run(units[start..<end]) else { return nil }
      let isReading = isIdeograph && piece != [units[start]]
      if let previous {
        let first = Edge(units: Self.scalar(in: units, startingAt: start), isReading: isReading)
        result += junction(previous, first)
      }
      result += piece
      previous = Edge(units: Self.scalar(in: units, endingAt: end), isReading: isReading)
      start = end
    }
    return result
  }

  private func reading(_ unit: UInt16) -> [UInt16]? {
    if let known = readings[unit] { return known }
    let reading = transliterator.transformOnce([unit][...])
    readings[unit] = reading
    return reading
  }

  private func run(_ units: ArraySlice<UInt16>) -> [UInt16]? {
    guard units.count <= Self.longestRememberedRun else { return transliterator.transformOnce(units) }
    let key = Array(units)
    if let known = runs[key] { return known }
    let transformed = transliterator.transformOnce(units)
    runs[key] = transformed
    return transformed
  }

  /// What ICU writes between `left` and `right` beyond each one's own transform.
  private func junction(_ left: Edge, _ right: Edge) -> [UInt16] {
    let key = Junction(left: left.key, right: right.key)
    if let known = junctions[key] { return known }
    var between: [UInt16] = []
    if let a = transliterator.transformOnce(left.units[...]), let b = transliterator.transformOnce(right.units[...]),
      let both = transliterator.transformOnce((left.units + right.units)[...]),
      both.count >= a.count + b.count, both.starts(with: a), both.reversed().starts(with: b.reversed())
    {
      between = Array(both[a.count..<(both.count - b.count)])
    }
    junctions[key] = between
    return between
  }

  /// The UTF-16 units of the character at `index` (two for a surrogate pair).
  private static func scalar(in units: [UInt16], startingAt index: Int) -> [UInt16] {
    UTF16.isLeadSurrogate(units[index]) && index + 1 < units.count ? [units[index], units[index + 1]] : [units[index]]
  }

  /// The UTF-16 units of the character that ends before `end`.
  private static func scalar(in units: [UInt16], endingAt end: Int) -> [UInt16] {
    UTF16.isTrailSurrogate(units[end - 1]) && end >= 2 ? [units[end - 2], units[end - 1]] : [units[end - 1]]
  }

  /// A Han ideograph of the Basic Multilingual Plane (astral ones go to ICU with the run around them).
  private static func isIdeograph(_ unit: UInt16) -> Bool {
    (0x3400...0x9FFF).contains(unit) || (0xF900...0xFAFF).contains(unit)
  }
}
