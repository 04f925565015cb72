/// Turns the raw bytes of a line into text, noting what had to be repaired.
public enum SourceText {
  /// The UTF-8 byte order mark.
  public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Decodes UTF-8, replacing each invalid sequence by U+FFFD; `valid` says whether any was.
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, valid: Bool) {
    if let text = String(validating: bytes, as: UTF8.self) { return (text, true) }
    return (String(decoding: bytes, as: UTF8.self), false)
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
