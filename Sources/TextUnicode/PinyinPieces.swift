/// Where `SyllableCache` cuts a text into pieces, and what each side of a meeting of two pieces is
/// as ICU reads it: a combining mark stays with its base letter, which ICU reads it with.
enum PinyinPieces {
  /// The most combining marks carried with a character to one side of a meeting.
  static let markContext = 32

  /// Whether the character at `index` is a piece by itself: an ideograph or ASCII, not followed by
  /// a combining mark. (ICU's Han-Latin spends some 12 µs on each Latin letter, its rules being
  /// indexed by a code unit's low byte, which letters share with many sets of ideographs; ASCII
  /// read one character at a time is asked of ICU once for each character and each meeting.)
  static func isSingle(_ units: [UInt16], at index: Int) -> Bool {
    let unit = units[index]
    return (unit < 0x80 || Transliterator.isIdeograph(unit)) && !(index + 1 < units.count && isMark(units[index + 1]))
  }

  /// Whether `unit` is a combining mark of the Basic Multilingual Plane.
  static func isMark(_ unit: UInt16) -> Bool {
    guard let scalar = Unicode.Scalar(unit) else { return false }  // half of a surrogate pair
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// Whether `unit` begins a character that is no combining mark.
  static func isBase(_ unit: UInt16) -> Bool { !isMark(unit) && !UTF16.isTrailSurrogate(unit) }

  /// Where a long run's piece from `start` ends: before the last character of its second half that
  /// begins a base (a mark stays with its letter), else where `Transliterator.pieceEnd` cuts.
  static func pieceEnd(in units: [UInt16], from start: Int, length: Int) -> Int {
    let end = min(start + length, units.count)
    guard end < units.count else { return end }
    if let cut = stride(from: end, to: start + length / 2, by: -1).first(where: { isBase(units[$0]) }) { return cut }
    return Transliterator.pieceEnd(in: units, from: start, length: length)
  }

  /// The character at `start` (two units for a surrogate pair), with the combining marks after it
  /// when `withMarks`.
  static func side(of units: [UInt16], startingAt start: Int, withMarks: Bool) -> [UInt16] {
    var end = UTF16.isLeadSurrogate(units[start]) && start + 1 < units.count ? start + 2 : start + 1
    let limit = min(units.count, start + markContext)
    while withMarks && end < limit && isMark(units[end]) { end += 1 }
    return Array(units[start..<end])
  }

  /// The character that ends before `end`; where it is a combining mark, its base (the character
  /// at `base`) and the marks before `end` after it, at most `markContext` of them.
  static func side(of units: [UInt16], endingAt end: Int, base: Int?) -> [UInt16] {
    guard isMark(units[end - 1]) else {
      return UTF16.isTrailSurrogate(units[end - 1]) && end >= 2 ? Array(units[(end - 2)..<end]) : [units[end - 1]]
    }
    guard let base else { return Array(units[max(0, end - markContext)..<end]) }  // no letter before the marks
    let baseEnd = UTF16.isLeadSurrogate(units[base]) && base + 1 < units.count ? base + 2 : base + 1
    return Array(units[base..<baseEnd] + units[max(baseEnd, end - markContext)..<end])
  }
}
