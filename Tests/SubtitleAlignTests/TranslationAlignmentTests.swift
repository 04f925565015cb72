import SubtitleTimeline
import Testing

@testable import SubtitleAlign

/// Untimed translations matched to timed cues by length, anchors and endings, then timed.
@Suite struct TranslationAlignmentTests {
  let english = [
    "Why did you choose the plight of China's migrant workers as the subject of your first film?",
    "Did the issue touch your own life in some way?", "I was born into an ordinary family.",
    "My father is a university professor, and my mother is an accountant.",
    "In 2008, 130 million workers went home.", "The trains were full.",
  ]
  let chinese = [
    "你为什么选择中国农民工的困境作为你第一部电影的题材？", "这个问题是否以某种方式触及过你自己的生活？", "我出生在一个普通家庭。",
    "父亲是大学教授，母亲是会计。", "2008年，1.3亿工人回家。", "火车都满了。",
  ]

  func cues(_ texts: [String]) -> [Cue] {
    texts.enumerated().map { index, text in
      Cue(
        id: String(index + 1), start: MediaTime(milliseconds: Int64(index) * 4000),
        end: MediaTime(milliseconds: Int64(index) * 4000 + 3000), content: [.text(text)], lineLanguages: ["en"])
    }
  }

  @Test func aLineACueIsPairedInOrder() throws {
    let alignment = try #require(TranslationAlignment(lines: chinese, cues: english))
    #expect(alignment.beads == chinese.indices.map { .pair(line: $0, cue: $0) })
  }

  @Test func aLineHoldingTwoSentencesIsSplitOverItsTwoCues() throws {
    let lines = [chinese[0], chinese[1], chinese[2] + chinese[3], chinese[4], chinese[5]]
    let alignment = try #require(TranslationAlignment(lines: lines, cues: english))
    #expect(alignment.beads.contains(.lineOverTwoCues(line: 2, cue: 2)))
    let (timed, unmatched) = alignment.timedTranslation(lines: lines, cues: cues(english))
    #expect(unmatched.isEmpty)
    #expect(timed.map(\.content.plainText) == chinese)
    #expect(timed.map(\.start) == cues(english).map(\.start) && timed[3].lineLanguages == ["zh-Hans"])
  }

  @Test func aLineWithNoPunctuationInsideSpansTheTwoCues() throws {
    let lines = ["我出生在一个普通家庭父亲是大学教授母亲是会计"]
    let two = Array(cues(english)[2...3])
    let alignment = try #require(TranslationAlignment(lines: lines, cues: two.map(\.content.plainText)))
    #expect(alignment.beads == [.lineOverTwoCues(line: 0, cue: 0)])
    let (timed, _) = alignment.timedTranslation(lines: lines, cues: two)
    #expect(timed.count == 1 && timed[0].start == two[0].start && timed[0].end == two[1].end)
  }

  @Test func englishLinesAlignOntoChineseCuesToo() throws {
    let alignment = try #require(TranslationAlignment(lines: english, cues: chinese))
    #expect(alignment.beads == english.indices.map { .pair(line: $0, cue: $0) })
  }

