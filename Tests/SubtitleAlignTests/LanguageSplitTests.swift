import SubtitleAlign
import SubtitleTimeline
import Testing

/// Taking a bilingual cue apart by line language.
@Suite struct LanguageSplitTests {
  let bilingual = Cue(
    id: "1", start: .zero, end: MediaTime(milliseconds: 2000),
    content: [
      .text("回家过年。"), .lineBreak, .span(InlineSpan(.italic, children: [.text("Home")])), .lineBreak,
      .text("for the New Year."),
    ],
    lineLanguages: ["zh-Hans", "en", "en"])

  @Test func eachLanguageKeepsItsOwnLinesAndMarkup() throws {
    let chinese = try #require(LanguageSplit.cue(bilingual, in: "zh"))
    #expect(chinese.content == [.text("回家过年。")] && chinese.lineLanguages == ["zh-Hans"])
    let english = try #require(LanguageSplit.cue(bilingual, in: "en"))
    #expect(english.content.plainLines == ["Home", "for the New Year."])
    #expect(english.start == bilingual.start && english.end == bilingual.end && english.id == "1")
  }

  @Test func aCueWithoutTheLanguageIsLeftOut() {
    #expect(LanguageSplit.cue(bilingual, in: "fr") == nil)
    #expect(LanguageSplit.cue(bilingual, in: "zh-Hant") == nil)
  }

  @Test func languagesAreListedOnceInTheirOrder() {
    #expect(LanguageSplit.languages(of: bilingual) == ["zh", "en"])
  }
}
