import SubtitleTimeline

/// The timing line of an SRT cue, `00:00:01,000 --> 00:00:04,000`, parsed leniently.
struct SubRipTiming {
  /// When the cue starts.
  var start: MediaTime
  /// When the cue ends.
  var end: MediaTime
  /// Leniencies the line needed, each with its 1-based byte column.
  var leniencies: [(column: Int, message: String)]

  /// Parses a timing line; throws a reason and column when it cannot be read.
  static func parse(_ line: UnsafeBufferPointer<UInt8>) throws(TimingFailure) -> SubRipTiming {
    if let canonical = parseCanonical(line) { return canonical }
    var cursor = ByteCursor(line)
    var leniencies: [(Int, String)] = []
    cursor.skipSpaces()
    guard let start = parseTimestamp(&cursor, &leniencies) else {
      throw TimingFailure(column: cursor.column, message: "unreadable start time")
    }
    cursor.skipSpaces()
    guard cursor.skip("-->") else {
      throw TimingFailure(column: cursor.column, message: "expected '-->' after the start time")
    }
    cursor.skipSpaces()
    guard let end = parseTimestamp(&cursor, &leniencies) else {
      throw TimingFailure(column: cursor.column, message: "unreadable end time")
    }
    cursor.skipSpaces()
    if !cursor.atEnd {
      leniencies.append((cursor.column, "ignored text after the end time (SRT box coordinates are not kept)"))
    }
    return SubRipTiming(start: start, end: end, leniencies: leniencies)
  }

  /// The exact canonical form `HH:MM:SS,mmm --> HH:MM:SS,mmm`, read at fixed offsets; nil for anything else.
  ///
  /// Nearly every line of a real file has this form; the lenient parser handles the rest.
  static func parseCanonical(_ line: UnsafeBufferPointer<UInt8>) -> SubRipTiming? {
    guard line.count == 29, line[13] == 0x2D, line[14] == 0x2D, line[15] == 0x3E, line[12] == 0x20,
      line[16] == 0x20, let start = canonicalTime(line, at: 0), let end = canonicalTime(line, at: 17)
    else { return nil }
    return SubRipTiming(start: start, end: end, leniencies: [])
  }

  /// `HH:MM:SS,mmm` at `offset`, with minutes and seconds below 60.
  private static func canonicalTime(_ line: UnsafeBufferPointer<UInt8>, at offset: Int) -> MediaTime? {
    guard line[offset + 2] == 0x3A, line[offset + 5] == 0x3A, line[offset + 8] == 0x2C else { return nil }
    func pair(_ index: Int) -> Int64? {
      let tens = line[offset + index] &- 0x30
      let ones = line[offset + index + 1] &- 0x30
      return tens < 10 && ones < 10 ? Int64(tens) * 10 + Int64(ones) : nil
    }
    guard let hours = pair(0), let minutes = pair(3), let seconds = pair(6), let centis = pair(9),
      case let last = line[offset + 11] &- 0x30, last < 10, minutes < 60, seconds < 60
    else { return nil }
    let milliseconds = centis * 10 + Int64(last)
    return MediaTime(milliseconds: ((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds)
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
    if hours.digits < 2 || minutes.digits != 2 || seconds.digits != 2 {
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
