/// Formats a double as WebVTT numbers must be written: plain digits, never an exponent.
enum PlainDecimal {
  /// `12.5` → `"12.5"`, `100` → `"100"`, `1e+21` → `"1000000000000000000000"`, `5e-324` → `"0.000…5"`.
  static func format(_ value: Double) -> String {
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
