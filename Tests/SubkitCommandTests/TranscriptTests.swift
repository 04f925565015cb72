import Foundation
import SubkitTestSupport
import Testing

/// The film's transcripts: generated files match their source, and every cue keeps the style guide.
@Suite struct TranscriptTests {
  static let sources: [String] = {
    let folder = PackagePaths.path("Transcripts/source")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return files.filter { $0.hasSuffix(".vtt") }.sorted().map { String($0.dropLast(4)) }
  }()

  @Test func thereAreTranscripts() {
    #expect(Self.sources == ["last-train-home-dialogue", "last-train-home-qa"])
  }

  @Test(arguments: sources)
  func generatedFilesHaveNotDrifted(name: String) throws {
    for format in ["srt", "vtt", "ttml", "json"] {
      let run = try subkit([
        "convert", PackagePaths.path("Transcripts/source/\(name).vtt"), "--to", format, "--quiet",
      ])
      #expect(run.status == 0)
      let checkedIn = try String(contentsOfFile: PackagePaths.path("Transcripts/\(name).\(format)"), encoding: .utf8)
      #expect(run.stdout == checkedIn, "Transcripts/\(name).\(format) drifted: run Scripts/transcripts")
    }
  }

  @Test(arguments: sources)
  func cuesKeepTheStyleGuide(name: String) throws {
    let run = try subkit([
      "convert", PackagePaths.path("Transcripts/source/\(name).vtt"), "--to", "jsonl", "--quiet",
    ])
    var previousEnd = -1.0
    for line in run.stdout.split(separator: "\n").dropFirst() {
      let cue = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let start = try #require(cue["start"] as? Double)
      let end = try #require(cue["end"] as? Double)
      let languages = try #require(cue["lineLanguages"] as? [String])
      let lines = try #require(cue["text"] as? String).split(separator: "\n", omittingEmptySubsequences: false)
      let id = cue["id"] as? String ?? ""
      let duration = end - start
      #expect(duration >= 1 && duration <= 7, "\(id): \(duration) s")
      #expect(start >= previousEnd, "\(id) overlaps the cue before it")
      previousEnd = end
      let chinese = zip(languages, lines).filter { $0.0 == "zh-Hans" }.map { String($0.1) }
      let english = zip(languages, lines).filter { $0.0 == "en" }.map { String($0.1) }
      #expect(chinese.count >= 1 && chinese.count <= 2 && english.count >= 1 && english.count <= 2, "\(id)")
      #expect(languages.count == lines.count && languages.first == "zh-Hans", "\(id): Chinese line first")
      #expect(chinese.allSatisfy { $0.count <= 16 }, "\(id): Chinese line over 16 characters")
      #expect(english.allSatisfy { $0.count <= 42 }, "\(id): English line over 42 characters")
      #expect(Double(chinese.joined().count) / duration <= 9, "\(id): Chinese faster than 9 characters a second")
      #expect(Double(english.joined(separator: " ").count) / duration <= 20, "\(id): English faster than 20 a second")
    }
  }
}
