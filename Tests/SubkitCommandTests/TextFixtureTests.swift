import Foundation
import SubkitTestSupport
import Testing

/// The golden files of `Formats/Text/`: each command's output on `mixed-width.srt`, and the hostile
/// text file that every text command must get through cleanly.
@Suite struct TextFixtureTests {
  static let folder = PackagePaths.path("Formats/Text")

  @Test(arguments: [
    (["wrap", "mixed-width.srt", "--max-width", "16", "--max-lines", "3"], "mixed-width.wrap16.expected.srt", 1),
    (["transliterate", "mixed-width.srt", "--to", "hant"], "mixed-width.hant.expected.srt", 0),
  ])
  func commandsGiveTheExpectedFiles(arguments: [String], expected: String, status: Int32) throws {
    let run = try subkit(arguments.map { $0.hasSuffix(".srt") ? "\(Self.folder)/\($0)" : $0 })
    #expect(run.status == status)
    #expect(run.stdout == (try String(contentsOfFile: "\(Self.folder)/\(expected)", encoding: .utf8)))
  }

  @Test func pinyinRubyGivesTheExpectedWebVTT() throws {
    let vtt = try subkit(["convert", "\(Self.folder)/mixed-width.srt", "--to", "vtt"]).stdout
    let run = try subkit(["transliterate", "-", "--to", "pinyin", "--pinyin-as", "ruby"], stdin: vtt)
    #expect(run.status == 0)
    let expected = try String(contentsOfFile: "\(Self.folder)/mixed-width.pinyin-ruby.expected.vtt", encoding: .utf8)
    #expect(run.stdout == expected)
  }

  @Test(arguments: [
    ["wrap", "--max-width", "16"], ["wrap", "--max-width", "100000"], ["transliterate", "--to", "hant"],
    ["transliterate", "--to", "pinyin", "--pinyin-as", "ruby"], ["info"], ["info", "--json"],
  ])
  func hostileTextEndsCleanly(arguments: [String]) throws {
    let run = try subkit(arguments + ["\(Self.folder)/hostile-text.srt", "--quiet"])
    #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
    #expect(!run.stdout.isEmpty)
  }
}
