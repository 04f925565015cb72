internal import CICU

/// Finds where a line may break, by UAX #14 through ICU's line break iterator: between Han
/// characters, after spaces, never before closing punctuation such as `，。！？、」`.
///
/// One breaker serves one thread; it reuses its ICU iterator from text to text.
public final class LineBreaker {
  private let iterator: OpaquePointer?

  /// A breaker for text in `locale` (an ICU locale such as `zh` or `en`; the rules differ little).
  public init(locale: String = "zh") {
    var status = U_ZERO_ERROR
    let opened = subkit_ubrk_open(UBRK_LINE, locale, nil, 0, &status)
    iterator = status.rawValue <= U_ZERO_ERROR.rawValue ? opened : nil
  }

  deinit {
    if let iterator { subkit_ubrk_close(iterator) }
  }

  /// `text` cut at every break opportunity; each piece keeps the spaces that follow it.
  public func pieces(of text: String) -> [String] {
    let units = Array(text.utf16)
    // ICU counts in Int32: a longer line (over 2 GB) is one piece.
    guard let iterator, !units.isEmpty, units.count < Int32.max else { return text.isEmpty ? [] : [text] }
    var offsets: [Int] = []
    units.withUnsafeBufferPointer { buffer in
      var status = U_ZERO_ERROR
      subkit_ubrk_setText(iterator, buffer.baseAddress, Int32(buffer.count), &status)
      guard status.rawValue <= U_ZERO_ERROR.rawValue else { return }
      var offset = subkit_ubrk_first(iterator)
      while offset >= 0 {
        offsets.append(Int(offset))
        offset = subkit_ubrk_next(iterator)
      }
      subkit_ubrk_setText(iterator, nil, 0, &status)  // the buffer goes away after this closure
    }
    guard offsets.count > 2 else { return [text] }
    return zip(offsets, offsets.dropFirst()).map { start, end in
      String(decoding: units[start..<end], as: UTF16.self)
    }
  }
}
