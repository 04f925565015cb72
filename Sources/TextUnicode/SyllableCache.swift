/// Pinyin a piece at a time, remembered: ICU's Han-Latin spends some 20 µs on each character, so
/// a long text, or a file of many cues, took seconds.
///
/// Han-Latin reads one ideograph at a time (it has no phrase rules), so a text is the readings of
/// its ideographs and ASCII characters and the transforms of the runs of other characters between
/// them, joined by what ICU writes where two pieces meet (a space between syllables). Each
/// character's reading, each short run and each kind of meeting is asked of ICU once and then
/// looked up; every ideograph that has a reading meets its neighbours alike, as does every one
/// beyond the Basic Multilingual Plane that has none (CJK Extension B text, a piece of a run each,
/// missed the table every time: 4.9 MB took 17 s). Where pieces are cut and what each side of a
/// meeting carries (a combining mark goes with its letter, as ICU reads it) is `PinyinPieces`. The
/// tests hold the result to one ICU call on the film's transcripts, on random text of every kind
/// of character, on astral ideographs and on long runs of letters, marks and emoji.
final class SyllableCache {
  private unowned let transliterator: Transliterator
  private var readings: [UInt32: [UInt16]] = [:]
  private var runs: [[UInt16]: [UInt16]] = [:]
  private var junctions: [Junction: [UInt16]] = [:]

  /// The character at one side of a meeting, and what it meets its neighbours as.
  private struct Edge {
    var units: [UInt16]
    var kind: Kind

    /// The side `units` of a piece that is a reading, an ideograph beyond the Basic Multilingual
    /// Plane without one, or neither.
    init(_ units: [UInt16], isReading: Bool, isAstralIdeograph: Bool) {
      self.units = units
      kind = isReading ? .reading : isAstralIdeograph ? .astralIdeograph : .character(units)
    }
  }

  /// How a character meets its neighbours: an ideograph that has a reading stands for them all, as
  /// one beyond the Basic Multilingual Plane that has none (most of them) stands for those; any
  /// other character for itself.
  private enum Kind: Hashable {
    case reading
    case astralIdeograph
    case character([UInt16])
  }

  private struct Junction: Hashable {
    var left: Kind
    var right: Kind
  }

  /// The longest run remembered; a longer run is cut into pieces of about this length, each
  /// remembered like a short run and joined as ideographs are: Han-Latin's time grows with a
  /// stretch of like characters (one 1,024-unit piece of a repeated letter took 6 ms, of a
  /// combining mark 25 ms), and a long run of one pattern then costs its first pieces only.
  private static let longestRememberedRun = 64
  /// The most runs, or meetings, remembered at once.
  private static let largestTable = 50_000

  init(_ transliterator: Transliterator) {
    self.transliterator = transliterator
  }

  /// `units` transformed, as one ICU call would; nil when ICU fails.
  func transform(_ units: [UInt16]) -> [UInt16]? {
    var result: [UInt16] = []
    result.reserveCapacity(units.count * 4)
    var start = 0
    var previous: Edge?
    var base: Int?  // where the last character before `start` that is not a combining mark begins
    while start < units.count {
      let single = PinyinPieces.singleLength(units, at: start)
      var end = start + max(single, 1)
      let longest = start + Self.longestRememberedRun
      // Marks whose letter an earlier piece holds are a piece of their own: ICU reads what follows
      // them as it follows that letter.
      let marksOnly = PinyinPieces.isMark(units[start])
      while single == 0 && end < units.count && end <= longest && PinyinPieces.singleLength(units, at: end) == 0
        && !(marksOnly && !PinyinPieces.isMark(units[end]))
      {
        end += 1
      }
      if end > longest { end = PinyinPieces.pieceEnd(in: units, from: start, length: Self.longestRememberedRun) }
      let character = units[start..<end]
      guard let piece = single > 0 ? reading(character) : run(character) else { return nil }
      let isReading = single > 0 && units[start] >= 0x80 && !piece.elementsEqual(character)
      if let previous {
        let first = PinyinPieces.side(of: units, startingAt: start, withMarks: !isReading)
        result += junction(previous, Edge(first, isReading: isReading, isAstralIdeograph: single == 2))
      }
      result += piece
      if let last = units[start..<end].lastIndex(where: PinyinPieces.isBase) { base = last }
      let ending = PinyinPieces.side(of: units, endingAt: end, base: base)
      previous = Edge(ending, isReading: isReading, isAstralIdeograph: single == 2)
      start = end
    }
    return result
  }

  /// The transform of one ideograph or ASCII character (one or two units), remembered.
  private func reading(_ character: ArraySlice<UInt16>) -> [UInt16]? {
    let key = character.reduce(UInt32(0)) { $0 << 16 | UInt32($1) }
    if let known = readings[key] { return known }
    let reading = transliterator.transformOnce(character)
    readings[key] = reading  // at most one for each of some 100,000 ideographs and 128 ASCII characters
    return reading
  }

  /// A run of characters that are neither ideographs nor ASCII, or a piece of a long one, remembered.
  private func run(_ units: ArraySlice<UInt16>) -> [UInt16]? {
    let key = Array(units)
    if let known = runs[key] { return known }
    let transformed = transliterator.transformOnce(units)
    remember(transformed, for: key, in: &runs)
    return transformed
  }

  /// What ICU writes between `left` and `right` beyond each one's own transform.
  private func junction(_ left: Edge, _ right: Edge) -> [UInt16] {
    let key = Junction(left: left.kind, right: right.kind)
    if let known = junctions[key] { return known }
    let between = transliterator.between(left.units[...], right.units[...])
    remember(between, for: key, in: &junctions)
    return between
  }

  /// Stores `value`, first forgetting everything when the table is full (bounded memory on a file
  /// of endless variety).
  private func remember<Key>(_ value: [UInt16]?, for key: Key, in table: inout [Key: [UInt16]]) {
    if table.count >= Self.largestTable { table.removeAll(keepingCapacity: true) }
    table[key] = value
  }
}
