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
  /// Pieces end between a Han ideograph and another character where there is one; where two
  /// pieces meet, what ICU writes between the two characters (pinyin's space between syllables)
  /// is written between them. Only a run of ideographs longer than a piece is cut inside, where a
  /// phrase rule spanning the cut could read differently.
  ///
  /// Pinyin (`Han-Latin`, which reads one ideograph at a time) is put together from remembered
  /// readings instead (`SyllableCache`), unless `remembering` is false.
  public func transform(_ text: String, pieceLength: Int = 1024, remembering: Bool = true) -> String {
    let units = Array(text.utf16)
    if remembering, let syllables {
      return syllables.transform(units).map { String(decoding: $0, as: UTF16.self) } ?? text
    }
    guard units.count > pieceLength else {
      return transformOnce(units[...]).map { String(decoding: $0, as: UTF16.self) } ?? text
    }
    var result: [UInt16] = []
    result.reserveCapacity(units.count * 4)
    var start = 0
    while start < units.count {
      let end = Self.pieceEnd(in: units, from: start, length: max(pieceLength, 2))
      if start > 0 { result += junction(units, at: start) }
      guard let piece = transformOnce(units[start..<end]) else { return text }
      result += piece
      start = end
    }
    return String(decoding: result, as: UTF16.self)
  }

  /// Where the piece from `start` ends: after the last character within `length` units that is
  /// not a Han ideograph (phrase rules such as Hans-Hant's join ideographs only), else at `length`
  /// units, moved back off a surrogate pair.
  private static func pieceEnd(in units: [UInt16], from start: Int, length: Int) -> Int {
    var end = min(start + length, units.count)
    guard end < units.count else { return end }
    let isIdeograph = { (unit: UInt16) in
      (0x3400...0x9FFF).contains(unit) || (0xF900...0xFAFF).contains(unit) || UTF16.isLeadSurrogate(unit)
        || UTF16.isTrailSurrogate(unit)
    }
    if let other = units[(start + length / 2)..<end].lastIndex(where: { !isIdeograph($0) }) { return other + 1 }
    if UTF16.isTrailSurrogate(units[end]) { end -= 1 }
    return end
  }

  /// What ICU writes between the characters either side of `index` beyond each one's own output.
  private func junction(_ units: [UInt16], at index: Int) -> [UInt16] {
    let before = UTF16.isTrailSurrogate(units[index - 1]) && index >= 2 ? index - 2 : index - 1
    let after = UTF16.isLeadSurrogate(units[index]) && index + 1 < units.count ? index + 2 : index + 1
    guard let left = transformOnce(units[before..<index]), let right = transformOnce(units[index..<after]),
      let both = transformOnce(units[before..<after]),
      both.count >= left.count + right.count, both.starts(with: left), both.reversed().starts(with: right.reversed())
    else { return [] }
    return Array(both[left.count..<(both.count - right.count)])
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
