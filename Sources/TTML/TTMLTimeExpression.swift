import SubtitleTimeline

/// A TTML time expression (TTML2 §10.3.1): clock time `01:02:03.5`, `01:02:03:12.1`, or offset time
/// `1.5s`, `90f`, `100t`; resolved exactly against the document's frame and tick rates.
enum TTMLTimeExpression {
  /// Why an expression could not be read.
  struct Failure: Error {
    var message: String
  }

  /// The time `text` stands for, exactly; throws for anything that is not a TTML time expression
  /// or one of the malformed forms real files use, which are read with a note in `leniencies`:
  /// `m:ss.fff` and `ss.fff` (Apple's lyrics TTML), one-digit hours, frames past the frame rate, a
  /// comma before the fraction (older Netflix DFXP).
  static func parse(_ text: String, rates: TimeRates, leniencies: inout [String]) throws(Failure) -> MediaTime {
    if let time = millisecondClock(text) { return time }
    var bytesOfText = text
    var notes: [String] = []
    let result = bytesOfText.withUTF8 { buffer in
      Result { () throws(Failure) -> Fraction in
        var bytes = buffer
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D {
          bytes = UnsafeBufferPointer(rebasing: bytes.dropLast())
        }
        var scanner = Scanner(bytes: bytes, text: text)
        while !scanner.atEnd, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[scanner.index]) { scanner.index += 1 }
        let value =
          try bytes.contains(UInt8(ascii: ":")) ? scanner.clockTime(rates, &notes) : scanner.offsetTime(rates, &notes)
        guard scanner.atEnd else { throw Failure(message: "unexpected text in time expression \"\(text)\"") }
        return value
      }
    }
    let value = try result.get()
    leniencies += notes
    guard let time = value.mediaTime, time <= MediaTime.limit else {
      throw Failure(message: "time expression \"\(text)\" is out of range")
    }
    return time
  }

  /// `hh:mm:ss.fff` exactly, the form nearly every file uses, read at fixed offsets; nil for anything else.
  private static func millisecondClock(_ text: String) -> MediaTime? {
    guard text.utf8.count == 12 else { return nil }
    return text.utf8.withContiguousStorageIfAvailable { bytes -> MediaTime? in
      guard bytes[2] == 0x3A, bytes[5] == 0x3A, bytes[8] == 0x2E else { return nil }
      var value: Int64 = 0
      for index in [0, 1, 3, 4, 6, 7, 9, 10, 11] {
        let digit = bytes[index] &- 0x30
        guard digit < 10 else { return nil }
        value = value * 10 + Int64(digit)
      }
      let hours = value / 10_000_000
      let minutes = value / 100_000 % 100
      let seconds = value / 1000 % 100
      guard minutes < 60, seconds < 60 else { return nil }
      return MediaTime(milliseconds: ((hours * 60 + minutes) * 60 + seconds) * 1000 + value % 1000)
    } ?? nil
  }

  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let text: String
    var index = 0

    var atEnd: Bool { index == bytes.count }

    /// `hh:mm:ss` (leniently `h:mm:ss` or `m:ss`), then `.fraction`, or `:frames` and optionally
    /// `.subframes` (frames past the rate read as the last frame).
    mutating func clockTime(_ rates: TimeRates, _ leniencies: inout [String]) throws(Failure) -> Fraction {
      var hours: Int128 = 0
      let hasHours = bytes[index...].filter({ $0 == UInt8(ascii: ":") }).count > 1
      if !hasHours {
        leniencies.append(
          "clock time \"\(text)\" without hours, read as minutes and seconds (as Apple's TTML writes it)")
      } else {
        let written = try digits(minimum: 1)
        if written.count < 2 { leniencies.append("clock time \"\(text)\" with one-digit hours") }
        hours = written.value
        try expect(":")
      }
      let minutes = try digits(minimum: hasHours ? 2 : 1, maximum: 2)
      try expect(":")
      let seconds = try digits(minimum: 2, maximum: 2)
      guard minutes.value < 60, seconds.value < 61 else { throw failure("minutes or seconds out of range") }
      var total = Fraction(hours * 3600 + minutes.value * 60 + seconds.value)
      if skip(".") {
        total = try total + fraction()
      } else if skip(",") {
        leniencies.append("clock time \"\(text)\" with ',' before the fraction, read as '.' (as SRT writes it)")
        total = try total + fraction()
      } else if skip(":") {
        let frameRate = Fraction(
          Int128(rates.frameRate) * Int128(rates.multiplierNumerator), Int128(rates.multiplierDenominator))
        let frames = Self.belowRate(try digits(minimum: 2).value, frameRate, "frame", text, &leniencies)
        total = try total + Fraction(frames) / frameRate
        if skip(".") {
          let subFrameRate = Fraction(Int128(rates.subFrameRate))
          let subFrames = Self.belowRate(try digits(minimum: 1).value, subFrameRate, "sub-frame", text, &leniencies)
          total = try total + Fraction(subFrames) / (frameRate * subFrameRate)
        }
      }
      return total
    }

    /// `count`, or the last count below `rate` (noted) when it is not below it.
    private static func belowRate(
      _ count: Int128, _ rate: Fraction, _ name: String, _ text: String, _ leniencies: inout [String]
    ) -> Int128 {
      guard Fraction(count) >= rate else { return count }
      let last = (rate.numerator + rate.denominator - 1) / rate.denominator - 1
      leniencies.append("\(name) \(count) in \"\(text)\" is not below the rate; read as \(name) \(last)")
      return last
    }

    /// `count[.fraction]metric`, metric one of h m s ms f t; a bare number is read as seconds.
    mutating func offsetTime(_ rates: TimeRates, _ leniencies: inout [String]) throws(Failure) -> Fraction {
      var count = Fraction(try digits(minimum: 1).value)
      if skip(".") { count = try count + fraction() }
      let scale: Fraction
      if skip("ms") {
        scale = Fraction(1, 1000)
      } else if skip("h") {
        scale = Fraction(3600)
      } else if skip("m") {
        scale = Fraction(60)
      } else if skip("s") {
        scale = Fraction(1)
      } else if skip("f") {
        scale = Fraction(
          Int128(rates.multiplierDenominator), Int128(rates.frameRate) * Int128(rates.multiplierNumerator))
      } else if skip("t") {
        scale = Fraction(Int128(rates.tickRateDenominator), Int128(rates.tickRateNumerator))
      } else if atEnd {
        leniencies.append("time \"\(text)\" without a unit, read as seconds (as Apple's TTML writes it)")
        scale = Fraction(1)
      } else {
        throw failure("a time needs a unit: h, m, s, ms, f or t")
      }
      return try count * scale
    }

    /// `.digits` already past the dot: digits over a power of ten.
    mutating func fraction() throws(Failure) -> Fraction {
      let start = index
      let value = try digits(minimum: 1, maximum: 18)
      var scale: Int128 = 1
      for _ in start..<index { scale *= 10 }
      return Fraction(value.value, scale)
    }

    mutating func digits(minimum: Int, maximum: Int = 18) throws(Failure) -> (value: Int128, count: Int) {
      var value: Int128 = 0
      let start = index
      while index < bytes.count, bytes[index] &- 0x30 < 10 {
        guard index - start < maximum else { throw failure("too many digits") }
        value = value * 10 + Int128(bytes[index] &- 0x30)
        index += 1
      }
      guard index - start >= minimum else {
        throw failure("expected \(minimum == 1 ? "a digit" : "\(minimum) digits")")
      }
      return (value, index - start)
    }

    mutating func skip(_ literal: StaticString) -> Bool {
      let count = literal.utf8CodeUnitCount
      guard bytes.count - index >= count else { return false }
      for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] { return false }
      index += count
      return true
    }

    mutating func expect(_ literal: StaticString) throws(Failure) {
      guard skip(literal) else { throw failure("expected '\(literal)'") }
    }

    func failure(_ reason: String) -> Failure {
      Failure(message: "bad time expression \"\(text)\": \(reason)")
    }
  }
}
