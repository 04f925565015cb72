import SubtitleTimeline

/// WebVTT timestamps, `[hh:]mm:ss.ttt`, read by the W3C "collect a WebVTT timestamp" steps.
enum WebVTTTimestamp {
  /// Hours with more digits than this are refused, so that every time stays exact in 64 bits.
  static let maximumHourDigits = 10

  /// Reads a timestamp at the cursor; nil when the bytes there are not one.
  static func collect(_ cursor: inout ByteCursor) -> MediaTime? {
    guard !cursor.atEnd, isDigit(cursor.bytes[cursor.index]) else { return nil }
    guard var first = cursor.digits(maximumCount: maximumHourDigits) else { return nil }
    let hasHours = first.digits != 2 || first.value > 59
    guard cursor.skip(":"), var second = cursor.digits(maximumCount: 2), second.digits == 2 else {
      return nil
    }
    var third: (value: Int64, digits: Int)
    if hasHours || (!cursor.atEnd && cursor.bytes[cursor.index] == UInt8(ascii: ":")) {
      guard cursor.skip(":"), let seconds = cursor.digits(maximumCount: 2), seconds.digits == 2 else {
        return nil
      }
      third = seconds
    } else {
      third = second
      second = first
      first = (0, 0)
    }
    guard cursor.skip("."), let fraction = cursor.digits(maximumCount: 3), fraction.digits == 3 else {
      return nil
    }
    guard second.value <= 59, third.value <= 59 else { return nil }
    let seconds = (first.value * 60 + second.value) * 60 + third.value
    return MediaTime(milliseconds: seconds * 1000 + fraction.value)
  }

  /// Parses a whole string as a timestamp (the cue-text `<00:01.000>` tag).
  static func parse(_ text: String) -> MediaTime? {
    var text = text
    return text.withUTF8 { bytes in
      var cursor = ByteCursor(bytes)
      guard let time = collect(&cursor), cursor.atEnd else { return nil }
      return time
    }
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}

/// ASCII whitespace as WebVTT defines it: tab, line feed, form feed, carriage return, space.
func isASCIIWhitespace(_ byte: UInt8) -> Bool {
  byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
}
