import SubtitleText
import SubtitleTimeline
import Testing
import TextUnicode

@Suite struct SubtitleStatisticsTests {
  @Test func gathersCountsWidthsAndSpeedsPerLanguage() {
    let width = DisplayWidth()
    var statistics = SubtitleStatistics()
    statistics.add(
      Cue(
        id: "a", start: MediaTime(milliseconds: 1000), end: MediaTime(milliseconds: 3000),
        content: [.text("回家过年"), .lineBreak, .text("Going home")], lineLanguages: ["zh-Hans", "en"]),
      width: width)
    statistics.add(
      Cue(
        id: "b", start: MediaTime(milliseconds: 4000), end: MediaTime(milliseconds: 5000),
        content: [.text("我们"), .lineBreak, .text("Home"), .lineBreak, .text("again")],
        lineLanguages: ["zh-Hans", "en", "en"]),
      width: width)
    #expect(statistics.cues == 2)
    #expect(statistics.durationSeconds == 4)
    #expect(statistics.languages.map(\.tag) == ["zh-Hans", "en"])
    #expect(statistics.languages.map(\.lines) == [2, 3])
    #expect(statistics.languages[0].longestLineColumns == 8)
    #expect(statistics.longestLineColumns == 10)
    #expect(statistics.longestLineCue.description == "cue a")
    #expect(statistics.languages[1].fastestCharactersPerSecond == 10)  // "Home again" in 1 s
    #expect(statistics.languages[1].fastestCue.id == "b")
    #expect(statistics.languages[0].fastestCharactersPerSecond == 2)
  }

  @Test func joinsLinesAsAPassage() {
    #expect(LanguageBlock.join(["回家", "过年"]) == "回家过年")
    #expect(LanguageBlock.join(["Going", "home"]) == "Going home")
    #expect(LanguageBlock.join(["ever-", "shifting"]) == "ever-shifting")
    #expect(LanguageBlock.join(["2010 -", "2020"]) == "2010 - 2020")
    #expect(LanguageBlock.join(["We won 🎉", "See you"]) == "We won 🎉 See you")  // emoji are wide, not Chinese
    #expect(LanguageBlock.join(["한국어", "좋아요"]) == "한국어 좋아요")  // Hangul takes spaces
    #expect(LanguageBlock.join(["回家，", "Going"]) == "回家，Going")
  }
}
