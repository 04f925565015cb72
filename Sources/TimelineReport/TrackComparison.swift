import SubtitleAlign
import SubtitleTimeline

/// What the alignment operations say about two tracks of one film: the offsets `sync` finds for
/// the second track against the first, and which cues `merge` would pair once the second is
/// synced (`merge` itself pairs the tracks as they are read: sync first, then merge, gives these).
public struct TrackComparison: Sendable {
  /// The pairing `merge` makes of the first track and the second as synced (as given when sync
  /// found no fit); nil when the tracks overlap too much to be paired.
  public var pairing: TrackPairing?
  /// The fit `sync` finds for the second track, when it finds one.
  public var fit: SyncFit?
  /// Why `sync` found no fit, when it did not.
  public var syncFailure: String?

  /// Syncs `second` against `first`, then pairs them.
  public init(_ first: [Cue], _ second: [Cue]) {
    do {
      fit = try TrackSync.fit(second, to: first)
    } catch {
      syncFailure = error.description
    }
    let synced = fit.map { fit in second.map { fit.retiming(at: $0.start).apply(to: $0, file: "").cue } }
    pairing = TrackPairing(first, synced ?? second)
  }

  /// The positions of the cues paired with each other, first track then second.
  public var links: [(Int, Int)] {
    (pairing?.groups ?? []).flatMap { group in group.first.flatMap { a in group.second.map { b in (a, b) } } }
  }

  /// The positions of the cues of each track that `merge` leaves alone.
  public var unpaired: (first: [Int], second: [Int]) {
    let groups = pairing?.groups ?? []
    return (
      groups.filter(\.second.isEmpty).flatMap(\.first),
      groups.filter(\.first.isEmpty).flatMap(\.second)
    )
  }

  /// The offset `sync` adds at each input time, in milliseconds, as points where it changes: the
  /// start and end of each piece (the scale makes it drift within a piece); `until` ends the last.
  public func offsetCurve(until end: MediaTime) -> [(time: Int64, offset: Int64)] {
    guard let fit else { return [] }
    var points: [(Int64, Int64)] = []
    for (index, piece) in fit.pieces.enumerated() {
      let to = index + 1 < fit.pieces.count ? fit.pieces[index + 1].from : max(end, piece.from)
      for time in [piece.from, to] {
        let moved = fit.retiming(at: piece.from).time(time) ?? time
        let (offset, overflow) = moved.roundedMilliseconds.subtractingReportingOverflow(time.roundedMilliseconds)
        points.append((time.roundedMilliseconds, overflow ? 0 : offset))
      }
    }
    return points
  }

  /// The input times where `sync` splits the second track.
  public var splits: [MediaTime] { (fit?.pieces ?? []).dropFirst().map(\.from) }
}
