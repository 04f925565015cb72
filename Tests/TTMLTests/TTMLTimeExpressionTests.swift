import SubtitleTimeline
import Testing

@testable import TTML

@Suite struct TTMLTimeExpressionTests {
  private let ntsc = TimeRates(frameRate: 30, multiplier: (1000, 1001), subFrameRate: 2, tickRate: (10_000_000, 1))

  private func time(_ text: String, _ rates: TimeRates = TimeRates()) throws -> String {
    var leniencies: [String] = []
    let time = try TTMLTimeExpression.parse(text, rates: rates, leniencies: &leniencies).description
    #expect(leniencies.isEmpty, "\(leniencies)")
    return time
  }

  @Test func clockTimes() throws {
    #expect(try time("00:00:01.5") == "3/2")
    #expect(try time("01:02:03") == "3723")
    #expect(try time("100:00:00.001") == "360000001/1000")
    #expect(try time(" 00:00:02.000 ") == "2")
  }

  @Test func framesAndSubFramesAtNTSCRates() throws {
    #expect(try time("00:00:00:01", ntsc) == "1001/30000")
    #expect(try time("00:00:01:29.1", ntsc) == "\(1 * 60000 + 29 * 2002 + 1001)/60000")
    #expect(try time("90f", ntsc) == "3003/1000")
    #expect(try time("1f") == "1/30")
  }

  @Test func offsetTimes() throws {
    #expect(try time("1.25h") == "4500")
    #expect(try time("2m") == "120")
    #expect(try time("0.5s") == "1/2")
    #expect(try time("1500ms") == "3/2")
    #expect(try time("15000000t", ntsc) == "3/2")
    #expect(try time("3t", TimeRates(tickRate: (1, 1))) == "3")
  }

  /// Malformed times real files use (Apple's lyrics TTML among them) read with a note.
  @Test(arguments: [
    ("1:02.5", "125/2", "without hours"), ("00:00", "0", "without hours"), ("65.000", "65", "without a unit"),
    ("1", "1", "without a unit"), ("0:00:01.5", "3/2", "one-digit hours"),
    ("00:00:00:30", "29/30", "frame 30 in \"00:00:00:30\" is not below the rate; read as frame 29"),
  ])
  func malformedButCommonTimesAreReadWithANote(text: String, expected: String, note: String) throws {
    var leniencies: [String] = []
    #expect(try TTMLTimeExpression.parse(text, rates: TimeRates(), leniencies: &leniencies).description == expected)
    #expect(leniencies.count == 1 && leniencies[0].contains(note), "\(leniencies)")
  }

  @Test(arguments: ["", "1.s", "00:60:00", "1x", "00:00:00.", "-1s", "99999999999999999999h", "1:2:3:4:5"])
  func malformedExpressionsAreRefused(text: String) {
    #expect(throws: TTMLTimeExpression.Failure.self) { try time(text) }
  }
}
