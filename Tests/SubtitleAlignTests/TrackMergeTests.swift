import SubtitleAlign
import SubtitleTimeline
import Testing

/// Pairing two tracks by time overlap and making them one bilingual track.
@Suite struct TrackMergeTests {
  func cue(_ start: Int64, _ end: Int64, _ text: String, _ language: String) -> Cue {
    Cue(
      start: MediaTime(milliseconds: start), end: MediaTime(milliseconds: end), content: [.text(text)],
      lineLanguages: [language])
  }

  @Test func aCueTheOtherTrackSplitInTwoPairsWithBothHalves() throws {
    let chinese = [cue(0, 4000, "下一站郑州，请做好准备。", "zh-Hans"), cue(4200, 6000, "回家。", "zh-Hans")]
    let english = [
      cue(0, 1500, "Next stop Zhengzhou,", "en"), cue(1500, 4000, "please get ready.", "en"),
      cue(4300, 6100, "Home.", "en"),
    ]
    let (cues, unpaired) = try #require(TrackMerge.merge(chinese, english))
    #expect(
      cues.map(\.content.plainLines) == [
        ["下一站郑州，请做好准备。", "Next stop Zhengzhou, please get ready."], ["回家。", "Home."],
      ])
    #expect(cues.map(\.id) == ["1", "2"] && unpaired == (0, 0))
    #expect(cues[0].lineLanguages == ["zh-Hans", "en"])
  }

  @Test func neighboursThatOverlapALittleStayPairs() throws {
    // Each English cue is 150 ms late, so it runs into the next Chinese cue.
    let chinese = (0..<4).map { cue(Int64($0) * 2100, Int64($0) * 2100 + 2000, "第\($0)句", "zh-Hans") }
    let english = (0..<4).map { cue(Int64($0) * 2100 + 150, Int64($0) * 2100 + 2150, "Line \($0)", "en") }
    let (cues, _) = try #require(TrackMerge.merge(chinese, english))
    #expect(cues.map(\.content.plainLines) == (0..<4).map { ["第\($0)句", "Line \($0)"] })
  }

  @Test func cuesThatOverlapNothingStayAloneAndAreCounted() throws {
    let chinese = [cue(0, 2000, "一", "zh-Hans"), cue(10_000, 12_000, "二", "zh-Hans")]
    let english = [cue(0, 2000, "One", "en"), cue(5000, 6000, "Between", "en")]
    let (cues, unpaired) = try #require(TrackMerge.merge(chinese, english))
    #expect(cues.map(\.content.plainText) == ["一\nOne", "Between", "二"])
    #expect(unpaired == (1, 1))
  }

  @Test func timingComesFromEitherTrackOrBoth() {
    let chinese = [cue(1000, 3000, "回家", "zh-Hans")]
    let english = [cue(1200, 3400, "Home", "en")]
    #expect(TrackMerge.merge(chinese, english)?.cues[0].start == MediaTime(milliseconds: 1000))
    #expect(TrackMerge.merge(chinese, english)?.cues[0].end == MediaTime(milliseconds: 3400))
    #expect(TrackMerge.merge(chinese, english, timing: .first)?.cues[0].end == MediaTime(milliseconds: 3000))
    #expect(TrackMerge.merge(chinese, english, timing: .second)?.cues[0].start == MediaTime(milliseconds: 1200))
    #expect(TrackMerge.merge(chinese, english, firstOnTop: false)?.cues[0].content.plainLines == ["Home", "回家"])
  }

  @Test func emptyTracksMergeToTheOther() {
    let english = [cue(0, 1000, "One", "en")]
    #expect(TrackMerge.merge([], english)?.cues.map(\.content.plainText) == ["One"])
    #expect(TrackMerge.merge([], [])?.cues.isEmpty == true)
  }

  @Test func tracksWhoseCuesAllOverlapAreRefusedNotPairedForever() {
    // Refused before any pairing is tried: 20,000 cues at one instant took 20 s and 500 MB to refuse.
    let chinese = (0..<20_000).map { cue(0, 1000, "第\($0)句", "zh-Hans") }
    let english = (0..<20_000).map { cue(0, 1000, "Line \($0)", "en") }
    #expect(TrackMerge.merge(chinese, english) == nil)
  }
}
