import SubtitleTimeline

/// The fraction arithmetic of TTML's time resolution, where an overflow is a bad time expression.
extension Fraction {
  static func + (lhs: Fraction, rhs: Fraction) throws(TTMLTimeExpression.Failure) -> Fraction {
    guard let sum = lhs.adding(rhs) else { throw overflow }
    return sum
  }

  static func * (lhs: Fraction, rhs: Fraction) throws(TTMLTimeExpression.Failure) -> Fraction {
    guard let product = lhs.multiplied(by: rhs) else { throw overflow }
    return product
  }

  static func / (lhs: Fraction, rhs: Fraction) throws(TTMLTimeExpression.Failure) -> Fraction {
    guard rhs.numerator != 0 else { throw TTMLTimeExpression.Failure(message: "division by a zero rate") }
    return try lhs * Fraction(rhs.denominator, rhs.numerator)
  }

  private static let overflow = TTMLTimeExpression.Failure(message: "time arithmetic out of range")
}
