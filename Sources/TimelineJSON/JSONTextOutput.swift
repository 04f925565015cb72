import SubtitleTimeline

extension TextOutput {
  /// Writes a time in seconds: exact decimals for whole milliseconds, else the nearest double;
  /// returns whether the decimals are exact.
  @discardableResult
  func writeJSONSeconds(_ time: MediaTime) -> Bool {
    guard TimelineJSONWriter.isMilliseconds(time) else {
      writeJSONNumber(time.seconds)
      return false
    }
    let milliseconds = time.numerator * (1000 / time.denominator)  // under 2^53: cannot overflow
    if milliseconds < 0 { write(byte: UInt8(ascii: "-")) }
    let magnitude = Int64(milliseconds.magnitude)
    write(decimal: magnitude / 1000)
    var fraction = magnitude % 1000
    guard fraction != 0 else { return true }
    var digits = 3
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    write(byte: UInt8(ascii: "."))
    write(decimal: fraction, digits: digits)
    return true
  }
}
