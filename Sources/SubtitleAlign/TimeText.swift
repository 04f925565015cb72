import SubtitleTimeline

/// Times and durations as people type them on a command line, read exactly.
///
/// A time is `HH:MM:SS.mmm` (`,` also separates the fraction, hours and fraction are optional:
/// `01:02.5`), seconds with an optional `s` (`62.5`, `62.5s`), milliseconds (`1500ms`) or frames
/// (`12f`, with a frame rate). A duration is a time with an optional sign: `-2.5s`,
/// `+00:00:01.200`, `-12f`.
public enum TimeText {
  /// Why a text is not a time.
  public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, and what would be right.
    public let description: String
  }

  /// The time `text` names (not negative).
  public static func time(_ text: String, frameRate: FrameRate? = nil) throws(Failure) -> MediaTime {
    guard let first = text.trimmingSpaces.first, first != "-", first != "+" else {
      throw Failure(description: "'\(text)' is not a time: \(forms)")
    }
    return try duration(text, frameRate: frameRate)
  }

  /// The signed duration `text` names.
  public static func duration(_ text: String, frameRate: FrameRate? = nil) throws(Failure) -> MediaTime {
    var rest = Substring(text.trimmingSpaces)
    let negative = rest.first == "-"
    if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
    guard let magnitude = try magnitude(rest, frameRate: frameRate, text: text), let time = magnitude.mediaTime,
      time <= MediaTime.limit
    else { throw Failure(description: "'\(text)' is out of range") }
    return negative ? time.negated : time
  }

  /// Pairs `T1=U1,T2=U2`: the times as they are and as they should be.
  public static func points(_ text: String, frameRate: FrameRate? = nil) throws(Failure)
    -> [(from: MediaTime, to: MediaTime)]
  {
    var points: [(from: MediaTime, to: MediaTime)] = []
    for pair in text.split(separator: ",") {
      let sides = pair.split(separator: "=", omittingEmptySubsequences: false)
      guard sides.count == 2 else {
        throw Failure(description: "'\(pair)' is not a point: write TIME=TIME, as 00:01:00=00:01:02.5")
      }
      points.append(
        (try time(String(sides[0]), frameRate: frameRate), try time(String(sides[1]), frameRate: frameRate)))
    }
    return points
  }

  private static let forms = "write HH:MM:SS.mmm, MM:SS.mmm, seconds (62.5 or 62.5s), 1500ms or 12f (with --fps)"

  /// The unsigned value of `text`, nil when it overflows.
  private static func magnitude(_ text: Substring, frameRate: FrameRate?, text whole: String) throws(Failure)
    -> Fraction?
  {
    let invalid = Failure(description: "'\(whole)' is not a time: \(forms)")
    if text.contains(":") {
      let fields = text.split(separator: ":", omittingEmptySubsequences: false)
      guard fields.count <= 3, let seconds = decimal(fields[fields.count - 1]), seconds < Fraction(60) else {
        throw invalid
      }
      var total: Fraction? = seconds
      // Minutes, then hours; minutes past 59 only when no hours are written (`90:00`).
      for (index, field) in fields.dropLast().reversed().enumerated() {
        guard let whole = wholeNumber(field), index == 1 || fields.count == 2 || whole < 60 else { throw invalid }
        guard let part = Fraction(whole).multiplied(by: Fraction(index == 0 ? 60 : 3600)) else { return nil }
        total = total?.adding(part)
      }
      return total
    }
    if text.hasSuffix("ms"), let count = decimal(text.dropLast(2)) { return count.divided(by: Fraction(1000)) }
    if text.hasSuffix("f") {
      guard let count = decimal(text.dropLast()) else { throw invalid }
      guard let frameRate else {
        throw Failure(description: "'\(whole)' counts frames: give the frame rate with --fps")
      }
      return count.multiplied(by: Fraction(Int128(frameRate.denominator), Int128(frameRate.numerator)))
    }
    guard let seconds = decimal(text.hasSuffix("s") ? text.dropLast() : text) else { throw invalid }
    return seconds
  }

  /// `digits[.digits]` (or `,`) exactly; nil for anything else or more than 18 digits a side.
  private static func decimal(_ text: Substring) -> Fraction? {
    let parts = text.split(separator: text.contains(",") ? "," : ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = wholeNumber(parts[0]) else { return nil }
    guard parts.count == 2 else { return Fraction(whole) }
    guard let fraction = wholeNumber(parts[1]) else { return nil }
    var scale: Int128 = 1
    for _ in parts[1].utf8 { scale *= 10 }
    return Fraction(whole).adding(Fraction(fraction, scale))
  }

  /// ASCII digits, at most 18 of them.
  private static func wholeNumber(_ text: Substring) -> Int128? {
    guard !text.isEmpty, text.utf8.count <= 18, text.utf8.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
    return text.utf8.reduce(0) { $0 * 10 + Int128($1 - 0x30) }
  }
}

extension String {
  /// The text without spaces at its ends.
  fileprivate var trimmingSpaces: Substring {
    let start = firstIndex { $0 != " " } ?? endIndex
    let end = lastIndex { $0 != " " }.map(index(after:)) ?? start
    return self[start..<max(start, end)]
  }
}
