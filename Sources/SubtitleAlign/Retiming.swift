import SubtitleTimeline

/// An exact linear change of a track's times, `t ↦ t × scale + offset`: a shift, a frame-rate
/// change, or the line through two points (a time as it is and as it should be, twice).
///
/// It is applied cue by cue, so a command streams: start, end and every timestamp inside the text
/// move together. Times that would go below zero are clamped to zero and reported.
///
/// ```swift
/// let retiming = Retiming.frameRate(from: .film, to: FrameRate("25")!)
/// let (moved, findings) = retiming.apply(to: cue, file: "film.srt")
/// ```
public struct Retiming: Sendable, Hashable {
  /// What each time is multiplied by.
  public var scale: Fraction
  /// What is added after.
  public var offset: Fraction
  /// Cues starting before this time are left as they are; nil changes every cue.
  public var from: MediaTime?

  /// `t ↦ t × scale + offset` for cues starting at `from` or later.
  public init(scale: Fraction = .one, offset: Fraction = .zero, from: MediaTime? = nil) {
    self.scale = scale
    self.offset = offset
    self.from = from
  }

  /// Every time (of cues starting at `from` or later) moved by `offset`, which may be negative.
  public static func shift(by offset: MediaTime, from: MediaTime? = nil) -> Retiming {
    Retiming(offset: Fraction(offset), from: from)
  }

  /// Times made for video at `source` frames a second moved to the same frames at `target`:
  /// `t × source / target` (23.976 → 25 makes the track 4 % shorter, as the video is).
  public static func frameRate(from source: FrameRate, to target: FrameRate) -> Retiming {
    Retiming(
      scale: Fraction(
        Int128(source.numerator) * Int128(target.denominator), Int128(source.denominator) * Int128(target.numerator)))
  }

  /// The line through two points, each a time as the track has it and the time it should have
  /// (Subtitle Edit's point sync); nil when the two points have the same first time.
  public static func mapping(
    _ first: (from: MediaTime, to: MediaTime), _ second: (from: MediaTime, to: MediaTime)
  ) -> Retiming? {
    let (x1, y1, x2, y2) = (Fraction(first.from), Fraction(first.to), Fraction(second.from), Fraction(second.to))
    guard x1 != x2, let rise = y2.subtracting(y1), let run = x2.subtracting(x1), let scale = rise.divided(by: run),
      let moved = x1.multiplied(by: scale), let offset = y1.subtracting(moved)
    else { return nil }
    return Retiming(scale: scale, offset: offset)
  }

  /// `time` changed, exactly; nil when the result does not fit a media time.
  public func time(_ time: MediaTime) -> MediaTime? {
    Fraction(time).multiplied(by: scale)?.adding(offset)?.mediaTime
  }

  /// `cue` with its start, end and timestamps changed (unless it starts before `from`), and a
  /// finding for each time clamped to zero or left alone because it would not fit.
  public func apply(to cue: Cue, file: String) -> (cue: Cue, findings: [Finding]) {
    if let from, cue.start < from { return (cue, []) }
    var changed = cue
    var findings: [Finding] = []
    func moved(_ time: MediaTime, _ what: String) -> MediaTime {
      guard let result = self.time(time), result <= MediaTime.limit else {
        findings.append(finding(cue, file, .error, "the cue's \(what) would be out of range; left as it was"))
        return time
      }
      guard result < .zero else { return result }
      findings.append(finding(cue, file, .warning, "the cue's \(what) would be \(result.seconds) s; set to 0"))
      return .zero
    }
    changed.start = moved(cue.start, "start")
    changed.end = moved(cue.end, "end")
    if cue.content.containsTimestamp {
      changed.content = cue.content.mappingTimestamps { moved($0, "timestamp") }
    }
    return (changed, findings)
  }

  private func finding(_ cue: Cue, _ file: String, _ severity: Finding.Severity, _ message: String) -> Finding {
    var finding = Finding(
      rule: "retime", severity, at: SourceLocation(file: file, line: max(cue.sourceLine, 1)),
      cue.id.isEmpty ? message : "cue \(cue.id): \(message)")
    finding.cueID = cue.id
    return finding
  }
}

extension Array where Element == InlineNode {
  /// Whether a timestamp stands anywhere in the content.
  fileprivate var containsTimestamp: Bool {
    var found = false
    forEachNode { if case .timestamp = $0 { found = true } }
    return found
  }

  /// The content with every timestamp, at any depth, changed by `change`.
  fileprivate func mappingTimestamps(_ change: (MediaTime) -> MediaTime) -> [InlineNode] {
    map { node in
      switch node {
      case .timestamp(let time): return .timestamp(change(time))
      case .span(var span):
        span.children = span.children.mappingTimestamps(change)
        return .span(span)
      default: return node
      }
    }
  }
}
