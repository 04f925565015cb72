import SubtitleTimeline

/// An exact rational for resolving TTML times: 128-bit parts, always reduced, denominator positive.
struct Fraction: Comparable, Hashable {
  private(set) var numerator: Int128
  private(set) var denominator: Int128

  init(_ numerator: Int128, _ denominator: Int128 = 1) {
    let divisor = Self.gcd(numerator, denominator)
    let sign: Int128 = denominator < 0 ? -1 : 1
    self.numerator = sign * numerator / divisor
    self.denominator = sign * denominator / divisor
  }

  /// A media time, which is reduced already.
  init(_ time: MediaTime) {
    numerator = Int128(time.numerator)
    denominator = Int128(time.denominator)
  }

  static let zero = Fraction(0)

  /// The value as a media time, or nil when it does not fit in 64 bits.
  var mediaTime: MediaTime? { MediaTime(reducing: numerator, denominator) }

  static func + (lhs: Fraction, rhs: Fraction) throws(TTMLTimeExpression.Failure) -> Fraction {
    if lhs.numerator == 0 { return rhs }
    if rhs.numerator == 0 { return lhs }
    if lhs.denominator == rhs.denominator {
      let (n, overflow) = lhs.numerator.addingReportingOverflow(rhs.numerator)
      guard !overflow else { throw Self.overflow }
      return Fraction(n, lhs.denominator)
    }
    let (a, overflowA) = lhs.numerator.multipliedReportingOverflow(by: rhs.denominator)
    let (b, overflowB) = rhs.numerator.multipliedReportingOverflow(by: lhs.denominator)
    let (d, overflowD) = lhs.denominator.multipliedReportingOverflow(by: rhs.denominator)
    let (n, overflowN) = a.addingReportingOverflow(b)
    guard !(overflowA || overflowB || overflowD || overflowN) else { throw overflow }
    return Fraction(n, d)
  }

  static func * (lhs: Fraction, rhs: Fraction) throws(TTMLTimeExpression.Failure) -> Fraction {
    let (n, overflowN) = lhs.numerator.multipliedReportingOverflow(by: rhs.numerator)
    let (d, overflowD) = lhs.denominator.multipliedReportingOverflow(by: rhs.denominator)
    guard !(overflowN || overflowD) else { throw overflow }
    return Fraction(n, d)
  }

  static func / (lhs: Fraction, rhs: Fraction) throws(TTMLTimeExpression.Failure) -> Fraction {
    guard rhs.numerator != 0 else { throw TTMLTimeExpression.Failure(message: "division by a zero rate") }
    return try lhs * Fraction(rhs.denominator, rhs.numerator)
  }

  static func < (lhs: Fraction, rhs: Fraction) -> Bool {
    if lhs.denominator == rhs.denominator { return lhs.numerator < rhs.numerator }
    // Both sides stay far below 2^63 in practice; compare through Double only if the products would overflow.
    let (a, overflowA) = lhs.numerator.multipliedReportingOverflow(by: rhs.denominator)
    let (b, overflowB) = rhs.numerator.multipliedReportingOverflow(by: lhs.denominator)
    if overflowA || overflowB {
      return Double(lhs.numerator) / Double(lhs.denominator) < Double(rhs.numerator) / Double(rhs.denominator)
    }
    return a < b
  }

  private static let overflow = TTMLTimeExpression.Failure(message: "time arithmetic out of range")

  /// Euclid in 64 bits when both fit, as they nearly always do; binary GCD (no 128-bit division) otherwise.
  private static func gcd(_ a: Int128, _ b: Int128) -> Int128 {
    var x = a.magnitude
    var y = b.magnitude
    if x == 0 || y == 0 { return Int128(max(x | y, 1)) }
    if y == 1 || x == 1 { return 1 }
    if x <= UInt64.max && y <= UInt64.max {
      var p = UInt64(x)
      var q = UInt64(y)
      while q != 0 { (p, q) = (q, p % q) }
      return Int128(p)
    }
    let shift = (x | y).trailingZeroBitCount
    x >>= x.trailingZeroBitCount
    repeat {
      y >>= y.trailingZeroBitCount
      if x > y { swap(&x, &y) }
      y -= x
    } while y != 0
    return Int128(x << shift)
  }
}