  @Test func numbersAndLatinWordsAreAnchors() {
    #expect(
      TranslationAlignment.anchors("In 2008, Zhengzhou had 1.3 bn") == [
        "in", "2008", "zhengzhou", "had", "1", "3", "bn",
      ])
    #expect(TranslationAlignment.anchors("2008年郑州a") == ["2008"])
  }

  @Test func splittingPrefersASentenceEndNearTheShare() {
    func parts(_ text: String, _ share: Double) -> [String]? {
      TranslationAlignment.split(text, at: share).map { [$0.0, $0.1] }
    }
    #expect(parts("此外，随着放松。户籍制度，逐渐放松。", 0.3) == ["此外，随着放松。", "户籍制度，逐渐放松。"])
    #expect(parts("“回家。”他说，好。", 0.5) == ["“回家。”", "他说，好。"])
    #expect(parts("没有标点的一行", 0.5) == nil)
    #expect(parts("Home. Now!", 0.5) == ["Home.", "Now!"])
  }

  /// The align fuzzer's find: a space carrying combining marks after the cut was trimmed away, marks and all.
  @Test func splittingKeepsCombiningMarksOnASpace() {
    let text = "preset: \u{301}\u{301}NaN%"
    let split = TranslationAlignment.split(text, at: 0.5)
    #expect(split.map { [$0.0, $0.1] } == ["preset:", " \u{301}\u{301}NaN%"])
    #expect(UntimedText.lines(of: " \u{301}a \u{301}").map(\.text) == [" \u{301}a \u{301}"])
  }

  @Test func aLineThatMatchesNoCueJoinsTheTranslationBeforeIt() {
    let alignment = TranslationAlignment(beads: [.lineAlone(line: 0), .pair(line: 1, cue: 0), .lineAlone(line: 2)])
    let (timed, unmatched) = alignment.timedTranslation(lines: ["前言。", "回家。", "后记。"], cues: cues(["Home."]))
    #expect(unmatched == [0, 2])
    #expect(timed.map(\.content.plainText) == ["前言。回家。后记。"] && timed[0].start == .zero)
  }

  /// The program compares anchors as numbers and looks length costs up in a table: the same
  /// answers as the sets and the formula (the program's cells spent most of their time there).
  @Test func anchorNumbersAndTheLengthTableAnswerAsTheSetsAndTheFormula() {
    var random = SystemRandomNumberGenerator()
    let words = ["2008", "1", "train", "home", "ab", "zz", "130", "x"]
    let texts = (0..<60).map { _ in
      (0..<Int.random(in: 0...6, using: &random)).map { _ in words.randomElement(using: &random)! }
        .joined(separator: " ")
    }
    let sets = texts.map(TranslationAlignment.anchors)
    let (first, second) = AnchorTable.pair(Array(sets[..<30]), Array(sets[30...]))
    for i in 0..<30 {
      #expect(first.isEmpty(i) == sets[i].isEmpty)
      for j in 0..<30 { #expect(first.shared(i, with: second, j) == sets[i].intersection(sets[30 + j]).count) }
    }
    let costs = BeadCosts(lineCount: 10, cueCount: 12, ratio: 2.7, variance: 6.8 * 2.7)
    let table = LengthCostTable(costs, lineBound: 40, cueBound: 2000)
    for (line, cue) in [(0, 0), (3, 9), (39, 1023), (40, 7), (5, 1024), (1000, 3000)] {
      #expect(table(line, cue) == costs.lengthCost(line, cue))
    }
  }

  @Test func countsTooFarApartOrTooManyAreRefusedAtOnce() {
    #expect(TranslationAlignment.refusal(lineCount: 100_000, cueCount: 1)?.contains("too different") == true)
    #expect(TranslationAlignment.refusal(lineCount: 100_000, cueCount: 100_000)?.contains("too many") == true)
    #expect(TranslationAlignment.refusal(lineCount: 2_000, cueCount: 2_000) == nil)
    #expect(TranslationAlignment(lines: Array(repeating: "回家。", count: 100_000), cues: ["Home."]) == nil)
    #expect(
      TranslationAlignment(lines: Array(repeating: "回家。", count: 2000), cues: Array(repeating: "Home.", count: 150))
        == nil)
    // Twice as many cues as lines: each line over two cues, the band reaching from row to row.
    let lines = (0..<400).map { "第\($0)行，我们回家。" }
    let cues = (0..<800).map { $0 % 2 == 0 ? "Line \($0 / 2)," : "we go home." }
    let beads = TranslationAlignment(lines: lines, cues: cues)?.beads ?? []
    #expect(beads.filter { if case .lineOverTwoCues = $0 { true } else { false } }.count > 300)
  }

  @Test func untimedTextIsItsNonBlankLines() {
    let lines = UntimedText.lines(of: "\u{FEFF}回家。\r\n\r\n  火车晚点了。 \rWe are here.\n\n")
    #expect(lines.map(\.text) == ["回家。", "火车晚点了。", "We are here."])
    #expect(lines.map(\.line) == [1, 3, 4])
  }
}
