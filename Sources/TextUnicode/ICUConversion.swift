internal import CICU
import SubtitleTimeline

/// A streaming conversion between two encodings through ICU: two converters and the UTF-16 pivot
/// between them, kept across calls so a character cut between two chunks converts whole.
final class ICUConversion {
  /// How many byte sequences (decoding) or characters (encoding) had no conversion.
  var errorCount: Int64 { errors.count }

  private let decoder: OpaquePointer
  private let encoder: OpaquePointer
  private let name: String
  private var pivot = [UInt16](repeating: 0, count: 1 << 12)
  private var pivotSource = 0
  private var pivotTarget = 0
  private var first = true
  private var errors = subkit_conversion_errors(count: 0, escape: 0)

  /// A conversion from `source` to `target` (ICU names); errors of the side that is not UTF-8 are
  /// counted, and characters `target` cannot hold are written as `unencodable` says.
  init(
    from source: String, to target: String, name: String, unencodable: UnencodableCharacters = .substituted
  ) throws(SubtitleError) {
    self.name = name
    errors.escape = unencodable.rawValue
    var status = U_ZERO_ERROR
    guard let decoder = subkit_ucnv_open(source, &status), status.rawValue <= U_ZERO_ERROR.rawValue else {
      throw SubtitleError(at: SourceLocation(file: name, line: 0), "unknown encoding \(source)")
    }
    guard let encoder = subkit_ucnv_open(target, &status), status.rawValue <= U_ZERO_ERROR.rawValue else {
      subkit_ucnv_close(decoder)
      throw SubtitleError(at: SourceLocation(file: name, line: 0), "unknown encoding \(target)")
    }
    self.decoder = decoder
    self.encoder = encoder
    subkit_ucnv_countDecodingErrors(decoder, &errors, &status)
    subkit_ucnv_countEncodingErrors(encoder, &errors, &status)
  }

  deinit {
    subkit_ucnv_close(decoder)
    subkit_ucnv_close(encoder)
  }

  /// Converts as much of `source` into `target` as fits.
  ///
  /// Returns how many bytes it consumed and produced, and whether it stopped because `target` was
  /// full. `flush` at the end of the input.
  func step(
    _ source: UnsafeRawBufferPointer, into target: UnsafeMutableRawBufferPointer, flush: Bool
  ) throws(SubtitleError) -> (consumed: Int, produced: Int, targetFull: Bool) {
    var status = U_ZERO_ERROR
    let empty: CChar = 0
    let (consumed, produced) = withUnsafePointer(to: empty) { nothing in
      pivot.withUnsafeMutableBufferPointer { pivotBuffer -> (Int, Int) in
        guard let pivotBase = pivotBuffer.baseAddress,
          let targetBase = target.baseAddress?.assumingMemoryBound(to: CChar.self)
        else { return (0, 0) }
        let start = source.baseAddress?.assumingMemoryBound(to: CChar.self) ?? nothing
        var sourcePointer: UnsafePointer<CChar>? = start
        var targetPointer: UnsafeMutablePointer<CChar>? = targetBase
        var pivotSourcePointer: UnsafeMutablePointer<UChar>? = pivotBase + pivotSource
        var pivotTargetPointer: UnsafeMutablePointer<UChar>? = pivotBase + pivotTarget
        subkit_ucnv_convertEx(
          encoder, decoder, &targetPointer, targetBase + target.count, &sourcePointer, start + source.count, pivotBase,
          &pivotSourcePointer, &pivotTargetPointer, pivotBase + pivotBuffer.count, first ? 1 : 0, flush ? 1 : 0,
          &status)
        pivotSource = pivotSourcePointer.map { $0 - pivotBase } ?? 0
        pivotTarget = pivotTargetPointer.map { $0 - pivotBase } ?? 0
        return ((sourcePointer ?? start) - start, (targetPointer ?? targetBase) - targetBase)
      }
    }
    first = false
    if status == U_BUFFER_OVERFLOW_ERROR { return (consumed, produced, true) }
    guard status.rawValue <= U_ZERO_ERROR.rawValue else {
      throw SubtitleError(
        at: SourceLocation(file: name, line: 0), "cannot convert the text (ICU error \(status.rawValue))")
    }
    return (consumed, produced, false)
  }
}
