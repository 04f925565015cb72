/// Frames a second as an exact fraction (24000/1001 for 23.976), for rules counted in frames.
public struct FrameRate: Sendable, Hashable, CustomStringConvertible {
  /// Frames per `denominator` seconds.
  public var numerator: Int64
  /// Seconds the numerator's frames take.
  public var denominator: Int64

  /// 24000/1001 frames a second (23.976), film for television: the default.
  public static let film = FrameRate(checked: 24000, 1001)

  /// `numerator / denominator` frames a second; nil unless both are positive and the rate is at most 1000.
  public init?(numerator: Int64, denominator: Int64) {
    guard numerator > 0, denominator > 0, numerator / 1000 <= denominator else { return nil }
    self.init(checked: numerator, denominator)
  }

  private init(checked numerator: Int64, _ denominator: Int64) {
    self.numerator = numerator
    self.denominator = denominator
  }

  /// A rate written `24`, `23.976`, `29.97` or `24000/1001`; the drop-frame rates 23.976, 29.97 and
  /// 59.94 mean their exact NTSC fractions.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count == 2, let top = Int64(parts[0]), let bottom = Int64(parts[1]) {
      self.init(numerator: top, denominator: bottom)
      return
    }
    switch text {
    case "23.976", "23.98": self.init(numerator: 24000, denominator: 1001)
    case "29.97": self.init(numerator: 30000, denominator: 1001)
    case "59.94": self.init(numerator: 60000, denominator: 1001)
    default:
      guard let decimal = PlainDecimal.parse(text), decimal > 0, decimal <= 1000 else { return nil }
      self.init(numerator: Int64((decimal * 1000).rounded()), denominator: 1000)
    }
  }

  /// How many whole frames `milliseconds` span, rounded to the nearest (a time in milliseconds is
  /// at most half a millisecond off the frame it stands for).
  public func frames(inMilliseconds milliseconds: Int64) -> Int64 {
    let scaled = Int128(milliseconds) * Int128(numerator)
    let divisor = Int128(denominator) * 1000
    let rounded = (2 * scaled + (scaled < 0 ? -divisor : divisor)) / (2 * divisor)
    return Int64(clamping: rounded)
  }

  /// How many milliseconds `frames` frames last, rounded to the nearest.
  public func milliseconds(ofFrames frames: Int64) -> Int64 {
    let scaled = Int128(frames) * Int128(denominator) * 1000
    return Int64(clamping: (2 * scaled + Int128(numerator)) / (2 * Int128(numerator)))
  }

  /// `24000/1001`, or `25` for a whole rate.
  public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }
}
