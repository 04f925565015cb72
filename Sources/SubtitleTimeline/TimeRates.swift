/// The rates a document counts frames and ticks in (TTML's `ttp:frameRate`, `frameRateMultiplier`,
/// `subFrameRate` and `tickRate`), so that frame-based times stay exact from reader to writer.
///
/// 29.97 fps is `TimeRates(frameRate: 30, multiplier: (1000, 1001))`: its effective rate is 30000/1001.
public struct TimeRates: Sendable, Hashable {
  /// Whole frames per second before the multiplier.
  public var frameRate: Int64
  /// The multiplier's numerator.
  public var multiplierNumerator: Int64
  /// The multiplier's denominator.
  public var multiplierDenominator: Int64
  /// Sub-frames per frame.
  public var subFrameRate: Int64
  /// Ticks per second, as a fraction (numerator).
  public var tickRateNumerator: Int64
  /// Ticks per second, as a fraction (denominator).
  public var tickRateDenominator: Int64
  /// Whether the document counts frames (declares a frame rate), so times may be written in frames.
  public var countsFrames: Bool

  /// Rates from their parts; the tick rate defaults to TTML's rule: the effective frame rate times the
  /// sub-frame rate (held at `Int64.max` ticks a second should that overflow; readers refuse such rates first).
  public init(
    frameRate: Int64 = 30, multiplier: (Int64, Int64) = (1, 1), subFrameRate: Int64 = 1,
    tickRate: (Int64, Int64)? = nil,
    countsFrames: Bool = true
  ) {
    self.countsFrames = countsFrames
    self.frameRate = frameRate
    multiplierNumerator = multiplier.0
    multiplierDenominator = multiplier.1
    self.subFrameRate = subFrameRate
    let (frames, overflow) = frameRate.multipliedReportingOverflow(by: multiplier.0)
    let (ticks, overflow2) = frames.multipliedReportingOverflow(by: subFrameRate)
    let defaultTicks = (overflow || overflow2 ? Int64.max : ticks, multiplier.1)
    (tickRateNumerator, tickRateDenominator) = tickRate ?? defaultTicks
  }

  /// The length of one frame, exactly.
  public var frameDuration: MediaTime? {
    MediaTime(reducing: Int128(multiplierDenominator), Int128(frameRate) * Int128(multiplierNumerator))
  }

  /// The length of one tick, exactly.
  public var tickDuration: MediaTime? {
    MediaTime(reducing: Int128(tickRateDenominator), Int128(tickRateNumerator))
  }
}
