/// Plain decimal numbers as subtitle formats write them: optional sign, digits, optional fraction;
/// never an exponent, `inf` or `nan`.
///
/// Numbers from files are read through `parse`, so a model value is always finite.
public enum PlainDecimal {
  /// The value of `text` when it is a plain decimal (`12`, `-3.5`, `+0.25`) whose value is finite; nil otherwise.
  ///
  /// `1e3`, `inf`, `NaN`, `0x10`, `.5`, `5.` and a number too large for a `Double` are all nil.
  public static func parse(_ text: some StringProtocol) -> Double? {
    var digits = text.utf8[...]
    if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { digits = digits.dropFirst() }
    let integer = digits.prefix { $0 &- 0x30 < 10 }
    var fraction = digits.dropFirst(integer.count)
    if let point = fraction.first {
      guard point == UInt8(ascii: "."), fraction.count > 1 else { return nil }
      fraction = fraction.dropFirst()
      guard fraction.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
    }
    guard !integer.isEmpty, let value = Double(String(text)), value.isFinite else { return nil }
    return value
  }

  /// `12.5` → `"12.5"`, `100` → `"100"`, `1e+21` → `"1000000000000000000000"`, `5e-324` → `"0.000…5"`.
  public static func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    let text = String(value)
    guard let exponentIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
      let exponent = Int(text[text.index(after: exponentIndex)...])
    else { return text }
    var mantissa = String(text[..<exponentIndex])
    let negative = mantissa.hasPrefix("-")
    if negative { mantissa.removeFirst() }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let integer = String(parts[0])
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    let digits = integer + fraction
    let point = integer.count + exponent
    var result: String
    if point <= 0 {
      result = "0." + String(repeating: "0", count: -point) + digits
    } else if point >= digits.count {
      result = digits + String(repeating: "0", count: point - digits.count)
    } else {
      result = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
    }
    while result.contains("."), result.hasSuffix("0") { result.removeLast() }
    if result.hasSuffix(".") { result.removeLast() }
    return (negative ? "-" : "") + result
  }
}
