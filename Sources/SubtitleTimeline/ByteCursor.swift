/// A read position in one line of bytes.
public struct ByteCursor {
  /// The line being read.
  public let bytes: UnsafeBufferPointer<UInt8>
  /// The offset of the next byte to read.
  public var index = 0

  /// A cursor at the start of `bytes`.
  public init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Whether every byte has been read.
  public var atEnd: Bool { index >= bytes.count }
  /// The 1-based column of the next byte.
  public var column: Int { index + 1 }

  /// Skips spaces and tabs.
  public mutating func skipSpaces() {
    while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
  }

  /// Skips `literal` if the bytes at the cursor spell it.
  public mutating func skip(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] { return false }
    index += count
    return true
  }

  /// Up to `maximumCount` ASCII digits; nil when there are none or too many.
  public mutating func digits(maximumCount: Int) -> (value: Int64, digits: Int)? {
    var value: Int64 = 0
    let first = index
    while index < bytes.count, bytes[index] &- 0x30 < 10 {
      value = value * 10 + Int64(bytes[index] &- 0x30)
      index += 1
      if index - first > maximumCount { return nil }
    }
    return index == first ? nil : (value, index - first)
  }

  /// One to three fraction digits, scaled to milliseconds.
  public mutating func fraction() -> (milliseconds: Int64, digits: Int)? {
    guard let parsed = digits(maximumCount: 3) else { return nil }
    var milliseconds = parsed.value
    for _ in parsed.digits..<3 { milliseconds *= 10 }
    return (milliseconds, parsed.digits)
  }
}
