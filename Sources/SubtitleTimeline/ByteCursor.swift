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

  /// The next byte, if any.
  public var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// Moves past the next byte.
  public mutating func advance() {
    index += 1
  }

  /// Skips spaces and tabs; whether there were any.
  @discardableResult
  public mutating func skipSpaces() -> Bool {
    let start = index
    while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
    return index > start
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
}
