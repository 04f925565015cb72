import SubtitleTimeline
import Testing

@testable import SubtitleChecks

/// The pieces rules are built from: number reading, character counts, frame rates, shot-change
/// lists, tag balance.
@Suite struct RuleHelpersTests {
  @Test func englishNumbersAndTheirScaleWords() {
    #expect(NumberText.englishNumbers(in: "1,000 people, 2.5 hours, 1.3 billion, the 1st") == [1000, 2.5, 1.3e9, 1])
  }

  @Test func chineseNumeralsReadAsNumbers() {
    #expect(NumberText.chineseNumbers(in: "三十五个人") == [35])
    #expect(NumberText.chineseNumbers(in: "两千零八年") == [2008])
    #expect(NumberText.chineseNumbers(in: "一九九八年") == [1998])
    #expect(NumberText.chineseNumbers(in: "一亿五千万") == [150_000_000])
    #expect(NumberText.chineseNumbers(in: "13亿人口，3万元，２０２０年") == [1.3e9, 30000, 2020])
    #expect(NumberText.same(1.3 * 1e9, 13 * 1e8))
  }

  @Test func halfWidthCharactersCountHalfOnChineseLines() {
    #expect(ReadingCount.characters("火车 OK", chinese: true) == 3.5)
    #expect(ReadingCount.characters("Go home.", chinese: false) == 8)
    #expect(ReadingCount.characters("回家，过年。", chinese: true) == 6)
    #expect(ReadingCount.characters("Cafe\u{301} 👍🏽", chinese: false) == 6)  // graphemes: é and the emoji are one each
    #expect(ReadingCount.characters("a\nb", chinese: false) == 2)
  }

  @Test func whitespaceIsUnicodesWhiteSpaceProperty() {
    let scalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init(_:))
    #expect(scalars.filter(CheckedLine.isWhitespace) == scalars.filter(\.properties.isWhitespace))
  }

  @Test func frameRatesParseAndCountFramesToTheNearest() throws {
    let film = try #require(FrameRate("23.976"))
    #expect(film == .film && FrameRate("24000/1001") == .film)
    #expect(film.frames(inMilliseconds: 83) == 2)  // 2 frames written in milliseconds
    #expect(film.milliseconds(ofFrames: 24) == 1001)
    #expect(FrameRate("0") == nil && FrameRate("1/0") == nil && FrameRate("1e999") == nil && FrameRate("x") == nil)
  }

  @Test func shotChangeListsReadSecondsClocksAndFrames() throws {
    let cuts = try ShotChanges(text: "# cuts\n1.5\n00:00:02.000\r\n48\n\n", frameRate: .film, file: "cuts.txt")
    #expect(cuts.milliseconds == [1500, 2000, 2002])
    #expect(cuts.around(1900) == (1500, 2000))
    let error = #expect(throws: SubtitleError.self) {
      try ShotChanges(text: "1.5\nsoon\n", frameRate: .film, file: "cuts.txt")
    }
    #expect(error?.finding.location == SourceLocation(file: "cuts.txt", line: 2))
    // A frame number whose time is past the largest time is refused, however slow the frame rate.
    let slow = try #require(FrameRate("1/7000"))
    let late = #expect(throws: SubtitleError.self) {
      try ShotChanges(text: "1.0\n999999999999\n", frameRate: slow, file: "cuts.txt")
    }
    #expect(late?.finding.location == SourceLocation(file: "cuts.txt", line: 2))
  }

  @Test func tagsMustCloseInOrder() {
    #expect(TagBalance.firstProblem(in: "<i>a</i> <b>b</b>") == nil)
    #expect(TagBalance.firstProblem(in: "<v Mum>a") == nil)  // WebVTT voices need no end tag
    #expect(TagBalance.firstProblem(in: "<i>a") == "<i> is not closed")
    #expect(TagBalance.firstProblem(in: "<i><b>a</i></b>")?.contains("</i> closes") == true)
    #expect(TagBalance.firstProblem(in: "a</u>") == "</u> closes a tag that is not open")
  }
}
