internal import CICU
import SubtitleTimeline

/// An ICU transform, such as `Hans-Hant` (Simplified to Traditional), `Hant-Hans`, or `Han-Latin`
/// (Han to tone-marked pinyin).
public final class Transliterator {
  private let transliterator: UnsafeMutablePointer<UTransliterator?>
  /// The transform's ICU identifier.
  public let id: String

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
  public func transform(_ text: String) -> String {
    var units = Array(text.utf16)
    guard units.count < Int(Int32.max) / 8 else { return text }  // ICU counts in Int32; room to grow is 4×
    var length = Int32(units.count)
    var limit = length
    var status = U_ZERO_ERROR
    units.append(contentsOf: repeatElement(0, count: max(16, units.count * 3)))  // room to grow (pinyin is longer)
    units.withUnsafeMutableBufferPointer { buffer in
      subkit_utrans_transUChars(transliterator, buffer.baseAddress, &length, Int32(buffer.count), 0, &limit, &status)
    }
    if status == U_BUFFER_OVERFLOW_ERROR {
      units = Array(text.utf16) + repeatElement(0, count: Int(length) + 16)
      length = Int32(text.utf16.count)
      limit = length
      status = U_ZERO_ERROR
      units.withUnsafeMutableBufferPointer { buffer in
        subkit_utrans_transUChars(transliterator, buffer.baseAddress, &length, Int32(buffer.count), 0, &limit, &status)
      }
    }
    guard status.rawValue <= U_ZERO_ERROR.rawValue else { return text }
    return String(decoding: units[0..<Int(length)], as: UTF16.self)
  }
}
