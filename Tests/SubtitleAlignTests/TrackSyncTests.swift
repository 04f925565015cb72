import SubtitleAlign
import SubtitleTimeline
import Testing

/// Fitting a track to a reference: offsets of any size, frame-rate changes, cuts, and refusals.
@Suite struct TrackSyncTests {
  /// Cues at the times of `track`, each `text` numbered.
  func cues(_ track: [(start: Double, end: Double)]) -> [Cue] {
    track.enumerated().map { index, times in
      Cue(
        id: String(index + 1), start: MediaTime(milliseconds: Int64(times.start)),
        end: MediaTime(milliseconds: Int64(times.end)), content: [.text("line \(index + 1)")])
    }
  }

  /// The start of each cue after the fit, in milliseconds.
  func synced(_ track: [Cue], _ fit: SyncFit) -> [Int64] {
    track.map { fit.retiming(at: $0.start).apply(to: $0, file: "in.srt").cue.start.roundedMilliseconds }
  }

  @Test func aLargeOffsetIsFound() throws {
    let truth = SyncSearchTests.track(300, seed: 3)
    let input = cues(truth.map { ($0.start + 95_000, $0.end + 95_000) })
    let fit = try TrackSync.fit(input, to: cues(truth))
    #expect(fit.scale == .one && fit.pieces.count == 1)
    #expect(fit.pieces[0].offset == MediaTime(milliseconds: -95_000))
    #expect(synced(input, fit) == truth.map { Int64($0.start) })
    #expect(fit.score > 0.99 && fit.confidence > 0.9)
  }

  @Test func aFrameRateChangeAndACutAreFound() throws {
    let track = SyncSearchTests.track(400, seed: 4)
    // 6 s of the film cut at cue 200's start: the cues in it are gone, later ones 6 s earlier.
    let cut = track[200].start
    let truth = track.filter { $0.start < cut || $0.start >= cut + 6000 }
    // Made for 25 fps from 23.976 (times × 25/23.976) and late by 20 s.
    let input = cues(
      truth.map { times in
        let moved = times.start >= cut ? -6000.0 : 0
        return ((times.start + moved) * 1001 / 960 + 20_000, (times.end + moved) * 1001 / 960 + 20_000)
      })
    let fit = try TrackSync.fit(input, to: cues(track))
    #expect(fit.scale == Fraction(960, 1001))
    #expect(fit.pieces.count == 2)
    #expect(fit.pieces.last?.from == input[200].start)
    let starts = synced(input, fit)
    #expect(zip(starts, truth).allSatisfy { abs(Double($0) - $1.start) <= 2 })
  }

  @Test func tooFewCuesAreRefused() {
    let truth = cues(SyncSearchTests.track(50, seed: 5))
    #expect(throws: TrackSync.Failure.self) { try TrackSync.fit(Array(truth.prefix(1)), to: truth) }
    #expect(throws: TrackSync.Failure.self) { try TrackSync.fit(truth, to: []) }
    let instant = (0..<20).map { _ in
      Cue(start: MediaTime(milliseconds: 5000), end: MediaTime(milliseconds: 7000), content: [.text("Now")])
    }
    do {
      _ = try TrackSync.fit(instant, to: truth)
      Issue.record("cues all at one instant were synced")
    } catch {
      #expect(!error.isAboutReference)
      #expect(error.description.contains("1 separate timed stretch"))
    }
  }

  @Test func aReferenceWithNothingInCommonIsRefused() {
    let input = cues(SyncSearchTests.track(500, seed: 6))
    let unrelated = cues(SyncSearchTests.track(500, seed: 7))
    do {
      let fit = try TrackSync.fit(input, to: unrelated)
      Issue.record("an unrelated reference gave a fit: \(fit)")
    } catch {
      guard case .poorMatch(let fit) = error else {
        Issue.record("refused for another reason: \(error)")
        return
      }
      #expect(fit.confidence < TrackSync.minimumConfidence)
      #expect(error.description.contains("do not match well enough"))
    }
  }
}
