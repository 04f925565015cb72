/// Turns the raw bytes of a line into text, noting what had to be repaired.
public enum SourceText {
  /// The UTF-8 byte order mark.
  public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Decodes UTF-8, replacing each invalid sequence by U+FFFD; `valid` says whether any was.
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, valid: Bool) {
    let text = String(decoding: bytes, as: UTF8.self)
    // Decoding repairs each invalid sequence with U+FFFD, so the text keeps the input's bytes exactly
    // when, and only when, there was nothing to repair.
    let valid = text.utf8.withContiguousStorageIfAvailable { ByteComparison.equal($0, bytes) } ?? isValidUTF8(bytes)
    return (text, valid)
  }

  /// Whether every byte is ASCII, checked eight bytes at a time.
  public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= bytes.count {
      if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
      index += 8
    }
    while index < bytes.count {
      if bytes[index] >= 0x80 { return false }
      index += 1
    }
    return true
  }

  /// Whether `bytes` are well-formed UTF-8 (RFC 3629: no overlongs, surrogates or values past U+10FFFF).
  ///
  /// Hand-written because the standard library's validating initializer is generic and slow here;
  /// ASCII is checked eight bytes at a time.
  public static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var index = 0
    while index < count {
      if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        index += 8
        continue
      }
      let lead = bytes[index]
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0x00...0x7F:
        index += 1
        continue
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, low) = (3, 0xA0)
      case 0xED: (length, high) = (3, 0x9F)
      case 0xE1...0xEF: length = 3
      case 0xF0: (length, low) = (4, 0x90)
      case 0xF4: (length, high) = (4, 0x8F)
      case 0xF1...0xF3: length = 4
      default: return false
      }
      guard index + length <= count, (low...high).contains(bytes[index + 1]) else { return false }
      for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
      index += length
    }
    return true
  }

  /// Whether `bytes` begin with the UTF-8 byte order mark.
  public static func startsWithByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
  }

  /// The 1-based byte column of the first invalid UTF-8 sequence, or nil when all is valid.
  public static func firstInvalidColumn(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var decoder = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch decoder.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .emptyInput: return nil
      case .error(let length): return offset + 1 + 0 * length
      }
    }
  }
}

/// Compares byte buffers eight bytes at a time.
public enum ByteComparison {
  /// Whether `a` and `b` hold the same bytes.
  public static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    guard let left = a.baseAddress, let right = b.baseAddress else { return true }
    var index = 0
    while index + 8 <= a.count {
      if UnsafeRawPointer(left).loadUnaligned(fromByteOffset: index, as: UInt64.self)
        != UnsafeRawPointer(right).loadUnaligned(fromByteOffset: index, as: UInt64.self)
      {
        return false
      }
      index += 8
    }
    while index < a.count {
      if a[index] != b[index] { return false }
      index += 1
    }
    return true
  }

  /// Whether `bytes` contain the timing arrow `-->`.
  public static func containsArrow(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 3, occurrences(of: UInt8(ascii: ">"), 0, 0, in: bytes) != 0 else { return false }
    for index in 2..<bytes.count where bytes[index] == 0x3E && bytes[index - 1] == 0x2D && bytes[index - 2] == 0x2D {
      return true
    }
    return false
  }

  /// Which of up to three ASCII bytes occur in `bytes`: bit 0 for `first`, bit 1 for `second`, bit 2 for `third`.
  ///
  /// Eight bytes are tested at a time for a zero in `word ^ pattern`, the usual "has zero byte" trick.
  public static func occurrences(
    of first: UInt8, _ second: UInt8, _ third: UInt8, in bytes: UnsafeBufferPointer<UInt8>
  ) -> UInt8 {
    guard let base = bytes.baseAddress else { return 0 }
    var found: UInt8 = 0
    guard bytes.count >= 8 else {
      for byte in bytes {
        if byte == first { found |= 1 }
        if byte == second { found |= 2 }
        if byte == third { found |= 4 }
      }
      return found
    }
    let raw = UnsafeRawPointer(base)
    let patterns = (UInt64(first) &* ones, UInt64(second) &* ones, UInt64(third) &* ones)
    var seen: (UInt64, UInt64, UInt64) = (0, 0, 0)  // high bits mark bytes equal to each pattern
    let last = bytes.count - 8
    var index = 0
    while true {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      let x = (word ^ patterns.0, word ^ patterns.1, word ^ patterns.2)
      seen.0 |= (x.0 &- ones) & ~x.0
      seen.1 |= (x.1 &- ones) & ~x.1
      seen.2 |= (x.2 &- ones) & ~x.2
      if index == last { break }
      index = min(index + 8, last)  // the last word may overlap the one before: harmless here
    }
    if seen.0 & highs != 0 { found |= 1 }
    if seen.1 & highs != 0 { found |= 2 }
    if seen.2 & highs != 0 { found |= 4 }
    return found
  }

  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

}
