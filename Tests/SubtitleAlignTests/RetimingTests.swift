import SubtitleAlign
import SubtitleTimeline
import Testing

/// Exact retiming: shifts, frame-rate ratios and two-point mappings of whole cues.
@Suite struct RetimingTests {
  func time(_ milliseconds: Int64) -> MediaTime { MediaTime(milliseconds: milliseconds) }

  func cue(_ start: Int64, _ end: Int64, _ content: [InlineNode] = [.text("回家")]) -> Cue {
    Cue(id: "7", start: time(start), end: time(end), content: content, sourceLine: 12)
  }

  @Test func shiftsMoveStartEndAndTimestamps() {
    let retiming = Retiming.shift(by: time(-1500))
    let (moved, findings) = retiming.apply(
      to: cue(2000, 4000, [.timestamp(time(2500)), .text("回家")]), file: "a.srt")
    #expect(moved.start == time(500) && moved.end == time(2500))
    #expect(moved.content == [.timestamp(time(1000)), .text("回家")])
    #expect(findings.isEmpty)
  }

  @Test func timesBelowZeroAreClampedAndReported() {
    let (moved, findings) = Retiming.shift(by: time(-3000)).apply(to: cue(2000, 4000), file: "a.srt")
    #expect(moved.start == .zero && moved.end == time(1000))
    #expect(findings.count == 1)
    #expect(findings.first?.location == SourceLocation(file: "a.srt", line: 12))
    #expect(findings.first?.severity == .warning && findings.first?.cueID == "7")
  }

  @Test func cuesBeforeTheStartingTimeStay() {
    let retiming = Retiming.shift(by: time(1000), from: time(3000))
    #expect(retiming.apply(to: cue(2000, 4000), file: "a.srt").cue.start == time(2000))
    #expect(retiming.apply(to: cue(3000, 4000), file: "a.srt").cue.start == time(4000))
  }

  @Test func frameRateChangesKeepFramesExact() throws {
    let film = FrameRate.film
    let pal = try #require(FrameRate("25"))
    let there = Retiming.frameRate(from: film, to: pal)
    let back = Retiming.frameRate(from: pal, to: film)
    // Frame n at 24000/1001 is n·1001/24000 s; at 25 it must be n/25 s, exactly.
    for frame: Int64 in [0, 1, 24, 1439, 172_799, 2_589_408] {
      let original = try #require(MediaTime(numerator: frame * 1001, denominator: 24000))
      let moved = try #require(there.time(original))
      #expect(moved == MediaTime(numerator: frame, denominator: 25))
      #expect(back.time(moved) == original)
    }
  }

  @Test func twoPointsMapExactlyAndEverythingAlongTheirLine() throws {
    let mapping = try #require(Retiming.mapping((time(60_000), time(62_500)), (time(5_400_000), time(5_407_000))))
    #expect(mapping.time(time(60_000)) == time(62_500))
    #expect(mapping.time(time(5_400_000)) == time(5_407_000))
    let middle = try #require(mapping.time(time(2_730_000)))
    #expect(middle == time(2_734_750))  // halfway between the points, halfway between the shifts
    #expect(Retiming.mapping((time(1000), time(2000)), (time(1000), time(3000))) == nil)
  }

  @Test func timesThatWouldNotFitAreLeftAndReported() {
    let huge = Retiming(scale: Fraction(Int128(Int64.max)))
    let (moved, findings) = huge.apply(to: cue(2000, 4000), file: "a.srt")
    #expect(moved == cue(2000, 4000))
    #expect(findings.count == 2 && findings.allSatisfy { $0.severity == .error })
  }
}
