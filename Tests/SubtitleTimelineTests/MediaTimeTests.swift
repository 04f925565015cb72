import SubtitleTimeline
import Testing

@Suite struct MediaTimeTests {
  @Test func millisecondsReduceToLowestTerms() {
    let time = MediaTime(milliseconds: 1500)
    #expect(time.numerator == 3)
    #expect(time.denominator == 2)
    #expect(time == MediaTime(numerator: 3, denominator: 2))
  }

  @Test func millisecondsReduceAsTheGeneralFractionDoes() throws {
    let samples: [Int64] = Array(-2001...2001) + [Int64.max, Int64.min, Int64.max / 4, 5_000_000, -1_234_000, 1 << 40]
    for milliseconds in samples {
      let time = MediaTime(milliseconds: milliseconds)
      let general = try #require(MediaTime(reducing: Int128(milliseconds), 1000))
      #expect(time.numerator == general.numerator && time.denominator == general.denominator, "\(milliseconds) ms")
    }
  }

  @Test func framesStayExact() throws {
    let frame = try #require(MediaTime(numerator: 1001, denominator: 30000))
    #expect(frame.description == "1001/30000")
    #expect(MediaTime(exactDescription: "1001/30000") == frame)
    #expect(frame.roundedMilliseconds == 33)
  }

  @Test func halfMillisecondRoundsUp() throws {
    #expect(try #require(MediaTime(numerator: 1, denominator: 2000)).roundedMilliseconds == 1)
    #expect(try #require(MediaTime(numerator: -1, denominator: 2000)).roundedMilliseconds == 0)
    #expect(try #require(MediaTime(numerator: 2, denominator: 3)).roundedMilliseconds == 667)
  }

  @Test func comparesAcrossDenominators() throws {
    let a = try #require(MediaTime(numerator: 1001, denominator: 30000))
    #expect(a > MediaTime(milliseconds: 33))
    #expect(a < MediaTime(milliseconds: 34))
    #expect(MediaTime(numerator: 1, denominator: 0) == nil)
  }

  @Test func addsExactly() throws {
    let frame = try #require(MediaTime(numerator: 1001, denominator: 30000))
    let sum = try #require(frame.adding(MediaTime(milliseconds: 1000)))
    #expect(sum.description == "31001/30000")
    #expect(sum.adding(sum.negated) == .zero)
  }
}
