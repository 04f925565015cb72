import SubtitleAlign
import SubtitleTimeline
import Testing

/// Times and durations typed on a command line, read exactly or refused with a reason.
@Suite struct TimeTextTests {
  func time(_ milliseconds: Int64) -> MediaTime { MediaTime(milliseconds: milliseconds) }

  @Test(
    arguments: [
      ("00:00:01.200", 1200), ("01:02:03,004", 3_723_004), ("01:02.5", 62_500), ("90:00", 5_400_000),
      ("62.5", 62_500), ("62.5s", 62_500), ("1500ms", 1500), ("0.25ms", 0), (" 7s ", 7000),
    ] as [(String, Int64)])
  func timesReadExactly(text: String, milliseconds: Int64) throws {
    #expect(try TimeText.time(text).roundedMilliseconds == milliseconds, "\(text)")
  }

  @Test func fractionsOfAMillisecondStayExact() throws {
    #expect(try TimeText.time("0.25ms") == MediaTime(numerator: 1, denominator: 4000))
    #expect(try TimeText.duration("-12f", frameRate: .film) == MediaTime(numerator: -1001, denominator: 2000))
  }

  @Test func durationsTakeASign() throws {
    #expect(try TimeText.duration("-2.5s") == time(-2500))
    #expect(try TimeText.duration("+00:00:01.200") == time(1200))
    #expect(throws: TimeText.Failure.self) { try TimeText.time("-2.5s") }
  }

  @Test(arguments: [
    "", "s", "two", "1:2:3:4", "00:60:00", "00:00:61", "1.2.3", "12f", "1e3", "--1s", "99999999999999999999",
    "999999999999999999:00:00",
  ])
  func notTimesAreRefusedWithAReason(text: String) {
    #expect(throws: TimeText.Failure.self, "\(text)") { try TimeText.duration(text) }
  }

  @Test func pointsArePairsOfTimes() throws {
    let points = try TimeText.points("00:01:00=00:01:02.5,90:00=01:30:07")
    #expect(points.map(\.from) == [time(60_000), time(5_400_000)])
    #expect(points.map(\.to) == [time(62_500), time(5_407_000)])
    #expect(throws: TimeText.Failure.self) { try TimeText.points("00:01:00") }
  }
}
