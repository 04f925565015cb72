import SubtitleChecks
import SubtitleTimeline
import Testing

/// `--fix` on whole tracks: a second run changes nothing.
@Suite struct TrackFixerTests {
  /// A short cue lengthened to the minimum can leave a chain gap before the next cue; it is closed
  /// in the same run (found by the check fuzzer: the second run moved the end again).
  @Test func lengtheningThenClosingTheGapLeftIsIdempotent() {
    let fixer = TrackFixer(settings: CheckSettings(preset: .netflixEnglish), file: "a.srt")
    let cues = [
      Cue(start: .zero, end: MediaTime(milliseconds: 500), content: [.text("Go.")], lineLanguages: ["en"]),
      Cue(
        start: MediaTime(milliseconds: 1000), end: MediaTime(milliseconds: 3000), content: [.text("Home.")],
        lineLanguages: ["en"]),
    ]
    let once = fixer.fix(cues)
    #expect(once.cues[0].end == MediaTime(milliseconds: 917))  // 2 frames (83 ms) before the next cue
    let twice = fixer.fix(once.cues)
    #expect(twice.cues == once.cues && twice.fixes.isEmpty)
  }

  /// A start is not moved onto a cut before the previous cue's start, even when that cue ends
  /// before it starts (found by the check fuzzer: the second run had to sort).
  @Test func snappingToACutKeepsTheOrder() {
    var settings = CheckSettings(preset: .netflixEnglish)
    settings.shotChanges = ShotChanges(milliseconds: [10_000])
    let fixer = TrackFixer(settings: settings, file: "a.srt")
    let cues = [
      Cue(start: MediaTime(milliseconds: 10_050), end: MediaTime(milliseconds: 2000), content: [.text("Back.")]),
      Cue(start: MediaTime(milliseconds: 10_100), end: MediaTime(milliseconds: 12_000), content: [.text("Home.")]),
    ]
    let once = fixer.fix(cues)
    #expect(once.cues.map(\.start) == cues.map(\.start))
    #expect(fixer.fix(once.cues).fixes.isEmpty)
  }

  /// A comma widened on a Chinese line makes the space after it stray; it goes in the same run
  /// (found by the check fuzzer in CI: the second run removed the space).
  @Test func spacesAfterWidenedPunctuationGoInTheSameRun() {
    let fixer = TrackFixer(settings: CheckSettings(preset: .netflixBilingual), file: "a.srt")
    let cue = Cue(
      start: .zero, end: MediaTime(milliseconds: 2000), content: [.text("回家, 过年")], lineLanguages: ["zh-Hans"])
    let once = fixer.fix([cue])
    #expect(once.cues[0].content == [.text("回家，过年")])
    #expect(Set(once.fixes.map(\.rule)) == ["punctuation-width", "whitespace"])
    #expect(fixer.fix(once.cues).fixes.isEmpty)
  }

  /// Lines joined to be rewrapped get no second space where a line began with one (inside a ruby
  /// span the whitespace fix does not trim it); found by the check fuzzer: the second run removed it.
  @Test func rewrappingAddsNoSpaceWhereALineBeginsWithOne() {
    let fixer = TrackFixer(settings: CheckSettings(preset: .bbcEnglish), file: "a.vtt")
    let ruby: [InlineNode] = [
      .text("火"), .span(InlineSpan(.rubyText, children: [.text("huǒ")])), .text("！"), .lineBreak,
      .text("Amélie said hello, and we all laughed,"), .lineBreak, .text(" together."),
    ]
    let cue = Cue(
      start: MediaTime(milliseconds: 7500), end: MediaTime(milliseconds: 10_000),
      content: [.span(InlineSpan(.ruby, children: ruby))], lineLanguages: ["zh-Hans", "en", "en"])
    let once = fixer.fix([cue])
    #expect(once.cues[0].content.plainText.contains("laughed, together."))
    #expect(fixer.fix(once.cues).fixes.isEmpty)
  }

  /// A rewrapped line never starts with a tab: the line breaker may break after a space and before
  /// a tab, and the whitespace fix would trim it on the next run (found by the check fuzzer).
  @Test func rewrappedLinesStartWithNoTab() {
    let fixer = TrackFixer(settings: CheckSettings(preset: .bbcEnglish), file: "a.srt")
    let cue = Cue(
      start: MediaTime(milliseconds: 1000), end: MediaTime(milliseconds: 4000),
      content: [
        .text(
          "\"inArr \t\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}phrasesefoYe\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}phrasefoYe")
      ],
      lineLanguages: ["en"])
    let once = fixer.fix([cue])
    #expect(once.fixes.contains { $0.rule == "cpl" })
    #expect(!once.cues[0].content.lines.contains { $0.plainText.first?.isWhitespace == true })
    #expect(fixer.fix(once.cues).fixes.isEmpty)
  }

  /// An end is not moved to the gap before a cut where that would overlap the next cue, which the
  /// overlap fix would then undo (found by the check fuzzer in CI: each run moved the end there and
  /// back).
  @Test func snappingAnEndRespectsTheNextCue() {
    var settings = CheckSettings(preset: .netflixEnglish)
    settings.shotChanges = ShotChanges(milliseconds: [1100, 4142, 4300, 9100])
    let fixer = TrackFixer(settings: settings, file: "a.srt")
    let times: [(Int64, Int64)] = [(1000, 4000), (4042, 8000), (4200, 8000), (9000, 12_000)]
    let cues = times.map {
      Cue(start: MediaTime(milliseconds: $0), end: MediaTime(milliseconds: $1), content: [.text("Go.")])
    }
    let once = fixer.fix(cues)
    #expect(once.cues[0].end == MediaTime(milliseconds: 3959))  // 2 frames before the next cue
    #expect(fixer.fix(once.cues).fixes.isEmpty)
  }

  /// Each moved end is reported once, from where it was to where it ends up.
  @Test func aMoveIsReportedOnceWithItsNetChange() {
    let fixer = TrackFixer(settings: CheckSettings(preset: .netflixEnglish), file: "a.srt")
    let cues = [
      Cue(start: .zero, end: MediaTime(milliseconds: 1500), content: [.text("Go.")]),
      Cue(start: MediaTime(milliseconds: 1000), end: MediaTime(milliseconds: 3000), content: [.text("Home.")]),
    ]
    let fixes = fixer.fix(cues).fixes
    #expect(fixes.map(\.message) == ["fixed: end moved from 00:00:01.500 to 00:00:00.917"])
    #expect(fixes.map(\.rule) == ["overlap"])
  }
}
