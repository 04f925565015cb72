/// JSON strings and numbers, written for the timeline JSON format and for reports alike.
extension TextOutput {
  /// Writes `text` as a JSON string literal.
  public func writeJSONString(_ text: String) {
    write(byte: UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        switch byte {
        case 0x22: write("\\\"")
        case 0x5C: write("\\\\")
        case 0x0A: write("\\n")
        case 0x0D: write("\\r")
        case 0x09: write("\\t")
        default:
          write("\\u00")
          write(byte: Self.hexDigits[Int(byte >> 4)])
          write(byte: Self.hexDigits[Int(byte & 0xF)])
        }
        start = index + 1
      }
      write(bytes: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
    write(byte: UInt8(ascii: "\""))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Writes a number; whole values without a fraction part.
  public func writeJSONNumber(_ value: Double) {
    if value.isNaN || value.isInfinite {
      write("null")
    } else if value == value.rounded(), abs(value) < 1e15 {
      write(decimal: Int64(value))
    } else {
      write(String(value))
    }
  }

  /// Writes a JSON array of strings.
  public func writeJSONStrings(_ strings: [String]) {
    write(byte: UInt8(ascii: "["))
    for (index, string) in strings.enumerated() {
      if index > 0 { write(byte: UInt8(ascii: ",")) }
      writeJSONString(string)
    }
    write(byte: UInt8(ascii: "]"))
  }
}
