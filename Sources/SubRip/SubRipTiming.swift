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
    try parseArrow(&cursor, &leniencies)
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

  /// Whether the lenient parser reads `line` as a timing line (one with another arrow than `-->`).
  static func isReadable(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    (try? parse(line)) != nil
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

  /// `-->`, or what files write for it (`->`, `- >`, `-- >`, `-->>`, `==>`) with a leniency.
  private static func parseArrow(
    _ cursor: inout ByteCursor, _ leniencies: inout [(Int, String)]
  ) throws(TimingFailure) {
    let start = cursor.index
    if cursor.skip("-->") && cursor.peek != UInt8(ascii: ">") { return }
    cursor.index = start
    let column = cursor.column
    var dashes = 0
    while let byte = cursor.peek, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "=") {
      cursor.advance()
      dashes += 1
    }
    cursor.skipSpaces()
    var heads = 0
    while cursor.peek == UInt8(ascii: ">") {
      cursor.advance()
      heads += 1
    }
    guard dashes > 0, heads > 0 else {
      throw TimingFailure(column: column, message: "expected '-->' after the start time")
    }
    let written = String(decoding: cursor.bytes[(column - 1)..<(cursor.column - 1)], as: UTF8.self)
    leniencies.append((column, "'\(written)' written for '-->'"))
  }

  /// `HH:MM:SS,mmm`, leniently: `.`, `;` or `:` before the fraction, 1–9 fraction digits (scaled,
  /// as pysubs2 does: `,5` is 500 ms), no fraction, no hours (`MM:SS,mmm`), one-digit fields,
  /// fields above 59, spaces around the separators and digits after the fraction, each with a leniency.
  private static func parseTimestamp(
    _ cursor: inout ByteCursor, _ leniencies: inout [(Int, String)]
  ) -> MediaTime? {
    let column = cursor.column
    var fields: [(value: Int64, digits: Int)] = []
    var spaced = false
    var fractionSeparator: UInt8?
    var awaitingField = false
    while fields.count < 3, let field = cursor.digits(maximumCount: fields.isEmpty ? 9 : 2) {
      fields.append(field)
      awaitingField = false
      let beforeSpaces = cursor.column
      cursor.skipSpaces()
      guard let separator = cursor.peek, [0x3A, 0x2C, 0x2E, 0x3B].contains(separator) else {
        cursor.index = beforeSpaces - 1
        break
      }
      if separator != 0x3A || fields.count == 3 {
        guard fields.count >= 2 else { return nil }  // `5,000` is no time
        fractionSeparator = separator
        cursor.advance()
        spaced = spaced || cursor.column - 1 > beforeSpaces
        break
      }
      cursor.advance()
      awaitingField = true
      spaced = spaced || cursor.column - 2 >= beforeSpaces  // spaces between the field and its ':'
      if cursor.skipSpaces() { spaced = true }
    }
    guard fields.count >= 2, !awaitingField else { return nil }  // `00:00:xx` is no time
    var milliseconds: Int64 = 0
    if let separator = fractionSeparator {
      if cursor.skipSpaces() { spaced = true }
      guard let fraction = cursor.digits(maximumCount: 9) else { return nil }
      milliseconds = Self.milliseconds(fraction)
      if let roundsUp = skipNoise(&cursor) {
        if roundsUp && fraction.digits == 3 { milliseconds += 1 }  // `199.99999999998` is 200 ms
        leniencies.append((column, "digits after the fraction of a second ignored (a number written with float noise)"))
      }
      switch separator {
      case 0x2C: break
      case 0x2E: leniencies.append((column, "'.' used instead of ',' before the milliseconds"))
      default:
        leniencies.append(
          (column, "'\(Character(Unicode.Scalar(separator)))' used instead of ',' before the milliseconds"))
      }
      if fraction.digits != 3 { leniencies.append((column, "fraction of a second without 3 digits")) }
    } else {
      leniencies.append((column, "time without milliseconds"))
    }
    if fields.count == 2 {
      fields.insert((0, 2), at: 0)
      leniencies.append((column, "time without hours (read as minutes and seconds)"))
    }
    if spaced { leniencies.append((column, "spaces inside a time")) }
    let (hours, minutes, seconds) = (fields[0], fields[1], fields[2])
    if hours.digits < 2 || minutes.digits != 2 || seconds.digits != 2 {
      leniencies.append((column, "time fields should have two digits each"))
    }
    if minutes.value > 59 || seconds.value > 59 {
      leniencies.append((column, "minutes or seconds above 59"))
    }
    let total = ((hours.value * 60 + minutes.value) * 60 + seconds.value) * 1000 + milliseconds
    return MediaTime(milliseconds: total)
  }

  /// Skips what speech-to-text tools write after a fraction (`200.0000000000582`, or more than 9
  /// digits): nil when there was none, else whether a fraction of a millisecond after a point
  /// rounds the milliseconds up.
  private static func skipNoise(_ cursor: inout ByteCursor) -> Bool? {
    let start = cursor.index
    while let byte = cursor.peek, byte &- 0x30 < 10 { cursor.advance() }
    var roundsUp = false
    if cursor.index == start, cursor.peek == UInt8(ascii: "."), cursor.index + 1 < cursor.bytes.count,
      cursor.bytes[cursor.index + 1] &- 0x30 < 10
    {
      roundsUp = cursor.bytes[cursor.index + 1] >= UInt8(ascii: "5")
      cursor.advance()
      while let byte = cursor.peek, byte &- 0x30 < 10 { cursor.advance() }
    }
    return cursor.index == start ? nil : roundsUp
  }

  /// A fraction of a second in milliseconds: 1–3 digits scaled up, more rounded half up.
  private static func milliseconds(_ fraction: (value: Int64, digits: Int)) -> Int64 {
    var value = fraction.value
    for _ in fraction.digits..<max(fraction.digits, 3) { value *= 10 }
    guard fraction.digits > 3 else { return value }
    var divisor: Int64 = 1
    for _ in 3..<fraction.digits { divisor *= 10 }
    return (value + divisor / 2) / divisor
  }
}

/// Why a timing line could not be read, and where.
struct TimingFailure: Error {
  /// The 1-based byte column where reading stopped.
  var column: Int
  /// What was expected.
  var message: String
}
