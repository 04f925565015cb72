internal import CICU
import SubtitleTimeline

/// An ICU transform, such as `Hans-Hant` (Simplified to Traditional), `Hant-Hans`, or `Han-Latin`
/// (Han to tone-marked pinyin).
public final class Transliterator {
  private let transliterator: UnsafeMutablePointer<UTransliterator?>
  /// The transform's ICU identifier.
  public let id: String
  /// Remembered readings, for the transforms that read one character at a time.
  private lazy var syllables: SyllableCache? = id == "Han-Latin" ? SyllableCache(self) : nil

  /// Opens the transform `id`; nil when ICU has none by that name.
  public init?(_ id: String) {
    let units = Array(id.utf16)
    var status = U_ZERO_ERROR
    guard let opened = subkit_utrans_openU(units, Int32(units.count), UTRANS_FORWARD, &status),
      status.rawValue <= U_ZERO_ERROR.rawValue
    else { return nil }
    transliterator = opened
    self.id = id
  }

  deinit {
    subkit_utrans_close(transliterator)
  }

  /// Simplified Chinese to Traditional.
  public static func toTraditional() -> Transliterator? { Transliterator("Hans-Hant") }
  /// Traditional Chinese to Simplified.
  public static func toSimplified() -> Transliterator? { Transliterator("Hant-Hans") }
  /// Han characters to pinyin with tone marks (`回家` → `huí jiā`).
  public static func toPinyin() -> Transliterator? { Transliterator("Han-Latin") }

  /// `text` transformed.
  ///
  /// A long text goes to ICU in pieces of about `pieceLength` UTF-16 units: ICU replaces in place,
  /// moving the rest of the buffer at every change, so one long text would take quadratic time.
  /// Pieces end after a character that is not a Han ideograph where there is one; where two
  /// pieces meet, what ICU writes between the two characters (pinyin's space between syllables)
  /// is written between them. Only a run of ideographs longer than a piece is cut inside, where a
  /// phrase rule spanning the cut could read differently.
  ///
  /// Pinyin (`Han-Latin`, which reads one ideograph at a time) is put together from remembered
  /// readings instead (`SyllableCache`), unless `remembering` is false.
  public func transform(_ text: String, pieceLength: Int = 1024, remembering: Bool = true) -> String {
    let units = Array(text.utf16)
    let transformed = remembering && syllables != nil ? syllables?.transform(units) : inPieces(units, pieceLength)
    return transformed.map { String(decoding: $0, as: UTF16.self) } ?? text
  }

  /// `units` transformed in pieces of about `pieceLength` units (see `transform(_:pieceLength:remembering:)`).
  func inPieces(_ units: [UInt16], _ pieceLength: Int = 1024) -> [UInt16]? {
    guard units.count > pieceLength else { return transformOnce(units[...]) }
    var result: [UInt16] = []
    result.reserveCapacity(units.count * 4)
    var start = 0
    while start < units.count {
      let end = Self.pieceEnd(in: units, from: start, length: max(pieceLength, 2))
      if start > 0 {
        let before = UTF16.isTrailSurrogate(units[start - 1]) && start >= 2 ? start - 2 : start - 1
        let after = UTF16.isLeadSurrogate(units[start]) && start + 1 < units.count ? start + 2 : start + 1
        result += between(units[before..<start], units[start..<after])
      }
      guard let piece = transformOnce(units[start..<end]) else { return nil }
      result += piece
      start = end
    }
    return result
  }

  /// Where the piece from `start` ends: after the last character within `length` units that is
  /// not a Han ideograph (phrase rules such as Hans-Hant's join ideographs only), else at `length`
  /// units, moved back off a surrogate pair.
  static func pieceEnd(in units: [UInt16], from start: Int, length: Int) -> Int {
    var end = min(start + length, units.count)
    guard end < units.count else { return end }
    let isHan = { (unit: UInt16) in isIdeograph(unit) || UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) }
    if let other = units[(start + length / 2)..<end].lastIndex(where: { !isHan($0) }) { return other + 1 }
    if UTF16.isTrailSurrogate(units[end]) { end -= 1 }
    return end
  }

  /// What ICU writes between two characters beyond each one's own output (pinyin's space between
  /// syllables); nothing when the two do not transform apart as they do together.
  func between(_ left: ArraySlice<UInt16>, _ right: ArraySlice<UInt16>) -> [UInt16] {
    guard let a = transformOnce(left), let b = transformOnce(right), let both = transformOnce((left + right)[...]),
      both.count >= a.count + b.count, both.starts(with: a), both.reversed().starts(with: b.reversed())
    else { return [] }
    return Array(both[a.count..<(both.count - b.count)])
  }

  /// Whether `unit` is a Han ideograph of the Basic Multilingual Plane.
  static func isIdeograph(_ unit: UInt16) -> Bool {
    (0x3400...0x9FFF).contains(unit) || (0xF900...0xFAFF).contains(unit)
  }

  /// `units` transformed by ICU in one call; nil when ICU fails.
  func transformOnce(_ units: ArraySlice<UInt16>) -> [UInt16]? {
    guard units.count < Int(Int32.max) / 8 else { return nil }  // ICU counts in Int32; room to grow is 4×
    var buffer = Array(units)
    var length = Int32(buffer.count)
    var limit = length
    var status = U_ZERO_ERROR
    buffer.append(contentsOf: repeatElement(0, count: max(16, units.count * 3)))  // room to grow (pinyin is longer)
    buffer.withUnsafeMutableBufferPointer { pointer in
      subkit_utrans_transUChars(transliterator, pointer.baseAddress, &length, Int32(pointer.count), 0, &limit, &status)
    }
    if status == U_BUFFER_OVERFLOW_ERROR {
      buffer = Array(units) + repeatElement(0, count: Int(length) + 16)
      length = Int32(units.count)
      limit = length
      status = U_ZERO_ERROR
      buffer.withUnsafeMutableBufferPointer { pointer in
        subkit_utrans_transUChars(
          transliterator, pointer.baseAddress, &length, Int32(pointer.count), 0, &limit, &status)
      }
    }
    guard status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
    return Array(buffer[0..<Int(length)])
  }
}
