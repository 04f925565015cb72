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
}
