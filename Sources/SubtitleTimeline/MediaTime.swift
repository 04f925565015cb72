/// An exact point or length of media time: a reduced fraction of seconds, never floating point.
///
/// SRT and WebVTT speak milliseconds (`MediaTime(milliseconds: 1500)`); TTML may
/// speak frames at 30000/1001 fps, which a fraction keeps exact.
public struct MediaTime: Sendable, Hashable, Comparable {
  /// The numerator of the time in seconds.
  public let numerator: Int64
  /// The denominator of the time in seconds; always positive and coprime with the numerator.
  public let denominator: Int64

  /// Zero seconds.
  public static let zero = MediaTime(milliseconds: 0)

  /// The largest time a reader accepts: about 292,000 years, so any sum of two times still fits.
  public static let limit = MediaTime(milliseconds: Int64.max / 4)

  /// A time of whole milliseconds.
  public init(milliseconds: Int64) {
    // Reduced by gcd(milliseconds, 1000 = 2³·5³), found from the factors of 2 and 5 alone: a shift
    // and divisions by constants, as every SRT and WebVTT cue makes two of these.
    let twos = min(milliseconds.trailingZeroBitCount, 3)
    let rest = milliseconds >> twos  // exact: 2^twos divides milliseconds
    let (numerator, fivesLeft): (Int64, Int64) =
      rest % 125 == 0 ? (rest / 125, 1) : rest % 25 == 0 ? (rest / 25, 5) : rest % 5 == 0 ? (rest / 5, 25) : (rest, 125)
    self.numerator = numerator
    self.denominator = (8 >> twos) * fivesLeft
  }

  /// The time `numerator / denominator` seconds, or nil when the denominator is not positive.
  public init?(numerator: Int64, denominator: Int64) {
    guard denominator > 0 else { return nil }
    let divisor = Self.gcd(numerator, denominator)
    self.numerator = numerator / divisor
    self.denominator = denominator / divisor
  }

  /// The time `numerator / denominator` seconds given in 128-bit parts, reduced; nil when it does not fit.
  public init?(reducing numerator: Int128, _ denominator: Int128) {
    guard denominator != 0 else { return nil }
    let sign: Int128 = denominator < 0 ? -1 : 1
    let divisor = Fraction.gcd(numerator, denominator)
    guard let n = Int64(exactly: sign * numerator / divisor), let d = Int64(exactly: sign * denominator / divisor)
    else { return nil }
    self.numerator = n
    self.denominator = d
  }

  /// The largest time SRT and WebVTT clocks are written with, and every reader reads back: 999999999:59:59.999.
  public static let largestClockMilliseconds: Int64 = 999_999_999 * 3_600_000 + 3_599_999

  /// The milliseconds a clock (SRT, WebVTT) shows for this time: rounded, then kept within 0 and
  /// `largestClockMilliseconds`; writers warn when that moved it.
  public var clockMilliseconds: Int64 { min(max(roundedMilliseconds, 0), Self.largestClockMilliseconds) }

  /// The time in milliseconds, rounded to the nearest; a half millisecond rounds up (towards later).
  public var roundedMilliseconds: Int64 {
    if 1000 % denominator == 0 {
      let (milliseconds, overflow) = numerator.multipliedReportingOverflow(by: 1000 / denominator)
      if !overflow { return milliseconds }
    }
    let scaled = Int128(numerator) * 1000
    let rounded = Self.floorDivide(scaled * 2 + Int128(denominator), 2 * Int128(denominator))
    return Int64(clamping: rounded)
  }

  /// The time in seconds as the nearest double, for JSON and display only.
  public var seconds: Double { Double(numerator) / Double(denominator) }

  /// This time moved by `offset`, or nil when the result does not fit.
  public func adding(_ offset: MediaTime) -> MediaTime? {
    let denominator = Int128(self.denominator) * Int128(offset.denominator)
    let numerator =
      Int128(self.numerator) * Int128(offset.denominator)
      + Int128(offset.numerator) * Int128(self.denominator)
    let divisor = Fraction.gcd(numerator, denominator)
    guard let n = Int64(exactly: numerator / divisor), let d = Int64(exactly: denominator / divisor)
    else { return nil }
    return MediaTime(uncheckedNumerator: n, denominator: d)
  }

  /// This time negated.
  public var negated: MediaTime {
    MediaTime(uncheckedNumerator: -numerator, denominator: denominator)
  }

  /// Orders times by their exact value.
  public static func < (lhs: MediaTime, rhs: MediaTime) -> Bool {
    if lhs.denominator == rhs.denominator { return lhs.numerator < rhs.numerator }
    return Int128(lhs.numerator) * Int128(rhs.denominator)
      < Int128(rhs.numerator) * Int128(lhs.denominator)
  }

  /// A time from a fraction that is reduced already, its denominator positive.
  init(uncheckedNumerator: Int64, denominator: Int64) {
    self.numerator = uncheckedNumerator
    self.denominator = denominator
  }

  private static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
    var x = a.magnitude
    var y = b.magnitude
    while y != 0 { (x, y) = (y, x % y) }
    return x == 0 ? 1 : Int64(x)
  }

  private static func floorDivide(_ a: Int128, _ b: Int128) -> Int128 {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
  }
}

extension MediaTime: CustomStringConvertible {
  /// The time as `seconds` or `numerator/denominator` seconds, exactly.
  public var description: String {
    denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
  }

  /// Parses the exact form written by `description`.
  public init?(exactDescription text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count <= 2, let n = Int64(parts[0]) else { return nil }
    if parts.count == 1 {
      self.init(numerator: n, denominator: 1)
    } else {
      guard let d = Int64(parts[1]) else { return nil }
      self.init(numerator: n, denominator: d)
    }
  }
}
