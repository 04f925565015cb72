import Foundation
import SubtitleTimeline
import Testing

@testable import SubtitleAlign

/// The parts of the sync search, each against the slow obvious computation.
@Suite struct SyncSearchTests {
  /// A small deterministic generator, so that the cases are the same on every run.
  struct Generator {
    var state: UInt64
    mutating func next(_ range: ClosedRange<Int>) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return range.lowerBound + Int((state >> 33) % UInt64(range.count))
    }
  }

  /// `count` cues of 1.2–4.5 s with gaps of 0.1–2.5 s, in milliseconds.
  static func track(_ count: Int, seed: UInt64) -> [(start: Double, end: Double)] {
    var generator = Generator(state: seed)
    var time = 1000
    return (0..<count).map { _ in
      let start = time
      time += generator.next(1200...4500)
      defer { time += generator.next(100...2500) }
      return (Double(start), Double(time))
    }
  }

  @Test func intervalsAreTheUnionOfTheCues() {
    let intervals = SpeechIntervals([(5, 8), (0, 2), (1, 3), (7, 9), (10, 10)])
    #expect(intervals.starts == [0, 5] && intervals.ends == [3, 9])
    #expect(intervals.covered == 7 && intervals.span == 9)
    #expect(intervals.overlap(2, 6) == 2 && intervals.overlap(9, 20) == 0)
    #expect(intervals.raster(origin: 0, bin: 2, cells: 5) == [1, 0.5, 0.5, 1, 0.5])
  }

  @Test func theFourierTransformMatchesTheSum() {
    let size = 16
    let signal = (0..<size).map { Double(($0 * 7) % 5) - 2 }
    var (real, imaginary) = (signal, [Double](repeating: 0, count: size))
    FourierTransform(size: size).transform(&real, &imaginary)
    for frequency in 0..<size {
      var (re, im) = (0.0, 0.0)
      for (index, value) in signal.enumerated() {
        let angle = -2 * Double.pi * Double(frequency * index) / Double(size)
        re += value * cos(angle)
        im += value * sin(angle)
      }
      #expect(abs(real[frequency] - re) < 1e-9 && abs(imaginary[frequency] - im) < 1e-9)
    }
    FourierTransform(size: size).transform(&real, &imaginary, inverse: true)
    #expect(zip(real, signal).allSatisfy { abs($0 / Double(size) - $1) < 1e-9 })
  }

  @Test func theCorrelationPeaksAtTheOffset() {
    let reference = SpeechIntervals(Self.track(200, seed: 1))
    let moved = SpeechIntervals(Self.track(200, seed: 1).map { ($0.start - 37_000, $0.end - 37_000) })
    let correlation = OverlapCorrelation(reference: reference, inputSpan: moved.span, bin: 100)
    let overlaps = correlation.overlaps(of: moved)
    let peak = OverlapCorrelation.peaks(overlaps, count: 1, radius: 1000)[0]
    #expect(abs(peak.offset - 37_000) <= 100)
    #expect(abs(peak.overlap - reference.covered) < reference.covered * 0.02)
    // At any offset the correlation is the overlap on the grid, near the exact one.
    let exact = moved.starts.indices.reduce(0.0) {
      $0 + reference.overlap(moved.starts[$1] + 12_300, moved.ends[$1] + 12_300)
    }
    let onGrid = overlaps.min { abs($0.offset - 12_300) < abs($1.offset - 12_300) }!
    #expect(abs(onGrid.overlap - exact) < reference.covered * 0.01)
  }

  @Test func theSweepFindsTheBestOffsetExactly() {
    let cues = Self.track(60, seed: 2)
    let reference = SpeechIntervals(Self.track(60, seed: 2).map { ($0.start + 1234, $0.end + 1234) })
    let (offset, overlap) = reference.bestOffset(for: cues[...], in: 0...3000)
    #expect(offset == 1234)
    // No offset on a 1 ms grid does better.
    let total = { (shift: Double) in cues.reduce(0.0) { $0 + reference.overlap($1.start + shift, $1.end + shift) } }
    #expect(abs(overlap - total(1234)) < 1e-6)
    #expect(stride(from: 0.0, through: 3000, by: 1).allSatisfy { total($0) <= overlap + 1e-6 })
  }

  @Test func theScalesAreTheCommonFrameRatePairs() {
    #expect(SyncSearch.scales.count == 17)  // 1, and 16 distinct ratios among the five common rates
    #expect(SyncSearch.scales.contains(Fraction(960, 1001)))  // 23.976 → 25
    #expect(SyncSearch.scales.contains(Fraction(1001, 960)))  // 25 → 23.976
  }
}
