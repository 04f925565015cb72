import SubtitleTimeline

extension ShotChanges {
  /// Reads a shot-change list: one time a line, as seconds (`12.5`), a clock (`00:00:12.500`, or
  /// `00:00:12:12` with frames), or a whole frame number (`300`, counted at `frameRate`); blank lines
  /// and lines starting with `#` are skipped.
  ///
  /// A whole number is a frame number: write whole seconds with a point (`12.0`).
  public init(text: String, frameRate: FrameRate, file: String) throws(SubtitleError) {
    var times: [Int64] = []
    for (offset, rawLine) in TextLines(text).enumerated() {
      let line = rawLine.trimmingWhitespace
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      guard times.count < Self.maximumCount else {
        throw SubtitleError(
          at: SourceLocation(file: file, line: offset + 1), "more than \(Self.maximumCount) shot changes")
      }
      guard let time = Self.milliseconds(of: line, frameRate: frameRate) else {
        throw SubtitleError(
          at: SourceLocation(file: file, line: offset + 1),
          "\"\(line.prefix(40))\" is not a time: write seconds (12.5), HH:MM:SS.mmm or a frame number")
      }
      guard time <= MediaTime.limit.roundedMilliseconds else {
        throw SubtitleError(
          at: SourceLocation(file: file, line: offset + 1),
          "\"\(line.prefix(40))\" is past the largest time subkit reads (\(MediaTime.limit.roundedMilliseconds / 1000) s)"
        )
      }
      times.append(time)
    }
    self.init(milliseconds: times)
  }

  /// The most shot changes a list may hold: a cut a second for over a week.
  public static let maximumCount = 1_000_000

  private static func milliseconds(of text: Substring, frameRate: FrameRate) -> Int64? {
    if text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber) {
      guard text.count <= 12, let frames = Int64(text) else { return nil }
      return frameRate.milliseconds(ofFrames: frames)
    }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count <= 4, parts.allSatisfy({ !$0.isEmpty && $0.count <= 12 }) else { return nil }
    var frames: Int64 = 0
    var clock = parts
    if parts.count == 4 {
      guard let value = Int64(parts[3]), value >= 0 else { return nil }
      frames = value
      clock = Array(parts.prefix(3))
    }
    guard let seconds = PlainDecimal.parse(clock[clock.count - 1]), seconds >= 0, seconds < 1e9 else { return nil }
    var total = seconds * 1000
    for (index, part) in clock.dropLast().reversed().enumerated() {
      guard let value = Int64(part), value >= 0, value < 1_000_000 else { return nil }
      total += Double(value) * (index == 0 ? 60_000 : 3_600_000)
    }
    let (sum, overflow) = Int64(total.rounded()).addingReportingOverflow(frameRate.milliseconds(ofFrames: frames))
    return overflow ? nil : sum
  }
}

extension Substring {
  /// The text without spaces and tabs at either end.
  fileprivate var trimmingWhitespace: Substring {
    var text = self
    while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return text
  }
}
