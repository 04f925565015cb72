internal import CICU

/// Where `SyllableCache` cuts a text into pieces, and what each side of a meeting of two pieces is
/// as ICU reads it: a combining mark stays with its base letter, which ICU reads it with.
enum PinyinPieces {
  /// The most combining marks carried with a character to one side of a meeting.
  static let markContext = 32

  /// How many units the character at `index` takes when it is a piece by itself: an ideograph (of
  /// any plane: one beyond the Basic Multilingual Plane is two) or ASCII, not followed by a
  /// combining mark; 0 when it is not one. (ICU's Han-Latin spends some 12 µs on each Latin letter,
  /// its rules being indexed by a code unit's low byte, which letters share with many sets of
  /// ideographs; ASCII read one character at a time is asked of ICU once for each character and
  /// each meeting.)
  static func singleLength(_ units: [UInt16], at index: Int) -> Int {
    let unit = units[index]
    let length =
      unit < 0x80 || Transliterator.isIdeograph(unit)
      ? 1
      : index + 1 < units.count && isAstralIdeograph(unit, units[index + 1]) ? 2 : 0
    return length > 0 && !(index + length < units.count && isMark(units[index + length])) ? length : 0
  }

  /// Whether `lead` and `trail` are an ideograph of the Supplementary or Tertiary Ideographic Plane
  /// (U+20000–U+3FFFF: CJK Extensions B to H) as the system's ICU knows it: a code point its Unicode
  /// version has not assigned meets its neighbours as no ideograph does.
  static func isAstralIdeograph(_ lead: UInt16, _ trail: UInt16) -> Bool {
    guard (0xD840...0xD8BF).contains(lead), UTF16.isTrailSurrogate(trail) else { return false }
    let scalar = 0x10000 + (Int32(lead) - 0xD800) << 10 + (Int32(trail) - 0xDC00)
    return subkit_u_hasBinaryProperty(scalar, UCHAR_IDEOGRAPHIC) != 0
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
