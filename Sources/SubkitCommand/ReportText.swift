/// Numbers and times as commands print them for people.
enum ReportText {
  /// `value` with `places` decimals (none when they are all zero): `1.25`, `3`.
  static func decimal(_ value: Double, places: Int = 2) -> String {
    guard value.magnitude < 1e15 else { return "\(value)" }  // a cue a sub-frame long reads impossibly fast
    var unit: Int64 = 1
    for _ in 0..<places { unit *= 10 }
    let scaled = Int64((value * Double(unit)).rounded())
    let fraction = String(scaled.magnitude % UInt64(unit))
    let whole = "\(scaled < 0 ? "-" : "")\(scaled.magnitude / UInt64(unit))"
    return scaled % unit == 0 ? whole : "\(whole).\(String(repeating: "0", count: places - fraction.count))\(fraction)"
  }

  /// `seconds` as `h:mm:ss.mmm`.
  static func clock(_ seconds: Double) -> String {
    guard seconds.magnitude < 1e15 else { return "\(seconds) s" }
    let milliseconds = Int64((seconds * 1000).rounded())
    let sign = milliseconds < 0 ? "-" : ""
    let (hours, rest) = milliseconds.magnitude.quotientAndRemainder(dividingBy: 3_600_000)
    let (minutes, rest2) = rest.quotientAndRemainder(dividingBy: 60000)
    let (wholeSeconds, millis) = rest2.quotientAndRemainder(dividingBy: 1000)
    func padded(_ value: UInt64, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(sign)\(hours):\(padded(minutes, 2)):\(padded(wholeSeconds, 2)).\(padded(millis, 3))"
  }
}
