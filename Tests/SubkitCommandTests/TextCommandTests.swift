import Foundation
import SubkitTestSupport
import Testing

/// `subkit wrap`, `transliterate` and `info` on the film's transcripts, as a shell user runs them.
@Suite struct TextCommandTests {
  static let transcripts = ["last-train-home-qa", "last-train-home-dialogue"].map {
    PackagePaths.path("Transcripts/\($0).srt")
  }

  /// Columns by a rule written apart from the code under test: CJK ideographs and punctuation and
  /// fullwidth forms are 2, the rest of what the transcripts hold is 1.
  static func columns(_ line: String) -> Int {
    line.unicodeScalars.reduce(0) { total, scalar in
      let wide =
        (0x3000...0x303F).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
        || (0xFF00...0xFF60).contains(scalar.value)
      return total + (wide ? 2 : 1)
    }
  }

  /// The cues of a JSON timeline: each line's text and language.
  static func lines(_ json: String) throws -> [[(text: String, language: String?)]] {
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let cues = try #require(document["cues"] as? [[String: Any]])
    return try cues.map { cue in
      let text = try #require(cue["text"] as? String)
      let languages = cue["lineLanguages"] as? [Any] ?? []
      return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
        (String(line), index < languages.count ? languages[index] as? String : nil)
      }
    }
  }

  @Test(arguments: transcripts)
  func wrapFitsSixteenColumnsAndNeverStartsALineWithClosingPunctuation(path: String) throws {
    let before = try Self.lines(try subkit(["convert", path, "--to", "json"]).stdout)
    let run = try subkit(["wrap", path, "--max-width", "16", "--max-lines", "2", "--to", "json"])
    #expect(run.status == 1, "some blocks need more than two lines at 16 columns: reported")
    #expect(run.stderr.contains("lines at 16 columns, over 2"))
    let after = try Self.lines(run.stdout)
    #expect(after.count == before.count)
    for (old, new) in zip(before, after) {
      for line in new {
        #expect(Self.columns(line.text) <= 16, "\(line.text)")
        if line.language?.hasPrefix("zh") == true {
          #expect(!"，。！？、」：；）".contains(line.text.first ?? " "), "\(line.text)")
        }
      }
      for language in ["zh-Hans", "en"] {  // nothing lost or reordered: only line breaks move
        let join = { (lines: [(text: String, language: String?)]) in
          lines.filter { $0.language == language }.map(\.text).joined(separator: language == "en" ? " " : "")
            .replacingOccurrences(of: #"(\p{L})- "#, with: "$1-", options: .regularExpression)
        }
        #expect(join(new) == join(old))
      }
    }
  }

  @Test func wrapKeepsEachSpeakersTurnAndATraditionalPassageTogether() throws {
    let dialogue = "1\n00:00:01,000 --> 00:00:03,000\n- Where are you going?\n- Home.\n\n"
    let run = try subkit(["wrap", "-", "--max-width", "30"], stdin: dialogue)
    #expect(run.stdout == dialogue)
    let traditional = "1\n00:00:01,000 --> 00:00:03,000\n我們明天早上\n一起去\n\n"
    let json = try subkit(["convert", "-", "--from", "srt", "--to", "json"], stdin: traditional).stdout
    #expect(json.contains("\"lineLanguages\":[\"zh-Hant\",\"zh-Hant\"]"))
    let joined = try subkit(["wrap", "-", "--max-width", "20"], stdin: traditional)
    #expect(joined.stdout.contains("我們明天早上一起去\n"))
  }

  @Test func wrapReportsAnUnbreakableWordAndKeepsIt() throws {
    let srt = "1\n00:00:01,000 --> 00:00:03,000\nSupercalifragilistic\n\n"
    let run = try subkit(["wrap", "-", "--max-width", "10"], stdin: srt)
    #expect(run.status == 1)
    #expect(run.stdout == srt)
    #expect(run.stderr.contains("<stdin>:2:1: warning: cue 1: en \"Supercalifragilistic\" is 20 columns"))
    #expect(try subkit(["wrap", "-", "--max-width", "0"], stdin: srt).status == 2)
  }

  @Test func transliterateChangesTheChineseLinesOnly() throws {
    let srt = "1\n00:00:01,000 --> 00:00:03,000\n我们回家过年\nGoing home\n\n"
    let hant = try subkit(["transliterate", "-", "--to", "hant"], stdin: srt)
    #expect(hant.status == 0)
    #expect(hant.stdout == "1\n00:00:01,000 --> 00:00:03,000\n我們回家過年\nGoing home\n\n")
    let pinyin = try subkit(["transliterate", "-", "--to", "pinyin", "-o", "-"], stdin: srt)
    #expect(pinyin.stdout.contains("我们回家过年\nwǒ men huí jiā guò nián\nGoing home"))
    let ruby = try subkit(["transliterate", "-", "--to", "pinyin", "--pinyin-as", "ruby", "--from", "srt"], stdin: srt)
    #expect(ruby.stderr.contains("ruby"), "SRT cannot carry ruby: the loss is reported")
    let vtt = try subkit(["convert", "-", "--from", "srt", "--to", "vtt"], stdin: srt).stdout
    let rubyVTT = try subkit(["transliterate", "-", "--to", "pinyin", "--pinyin-as", "ruby"], stdin: vtt)
    #expect(rubyVTT.stdout.contains("<ruby>我<rt>wǒ</rt></ruby><ruby>们<rt>men</rt></ruby>"))
    let rubyFromSRT = try subkit(
      ["transliterate", "-", "--to", "pinyin", "--pinyin-as", "ruby", "--format", "vtt"], stdin: srt)
    #expect(rubyFromSRT.stdout == rubyVTT.stdout)
    #expect(try subkit(["wrap", "-", "--max-width", "20", "-o", "/tmp/out.unknown"], stdin: srt).status == 2)
    #expect(try subkit(["transliterate", "-", "--to", "klingon"], stdin: srt).status == 2)
  }

  @Test func infoDescribesEachFileAsTextOrJSONLines() throws {
    let run = try subkit(["info", "--json"] + Self.transcripts)
    #expect(run.status == 0)
    let objects = try run.stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.count == 2)
    let counted = try Self.transcripts.map { try Self.lines(try subkit(["convert", $0, "--to", "json"]).stdout).count }
    #expect(objects.map { $0["cues"] as? Int } == counted)
    #expect(objects[0]["format"] as? String == "srt")
    #expect(objects[0]["encoding"] as? String == "UTF-8")
    let languages = try #require(objects[0]["languages"] as? [[String: Any]])
    #expect(languages.compactMap { $0["language"] as? String } == ["zh-Hans", "en"])
    let widest = try #require(objects[0]["longestLineColumns"] as? Int)
    #expect(widest > 16 && widest <= 42)
    let text = try subkit(["info", Self.transcripts[1]])
    #expect(text.stdout.contains("cues"))
    #expect(text.stdout.contains("zh-Hans"))
  }

  @Test func infoGoesOnPastAnUnreadableFileAndExitsTwo() throws {
    let run = try subkit(["info", "/no/such/file.srt", Self.transcripts[1]])
    #expect(run.status == 2)
    #expect(run.stderr.contains("/no/such/file.srt"))
    #expect(run.stdout.contains(Self.transcripts[1]))
  }
}
