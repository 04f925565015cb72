/// An exact rational number with 128-bit parts, always reduced, denominator positive: the
/// arithmetic of TTML times, frame rates and retiming ratios, where a double would drift.
///
/// Arithmetic that would overflow 128 bits gives nil.
public struct Fraction: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The numerator, coprime with the denominator.
  public private(set) var numerator: Int128
  /// The denominator, always positive.
  public private(set) var denominator: Int128

  /// `numerator / denominator`, reduced; a zero denominator, which callers rule out before
  /// dividing, gives zero rather than a trap.
  public init(_ numerator: Int128, _ denominator: Int128 = 1) {
    guard denominator != 0 else {
      (self.numerator, self.denominator) = (0, 1)
      return
    }
    let divisor = Self.gcd(numerator, denominator)
    let sign: Int128 = denominator < 0 ? -1 : 1
    self.numerator = sign * numerator / divisor
    self.denominator = sign * denominator / divisor
  }

  /// A media time, which is reduced already.
  public init(_ time: MediaTime) {
    numerator = Int128(time.numerator)
    denominator = Int128(time.denominator)
  }

  /// Zero.
  public static let zero = Fraction(0)

  /// One.
  public static let one = Fraction(1)

  /// The value as a media time, or nil when it does not fit in 64 bits.
  public var mediaTime: MediaTime? {
    guard let numerator = Int64(exactly: numerator), let denominator = Int64(exactly: denominator) else { return nil }
    return MediaTime(uncheckedNumerator: numerator, denominator: denominator)  // reduced already
  }

  /// The sum, or nil when it overflows.
  public func adding(_ other: Fraction) -> Fraction? {
    if numerator == 0 { return other }
    if other.numerator == 0 { return self }
    if denominator == other.denominator {
      let (sum, overflow) = numerator.addingReportingOverflow(other.numerator)
      return overflow ? nil : Fraction(sum, denominator)
    }
    let (a, overflowA) = numerator.multipliedReportingOverflow(by: other.denominator)
    let (b, overflowB) = other.numerator.multipliedReportingOverflow(by: denominator)
    let (d, overflowD) = denominator.multipliedReportingOverflow(by: other.denominator)
    let (n, overflowN) = a.addingReportingOverflow(b)
    return overflowA || overflowB || overflowD || overflowN ? nil : Fraction(n, d)
  }

  /// The difference, or nil when it overflows.
  public func subtracting(_ other: Fraction) -> Fraction? { adding(other.negated) }

  /// The product, or nil when it overflows.
  public func multiplied(by other: Fraction) -> Fraction? {
    // Cross-reducing first keeps the products small: (a/b)·(c/d) = (a/gcd(a,d))·(c/gcd(c,b)) / …
    let left = Self.gcd(numerator, other.denominator)
    let right = Self.gcd(other.numerator, denominator)
    let (n, overflowN) = (numerator / left).multipliedReportingOverflow(by: other.numerator / right)
    let (d, overflowD) = (denominator / right).multipliedReportingOverflow(by: other.denominator / left)
    return overflowN || overflowD ? nil : Fraction(n, d)
  }

  /// The quotient, or nil when `other` is zero or it overflows.
  public func divided(by other: Fraction) -> Fraction? {
    other.numerator == 0 ? nil : multiplied(by: Fraction(other.denominator, other.numerator))
  }

  /// The value negated.
  public var negated: Fraction { Fraction(-numerator, denominator) }

  /// Orders fractions by their exact value.
  public static func < (lhs: Fraction, rhs: Fraction) -> Bool {
    if lhs.denominator == rhs.denominator { return lhs.numerator < rhs.numerator }
    let (a, overflowA) = lhs.numerator.multipliedReportingOverflow(by: rhs.denominator)
    let (b, overflowB) = rhs.numerator.multipliedReportingOverflow(by: lhs.denominator)
    if overflowA || overflowB {
      // Far past any time or rate a file holds: compared through doubles.
      return Double(lhs.numerator) / Double(lhs.denominator) < Double(rhs.numerator) / Double(rhs.denominator)
    }
    return a < b
  }

  /// `n` or `n/d`.
  public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

  /// Euclid in 64 bits when both fit, as they nearly always do; binary GCD (no 128-bit division) otherwise.
  static func gcd(_ a: Int128, _ b: Int128) -> Int128 {
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
