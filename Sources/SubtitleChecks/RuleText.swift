import SubtitleTimeline

/// A time as findings show it: `HH:MM:SS.mmm`.
public struct Clock: CustomStringConvertible {
  /// The time in milliseconds.
  public let milliseconds: Int64

  /// `time`, to the nearest millisecond.
  public init(_ time: MediaTime) { milliseconds = time.roundedMilliseconds }

  /// A time of `milliseconds`.
  public init(milliseconds: Int64) { self.milliseconds = milliseconds }

  /// `HH:MM:SS.mmm`, with a minus sign before a negative time.
  public var description: String {
    let sign = milliseconds < 0 ? "-" : ""
    let total = milliseconds.magnitude
    let hours = total / 3_600_000
    let minutes = total / 60_000 % 60
    let seconds = total / 1000 % 60
    return sign + "\(Self.two(hours)):\(Self.two(minutes)):\(Self.two(seconds)).\(Self.three(total % 1000))"
  }

  private static func two(_ value: UInt64) -> String { value < 10 ? "0\(value)" : "\(value)" }

  private static func three(_ value: UInt64) -> String {
    value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)"
  }
}

/// Milliseconds as findings show seconds: `0.5`, `7`, `1.234`.
struct Seconds: CustomStringConvertible {
  let milliseconds: Int64

  init(_ milliseconds: Int64) { self.milliseconds = milliseconds }

  var description: String { PlainDecimal.format(Double(milliseconds) / 1000) }
}

/// A measured figure as findings show it: at most one decimal (`20`, `21.5`).
struct Figure: CustomStringConvertible {
  let value: Double

  init(_ value: Double) { self.value = value }

  var description: String { PlainDecimal.format((value * 10).rounded() / 10) }
}
