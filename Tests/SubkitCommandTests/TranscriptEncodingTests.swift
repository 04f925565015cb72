import Foundation
import SubkitTestSupport
import Testing

/// The film's transcripts converted to legacy encodings by `iconv` read back to the same cues.
@Suite struct TranscriptEncodingTests {
  static let transcripts = ["last-train-home-qa", "last-train-home-dialogue"].map {
    PackagePaths.path("Transcripts/\($0).srt")
  }

  /// Each transcript with each encoding `iconv` writes it in, without a byte order mark.
  static let cases: [(String, String)] = transcripts.flatMap { path in
    ["GB18030", "GBK", "UTF-16LE", "UTF-16BE", "UTF-16"].map { (path, $0) }
  }

  @Test(arguments: cases)
  func iconvOutputReadsBackToTheSameCues(path: String, encoding: String) throws {
    let utf8 = try shell("\"$SUBKIT\" convert '\(path)' --to json")
    let legacy = try shell("iconv -f UTF-8 -t \(encoding) '\(path)' | \"$SUBKIT\" convert - --from srt --to json")
    #expect(legacy.status == 0, "\(legacy.stderr)")
    #expect(legacy.stdout == utf8.stdout)
    #expect(encoding == "UTF-16" || legacy.stderr.contains("the text is not UTF-8; read as"))
  }

  /// Big5 holds Traditional characters only, so the Traditional form of each transcript is what goes through it.
  @Test(arguments: transcripts)
  func big5ReadsBackToTheSameCues(path: String) throws {
    let traditional = "\"$SUBKIT\" transliterate '\(path)' --to hant -o - --quiet"
    let utf8 = try shell("\(traditional) | \"$SUBKIT\" convert - --from srt --to json")
    let big5 = try shell("\(traditional) | iconv -f UTF-8 -t BIG5 | \"$SUBKIT\" convert - --from srt --to json")
    #expect(big5.status == 0, "\(big5.stderr)")
    #expect(big5.stdout == utf8.stdout)
    #expect(utf8.stdout.contains("zh-Hant"))
  }

  @Test(arguments: transcripts)
  func gb18030OutputRoundTrips(path: String) throws {
    let utf8 = try shell("\"$SUBKIT\" convert '\(path)' --to json")
    let round = try shell(
      "\"$SUBKIT\" convert '\(path)' --to srt --output-encoding GB18030 | iconv -f GB18030 -t UTF-8"
        + " | \"$SUBKIT\" convert - --from srt --to json")
    #expect(round.status == 0)
    #expect(round.stdout == utf8.stdout)
  }

  static let sharedSample = PackagePaths.path("../shared/corpora/srt-samples/gb2312.srt")

  /// The shared corpus's GB2312 sample reads like its UTF-8 conversion (reported as skipped where
  /// `../shared` is absent; `Formats/Encodings` covers GB18030 on its own).
  @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedSample), "../shared/corpora is not here"))
  func sharedGB2312SampleReadsLikeItsUTF8Conversion() throws {
    let sample = Self.sharedSample
    let direct = try shell("\"$SUBKIT\" convert '\(sample)' --to json --quiet")
    let converted = try shell("iconv -f GB2312 -t UTF-8 '\(sample)' | \"$SUBKIT\" convert - --from srt --to json -q")
    #expect(direct.status == 0)
    #expect(direct.stdout == converted.stdout)
    #expect(direct.stdout.contains("宇宙守护神"))
  }
}
