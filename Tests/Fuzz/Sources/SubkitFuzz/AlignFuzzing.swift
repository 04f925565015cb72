import SubtitleAlign
import SubtitleTimeline

/// The parsers and arithmetic of `shift` and `retime`: typed times, durations, point lists and
/// frame rates, and the exact retimings made of them.
enum AlignFuzzing {
  /// Reads the lines of `bytes` as a duration, a time, points and a frame-rate pair, and checks
  /// what the retimings made of them promise.
  static func run(_ bytes: [UInt8]) {
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let field = { (index: Int) in index < lines.count ? String(lines[index]) : "" }
    let rate = FrameRate(field(3))
    let cue = Cue(
      start: MediaTime(milliseconds: 1000), end: MediaTime(milliseconds: 3000), content: [.text("回家")],
      sourceLine: 1)
    if let offset = try? TimeText.duration(field(0), frameRate: rate) {
      let (moved, findings) = Retiming.shift(by: offset).apply(to: cue, file: "fuzz")
      if moved.start < .zero || moved.end < .zero { fatalError("a shift left a time below zero") }
      if findings.contains(where: { $0.location.line < 1 }) { fatalError("a finding without a line") }
    }
    if let time = try? TimeText.time(field(1), frameRate: rate), time < .zero {
      fatalError("a time read below zero: \(time)")
    }
    if let points = try? TimeText.points(field(2), frameRate: rate), points.count == 2,
      let mapping = Retiming.mapping(points[0], points[1])
    {
      for point in points where mapping.time(point.from).map({ $0 != point.to }) ?? false {
        fatalError("a mapping missed its own point \(point)")
      }
    }
    let rates = field(3).split(separator: ":", omittingEmptySubsequences: false)
    if rates.count == 2, let source = FrameRate(String(rates[0])), let target = FrameRate(String(rates[1])),
      let moved = Retiming.frameRate(from: source, to: target).time(cue.end),
      let back = Retiming.frameRate(from: target, to: source).time(moved), back != cue.end
    {
      fatalError("a frame-rate change there and back moved \(cue.end) to \(back)")
    }
  }
}
