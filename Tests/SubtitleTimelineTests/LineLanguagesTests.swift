import SubtitleTimeline
import Testing

@Suite struct LineLanguagesTests {
  @Test func tagsByScript() {
    #expect(LineLanguages.byScript("我知道我不是个好妈妈") == "zh-Hans")
    #expect(LineLanguages.byScript("I know I haven't been a good mom") == "en")
    #expect(LineLanguages.byScript("CCTV的记者") == "zh-Hans")
    #expect(LineLanguages.byScript("123 ...") == nil)
  }

  @Test func markupWinsOverScript() {
    var cue = Cue(
      start: .zero, end: MediaTime(milliseconds: 1000),
      content: [
        .span(InlineSpan(.language("zh-Hant"), children: [.text("回家")])), .lineBreak, .text("Going home"),
      ])
    LineLanguages.tag(&cue)
    #expect(cue.lineLanguages == ["zh-Hant", "en"])
  }

  @Test func plainLinesSplitAtNestedBreaks() {
    let content: [InlineNode] = [
      .span(InlineSpan(.italic, children: [.text("a"), .lineBreak, .text("b")])), .text("c"),
    ]
    #expect(content.plainLines == ["a", "bc"])
    #expect(content.lineCount == 2)
    #expect(content.plainText == "a\nbc")
  }
}
