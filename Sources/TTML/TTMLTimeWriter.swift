import SubtitleTimeline

/// Writes media times as TTML time expressions that read back to exactly the same value.
struct TTMLTimeWriter {
  let rates: TimeRates?

  /// Whole frames (`1234f`) when the document counts frames and the time falls on one; else
  /// `hh:mm:ss.fff` (more digits where an exact decimal needs them); else whole ticks (`5678t`);
  /// nil when no form is exact.
  func expression(for time: MediaTime) -> String? {
    if let rates, rates.countsFrames, let frame = rates.frameDuration {
      if let frames = Self.whole(time, per: frame) { return "\(frames)f" }
      if let clock = frameClock(time, frame: frame) { return clock }
    }
    if let decimal = decimalClock(time) { return decimal }
    if let tick = rates?.tickDuration, let ticks = Self.whole(time, per: tick) { return "\(ticks)t" }
    return nil
  }

  /// `hh:mm:ss:ff`: whole seconds and then whole frames, as clock times with frames count them.
  private func frameClock(_ time: MediaTime, frame: MediaTime) -> String? {
    guard time.numerator >= 0 else { return nil }
    let seconds = Int128(time.numerator) / Int128(time.denominator)
    guard let whole = MediaTime(reducing: seconds, 1), let rest = time.adding(whole.negated),
      let frames = Self.whole(rest, per: frame)
    else { return nil }
    return
      "\(Self.pad(seconds / 3600, 2)):\(Self.pad(seconds / 60 % 60, 2)):\(Self.pad(seconds % 60, 2)):\(Self.pad(frames, 2))"
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
