import SubtitleTimeline

/// Writes media times as TTML time expressions that read back to exactly the same value.
struct TTMLTimeWriter {
  let rates: TimeRates?

  /// `hh:mm:ss.fff` when the time is a whole number of milliseconds (or any exact decimal);
  /// else whole frames (`1234f`) or ticks (`5678t`) at the document's rates; nil when none is exact.
  func expression(for time: MediaTime) -> String? {
    if let decimal = decimalClock(time) { return decimal }
    if let rates {
      if let frame = rates.frameDuration, let frames = Self.whole(time, per: frame) { return "\(frames)f" }
      if let tick = rates.tickDuration, let ticks = Self.whole(time, per: tick) { return "\(ticks)t" }
    }
    return nil
  }

  /// `hh:mm:ss.fff`, with more fraction digits where the time needs them, when its denominator divides a power of ten.
  private func decimalClock(_ time: MediaTime) -> String? {
    guard time.numerator >= 0 else { return nil }
    var digits = 3
    var scale: Int64 = 1000
    while scale % time.denominator != 0 {
      guard digits < 12 else { return nil }
      digits += 1
      scale *= 10
    }
    let scaled = Int128(time.numerator) * Int128(scale / time.denominator)
    let whole = scaled / Int128(scale)
    return "\(Self.pad(whole / 3600, 2)):\(Self.pad(whole / 60 % 60, 2)):\(Self.pad(whole % 60, 2))."
      + Self.pad(scaled % Int128(scale), digits)
  }

  private static func whole(_ time: MediaTime, per unit: MediaTime) -> Int128? {
    let numerator = Int128(time.numerator) * Int128(unit.denominator)
    let denominator = Int128(time.denominator) * Int128(unit.numerator)
    return numerator % denominator == 0 ? numerator / denominator : nil
  }

  private static func pad(_ value: Int128, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
