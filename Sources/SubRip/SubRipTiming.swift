import SubtitleTimeline

/// The timing line of an SRT cue, `00:00:01,000 --> 00:00:04,000`, parsed leniently.
struct SubRipTiming {
  /// When the cue starts.
  var start: MediaTime
  /// When the cue ends.
  var end: MediaTime
  /// Leniencies the line needed, each with its 1-based byte column.
  var leniencies: [(column: Int, message: String)]

  /// Whether `line` looks like a timing line at all: it contains `-->`.
  static func looksLikeTiming(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard line.count >= 5 else { return false }
    for index in 0..<(line.count - 2)
    where line[index] == 0x2D && line[index + 1] == 0x2D && line[index + 2] == 0x3E {
      return true
    }
    return false
  }

  /// Parses a timing line; nil with a reason and column when it cannot be read.
  static func parse(_ line: UnsafeBufferPointer<UInt8>) -> Result<SubRipTiming, TimingFailure> {
    var cursor = ByteCursor(line)
    var leniencies: [(Int, String)] = []
    cursor.skipSpaces()
    guard let start = parseTimestamp(&cursor, &leniencies) else {
      return .failure(TimingFailure(column: cursor.column, message: "unreadable start time"))
    }
    cursor.skipSpaces()
    guard cursor.skip("-->") else {
      return .failure(TimingFailure(column: cursor.column, message: "expected '-->' after the start time"))
    }
    cursor.skipSpaces()
    guard let end = parseTimestamp(&cursor, &leniencies) else {
      return .failure(TimingFailure(column: cursor.column, message: "unreadable end time"))
    }
    cursor.skipSpaces()
    if !cursor.atEnd {
      leniencies.append((cursor.column, "ignored text after the end time (SRT box coordinates are not kept)"))
    }
    return .success(SubRipTiming(start: start, end: end, leniencies: leniencies))
  }

  /// `H+:MM:SS,mmm`, also accepting `.` for `,`, one-digit fields and 1–3 fraction digits.
  private static func parseTimestamp(
    _ cursor: inout ByteCursor, _ leniencies: inout [(Int, String)]
  ) -> MediaTime? {
    let column = cursor.column
    guard let hours = cursor.digits(maximumCount: 9) else { return nil }
    guard cursor.skip(":"), let minutes = cursor.digits(maximumCount: 2) else { return nil }
    guard cursor.skip(":"), let seconds = cursor.digits(maximumCount: 2) else { return nil }
    var milliseconds: Int64 = 0
    if cursor.skip(",") {
      guard let fraction = cursor.fraction() else { return nil }
      milliseconds = fraction.milliseconds
      if fraction.digits != 3 { leniencies.append((column, "fraction of a second without 3 digits")) }
    } else if cursor.skip(".") {
      guard let fraction = cursor.fraction() else { return nil }
      milliseconds = fraction.milliseconds
      leniencies.append((column, "'.' used instead of ',' before the milliseconds"))
    } else {
      return nil
    }
    if hours.digits != 2 || minutes.digits != 2 || seconds.digits != 2 {
      leniencies.append((column, "time fields should have two digits each"))
    }
    if minutes.value > 59 || seconds.value > 59 {
      leniencies.append((column, "minutes or seconds above 59"))
    }
    let total = ((hours.value * 60 + minutes.value) * 60 + seconds.value) * 1000 + milliseconds
    return MediaTime(milliseconds: total)
  }
}

/// Why a timing line could not be read, and where.
struct TimingFailure: Error {
  /// The 1-based byte column where reading stopped.
  var column: Int
  /// What was expected.
  var message: String
}
