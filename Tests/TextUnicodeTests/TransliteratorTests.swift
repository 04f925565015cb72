import SubkitTestSupport
import Testing
import TextUnicode

/// A long text is transformed in pieces (linear time) to exactly what one ICU call gives.
@Suite struct TransliteratorTests {
  /// Every text line of the film's transcripts, in one string: Han, punctuation, Latin and digits.
  static let transcriptText: String = {
    let names = ["last-train-home-dialogue.srt", "last-train-home-qa.srt"]
    let text = names.compactMap { PackagePaths.text("Transcripts/\($0)") }
    return text.joined().split(separator: "\n").filter { line in
      !line.contains("-->") && !line.allSatisfy(\.isNumber)
    }.joined(separator: " ")
  }()

  /// Pieces of 64 units are longer than any run of ideographs here, so no piece is cut inside one;
  /// pinyin, whose rules read one ideograph at a time, is exact even when cut inside runs.
  @Test(arguments: [("Han-Latin", 5), ("Han-Latin", 64), ("Hans-Hant", 64), ("Hant-Hans", 64), ("Hans-Hant", 1024)])
  func piecesGiveWhatOneCallGives(id: String, pieceLength: Int) throws {
    let transliterator = try #require(Transliterator(id))
    #expect(Self.transcriptText.count > 5000)
    for text in [Self.transcriptText, Self.transcriptText.filter { !$0.isWhitespace }] {
      #expect(
        transliterator.transform(text, pieceLength: pieceLength, remembering: false)
          == transliterator.transform(text, pieceLength: .max, remembering: false))
    }
  }

  @Test func surrogatePairsAreNeverSplit() throws {
    let transliterator = try #require(Transliterator.toPinyin())
    let text = String(repeating: "𠀀回家😀", count: 50)  // astral Han and emoji: two UTF-16 units each
    let whole = transliterator.transform(text, pieceLength: .max, remembering: false)
    #expect(transliterator.transform(text, pieceLength: 3, remembering: false) == whole)
    #expect(transliterator.transform(text) == whole)
  }

  /// A run between ideographs longer than the longest remembered one is put together from
  /// remembered pieces, to what one ICU call gives: letters, words, combining marks (with and
  /// without a letter before them), emoji, Cyrillic.
  @Test func longRunsInRememberedPiecesAreWhatOneCallGives() throws {
    let transliterator = try #require(Transliterator.toPinyin())
    let runs = [
      String(repeating: "a", count: 1000), String(repeating: "It's all for our children, ", count: 40),
      "e" + String(repeating: "\u{301}", count: 500), String(repeating: "\u{301}", count: 300),
      String(repeating: "😀x", count: 300), String(repeating: "жизнь ", count: 100),
    ]
    for run in runs {
      let text = "回" + run + "家，" + run + "〇" + run
      #expect(transliterator.transform(text) == transliterator.transform(text, pieceLength: .max, remembering: false))
    }
  }

  /// Random text of ideographs, every printable ASCII character, letters with combining marks,
  /// other scripts and astral characters (a fixed seed), in remembered pieces, is what one ICU call
  /// gives: a mark meets its neighbours with its letter (`Cafe\u{301}(1)` keeps the space ICU puts
  /// before the bracket).
  @Test func randomTextIsWhatOneCallGives() throws {
    let transliterator = try #require(Transliterator.toPinyin())
    let others = Array("回家火车春运，。！「」…—éüĀǎあカ한ㄅ〇々ｈＡ１ж😀𠀀") + ["\u{301}", "\u{308}", "\u{304}"]
    let alphabet = others + (0x20...0x7E).compactMap { Unicode.Scalar($0).map(Character.init) }
    var state: UInt64 = 7
    let text = String(
      (0..<20_000).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return alphabet[Int(state >> 33) % alphabet.count]
      })
    for sample in [text, "Cafe\u{301}(1)", "x\u{301}〇", "a\u{301}𠀀"] {
      #expect(
        transliterator.transform(sample) == transliterator.transform(sample, pieceLength: .max, remembering: false))
    }
  }

  /// Pinyin put together from remembered readings is what one ICU call gives: on each line of the
  /// transcripts (as cues are transliterated), on all of them at once, and on every ideograph of
  /// the common range next to punctuation, Latin letters, digits and spaces.
  @Test func rememberedPinyinIsWhatOneCallGives() throws {
    let transliterator = try #require(Transliterator.toPinyin())
    let lines = Self.transcriptText.split(separator: " ").map(String.init)
    let ideographs: [String] = (0x4E00...0x9FFF).compactMap { Unicode.Scalar(UInt32($0)).map { String($0) } }
    let separators = ["，", "。", "a", "1", " ", "“", "——"]
    var mixed: [String] = []
    for index in stride(from: 0, to: ideographs.count, by: 7) {
      let group: String = ideographs[index..<min(index + 7, ideographs.count)].joined()
      mixed.append(group + separators[index / 7 % separators.count])
    }
    for text in lines + [Self.transcriptText, mixed.joined()] + mixed {
      #expect(transliterator.transform(text) == transliterator.transform(text, pieceLength: .max, remembering: false))
    }
  }

  /// Ideographs beyond the Basic Multilingual Plane (every 97th code point of U+20000–U+323AF:
  /// Extensions B to H, and code points ICU has not assigned, which meet no neighbour alike), each a
  /// remembered piece of its own, next to one another and to punctuation, letters, marks and
  /// common ideographs, are what one ICU call gives.
  @Test func astralIdeographsAreRememberedToWhatOneCallGives() throws {
    let transliterator = try #require(Transliterator.toPinyin())
    let astral = stride(from: 0x20000, through: 0x323AF, by: 97).compactMap { Unicode.Scalar(UInt32($0)) }
    let separators = ["，", "a", "回", " ", "e\u{301}", "", "😀"]
    let text = astral.enumerated().map { String($0.element) + separators[$0.offset % separators.count] }.joined()
    for sample in [text, String(text.prefix(50)), "𠀀\u{301}回", "回𠀀家", "𪚥𪚥"] {
      #expect(
        transliterator.transform(sample) == transliterator.transform(sample, pieceLength: .max, remembering: false))
    }
  }
}
