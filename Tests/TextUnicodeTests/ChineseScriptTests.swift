import SubtitleTimeline
import Testing

@testable import TextUnicode

@Suite struct ChineseScriptTests {
  @Test func traditionalIsToldFromSimplified() {
    let detector = ChineseScriptDetector()
    #expect(detector.language(of: "你想拍真實的我？") == "zh-Hant")
    #expect(detector.language(of: "你想拍真实的我？") == "zh-Hans")
    #expect(detector.language(of: "你想拍真實的我？") == "zh-Hant")  // remembered
    #expect(detector.language(of: "回家") == "zh-Hans")  // shared by both scripts
    #expect(detector.language(of: "著名的导演") == "zh-Hans")  // 著 is in GB2312: Simplified text uses it
    #expect(detector.language(of: "著名的導演") == "zh-Hant")
    #expect(detector.language(of: "Last Train Home") == "zh-Hans")  // no Han: the default stands
  }

  @Test func repertoireKnowsWhatAnEncodingHolds() throws {
    let gb2312 = try #require(EncodingRepertoire("GB2312"))
    #expect(gb2312.contains("们"))
    #expect(!gb2312.contains("們"))
    #expect(!gb2312.contains("😀"))
    #expect(EncodingRepertoire("no-such-encoding") == nil)
  }

  @Test func transformsConvertScriptsAndGivePinyin() throws {
    #expect(try #require(Transliterator.toTraditional()).transform("回家过年") == "回家過年")
    #expect(try #require(Transliterator.toSimplified()).transform("回家過年") == "回家过年")
    #expect(try #require(Transliterator.toPinyin()).transform("回家").contains("huí"))
    #expect(Transliterator("No-Such-Transform") == nil)
  }
}
