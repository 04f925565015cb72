/// JSON strings and numbers, written for the timeline JSON format and for reports alike.
extension TextOutput {
  /// Writes `text` as a JSON string literal; with `insideHTML`, `<` is escaped too, so the
  /// literal may stand inside an HTML `<script>` element.
  public func writeJSONString(_ text: String, insideHTML: Bool = false) {
    write(byte: UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      let raw = UnsafeRawPointer(base)
      var start = 0
      var index = 0
      while index < bytes.count {
        // Eight bytes at a time past runs that need no escape, which is nearly all text.
        if index + 8 <= bytes.count,
          !Self.mayNeedEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self), insideHTML: insideHTML)
        {
          index += 8
          continue
        }
        let byte = bytes[index]
        index += 1
        guard byte < 0x20 || byte == 0x22 || byte == 0x5C || (insideHTML && byte == 0x3C) else { continue }
        write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]))
        writeEscape(byte)
        start = index
      }
      write(bytes: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
    write(byte: UInt8(ascii: "\""))
  }

  /// Whether any of the eight bytes of `word` may be a control character, `"` or `\` (or `<`
  /// `insideHTML`): never wrongly no, rarely wrongly yes (the byte loop then decides).
  @inline(__always) private static func mayNeedEscape(_ word: UInt64, insideHTML: Bool) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    func below(_ word: UInt64, _ limit: UInt64) -> UInt64 { (word &- ones &* limit) & ~word & highBits }
    let plain = below(word, 0x20) | below(word ^ (ones &* 0x22), 1) | below(word ^ (ones &* 0x5C), 1)
    return plain | (insideHTML ? below(word ^ (ones &* 0x3C), 1) : 0) != 0
  }

  /// Writes the escape of one byte that JSON does not allow bare in a string.
  private func writeEscape(_ byte: UInt8) {
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
