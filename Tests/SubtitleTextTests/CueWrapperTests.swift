import SubtitleText
import SubtitleTimeline
import Testing
import TextUnicode

@Suite struct CueWrapperTests {
  func cue(_ lines: [InlineNode], _ languages: [String?]) -> Cue {
    Cue(start: .zero, end: MediaTime(milliseconds: 3000), content: lines, lineLanguages: languages)
  }

  @Test func rewrapsEachLanguageOnItsOwn() {
    let input = cue(
      [.text("我们每年春节都坐火车回家，一路站着"), .lineBreak, .text("Every New Year we take"), .lineBreak, .text("the train home")],
      ["zh-Hans", "en", "en"])
    let (wrapped, problems) = CueWrapper(maxColumns: 16, maxLines: 3).wrap(input)
    #expect(problems.contains { $0.hasPrefix("en \"") } == false)
    let width = DisplayWidth()
    let lines = wrapped.content.plainLines
    #expect(wrapped.lineLanguages.count == lines.count)
    #expect(wrapped.lineLanguages.filter { $0 == "zh-Hans" }.count == 3)
    #expect(LanguageBlock.join(Array(lines.prefix(3))) == "我们每年春节都坐火车回家，一路站着")
    #expect(LanguageBlock.join(Array(lines.dropFirst(3))) == "Every New Year we take the train home")
    for line in lines {
      #expect(width.columns(of: line) <= 16, "\(line)")
      #expect(!"，。！？、」".contains(line.first ?? " "))
    }
    #expect(problems.isEmpty)
  }

  @Test func onlyTheNamedLanguageIsRewrapped() {
    let input = cue([.text("回家"), .lineBreak, .text("going"), .lineBreak, .text("home")], ["zh-Hans", "en", "en"])
    let (wrapped, _) = CueWrapper(maxColumns: 40, maxLines: 2, language: "zh").wrap(input)
    #expect(wrapped.content.plainLines == ["回家", "going", "home"])
    let (all, _) = CueWrapper(maxColumns: 40, maxLines: 2).wrap(input)
    #expect(all.content.plainLines == ["回家", "going home"])
  }

  @Test func keepsAWholeLineSpanAroundTheWrappedLines() {
    let italic = { (text: String) in InlineNode.span(InlineSpan(.italic, children: [.text(text)])) }
    let input = cue([italic("one two three"), .lineBreak, italic("four")], ["en", "en"])
    let (wrapped, _) = CueWrapper(maxColumns: 12, maxLines: 2).wrap(input)
    #expect(wrapped.content == [italic("one two"), .lineBreak, italic("three four")])
  }

  @Test func reportsWhatCannotFitAndCutsNothing() {
    let input = cue([.text("a Supercalifragilistic word")], ["en"])
    let (wrapped, problems) = CueWrapper(maxColumns: 10, maxLines: 2).wrap(input)
    #expect(wrapped.content.plainText.contains("Supercalifragilistic"))
    #expect(problems.contains { $0.contains("cannot be broken") })
    #expect(problems.contains { $0.contains("needs 3 lines") })
    let marked = cue([.text("a "), .span(InlineSpan(.bold, children: [.text("very long bold line")]))], ["en"])
    let (kept, markupProblems) = CueWrapper(maxColumns: 10, maxLines: 2).wrap(marked)
    #expect(kept.content == marked.content)
    #expect(markupProblems.contains { $0.contains("has markup") })
  }
}
