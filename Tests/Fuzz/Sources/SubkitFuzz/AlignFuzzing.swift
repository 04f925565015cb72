import SubtitleAlign
import SubtitleFormats
import SubtitleTimeline

/// The parsers and arithmetic of `shift` and `retime` (typed times, durations, point lists and
/// frame rates, and the exact retimings made of them), the pairing of `merge`, the fit of `sync` and
/// the untimed text and alignment of `align`.
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

  /// The two halves of `bytes` (split at the first form feed, else in the middle) read as two
  /// tracks of up to 2,000 cues; nil unless both read.
  private static func twoTracks(_ bytes: [UInt8]) -> [[Cue]]? {
    let cut = bytes.firstIndex(of: 0x0C) ?? bytes.count / 2
    let halves = [Array(bytes[..<cut]), Array(bytes[min(cut + 1, bytes.count)...])]
    let tracks = halves.compactMap { half -> [Cue]? in
      guard
        case .success(let document) = FuzzIO.read(half, as: SubtitleFormat(sniffing: half) ?? .srt, reporter: .silent)
      else { return nil }
      return Array(document.cues.prefix(2000))
    }
    return tracks.count == 2 ? tracks : nil
  }

  /// Merges two tracks: every cue of both must land in exactly one group, in order.
  static func merge(_ bytes: [UInt8]) {
    guard let tracks = twoTracks(bytes) else { return }
    guard let pairing = TrackPairing(tracks[0], tracks[1]) else { return }
    if pairing.groups.flatMap({ Array($0.first) }) != Array(tracks[0].indices)
      || pairing.groups.flatMap({ Array($0.second) }) != Array(tracks[1].indices)
    {
      fatalError("a pairing lost, repeated or reordered a cue")
    }
    if pairing.groups.contains(where: { $0.first.isEmpty && $0.second.isEmpty }) { fatalError("an empty group") }
    guard let merged = TrackMerge.merge(tracks[0], tracks[1]) else { fatalError("merge refused what pairing took") }
    if merged.cues.count != pairing.groups.count { fatalError("a group did not become one cue") }
  }

  /// Fits the first track to the second's timing: a refusal, or a fit whose pieces are in order,
  /// whose confidence is what it must be, and that moves every cue without a finding past zero.
  static func sync(_ bytes: [UInt8]) {
    guard let tracks = twoTracks(bytes) else { return }
    let fit: SyncFit
    do { fit = try TrackSync.fit(tracks[0], to: tracks[1]) } catch { return }
    if fit.pieces.isEmpty || zip(fit.pieces, fit.pieces.dropFirst()).contains(where: { $0.from > $1.from }) {
      fatalError("a fit's pieces are missing or out of order: \(fit.pieces)")
    }
    if !(fit.confidence >= TrackSync.minimumConfidence) || fit.scale <= .zero { fatalError("a fit given: \(fit)") }
    for cue in tracks[0] {
      let (moved, findings) = fit.retiming(at: cue.start).apply(to: cue, file: "fuzz")
      if moved.start < .zero && findings.isEmpty { fatalError("a time below zero, unreported") }
    }
  }

  /// Reads the first half of `bytes` as untimed lines and the second as a track, and aligns them:
  /// the beads take every line and every cue once, in order, and no line's text is lost.
  static func align(_ bytes: [UInt8]) {
    let cut = bytes.firstIndex(of: 0x0C) ?? bytes.count / 2
    let lines = UntimedText.lines(of: String(decoding: bytes[..<cut], as: UTF8.self)).prefix(2000).map(\.text)
    let rest = Array(bytes[min(cut + 1, bytes.count)...])
    guard case .success(let document) = FuzzIO.read(rest, as: SubtitleFormat(sniffing: rest) ?? .srt, reporter: .silent)
    else { return }
    let cues = Array(document.cues.prefix(2000))
    guard let alignment = TranslationAlignment(lines: lines, cues: cues.map(\.content.plainText)) else { return }
    var (line, cue) = (0, 0)
    for bead in alignment.beads {
      switch bead {
      case .pair(let l, let c):
        if l != line || c != cue { fatalError("a bead out of order") } else { (line, cue) = (l + 1, c + 1) }
      case .lineOverTwoCues(let l, let c):
        if l != line || c != cue { fatalError("a bead out of order") } else { (line, cue) = (l + 1, c + 2) }
      case .twoLinesOnCue(let l, let c):
        if l != line || c != cue { fatalError("a bead out of order") } else { (line, cue) = (l + 2, c + 1) }
      case .lineAlone(let l): if l != line { fatalError("a bead out of order") } else { line += 1 }
      case .cueAlone(let c): if c != cue { fatalError("a bead out of order") } else { cue += 1 }
      }
    }
    if line != lines.count || cue != cues.count { fatalError("beads left lines or cues out") }
    guard !cues.isEmpty else { return }
    let timed = alignment.timedTranslation(lines: lines, cues: cues).cues.map(\.content.plainText).joined()
    let kept = { (text: String) in text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(String.init).joined()
    }
    if kept(timed) != kept(lines.joined()) { fatalError("a line's text was lost or changed") }
  }

  /// Reads `bytes` as 16-bit samples (the first two bytes choose the rate) and finds speech: the
  /// stretches are in order, apart, at least 100 ms long and within the sound.
  static func speech(_ bytes: [UInt8]) {
    guard bytes.count >= 2 else { return }
    var detector = SpeechDetector(sampleRate: Int(bytes[0]) * 256 + Int(bytes[1]))
    let samples = stride(from: 2, to: bytes.count - 1, by: 2).map {
      Int16(bitPattern: UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8)
    }
    samples.withUnsafeBufferPointer { detector.add($0) }
    var reached = MediaTime.zero
    for stretch in detector.speech() {
      if stretch.start < reached || stretch.end > detector.duration
        || stretch.end.roundedMilliseconds - stretch.start.roundedMilliseconds < 100
      {
        fatalError("a stretch of speech out of place: \(stretch)")
      }
      reached = stretch.end
    }
  }
}
