import SubtitleText
import SubtitleTimeline
import Testing

@Suite struct CueTransliteratorTests {
  let bilingual = Cue(
    start: .zero, end: MediaTime(milliseconds: 2000), content: [.text("回家过年"), .lineBreak, .text("Going home")],
    lineLanguages: ["zh-Hans", "en"])

  @Test func convertsChineseLinesOnly() throws {
    let traditional = try #require(CueTransliterator(to: .traditional)).transliterate(bilingual)
    #expect(traditional.content.plainLines == ["回家過年", "Going home"])
    #expect(traditional.lineLanguages == ["zh-Hant", "en"])
    let back = try #require(CueTransliterator(to: .simplified)).transliterate(traditional)
    #expect(back.content == bilingual.content)
    #expect(back.lineLanguages == ["zh-Hans", "en"])
  }

  @Test func addsPinyinAsALine() throws {
    let cue = try #require(CueTransliterator(to: .pinyin)).transliterate(bilingual)
    #expect(cue.content.plainLines == ["回家过年", "huí jiā guò nián", "Going home"])
    #expect(cue.lineLanguages == ["zh-Hans", CueTransliterator.pinyinLanguage, "en"])
  }

  @Test func addsPinyinAsRuby() throws {
    let cue = try #require(CueTransliterator(to: .pinyin, pinyin: .ruby)).transliterate(bilingual)
    #expect(cue.content.plainLines == ["回家过年", "Going home"])  // ruby text is not plain text
    let first = InlineNode.span(
      InlineSpan(.ruby, children: [.text("回"), .span(InlineSpan(.rubyText, children: [.text("huí")]))]))
    #expect(cue.content.first == first)
    #expect(cue.lineLanguages == ["zh-Hans", "en"])
  }
}
