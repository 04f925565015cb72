import Foundation
import SubkitTestSupport
import Testing

/// What the user had stays: no output over an input, outside its folder, or over another output
/// (each case an adversarial sweep's find).
@Suite struct OutputSafetyTests {
  static let srt = BatchCommandTests.srt

  /// A scratch folder holding `files` (name and text), and its path.
  func folder(_ files: [String: String]) throws -> String {
    let root = try CommandLineTests().scratch()
    for (name, text) in files { try text.write(toFile: "\(root)/\(name)", atomically: false, encoding: .utf8) }
    return root
  }

  @Test func splitRefusesALanguageTagThatIsNoFileName() throws {
    let root = try folder([
      "victim.json": "keep\n",
      "t.json": #"{"cues":[{"start":1,"end":2,"text":"a","lineLanguages":["/../../victim"]}]}"#,
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let run = try subkit(["split", "\(root)/t.json", "--out-dir", "\(root)/out/deeper"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("t.json: error: the language '/../../victim' cannot name an output file"))
    #expect(try String(contentsOfFile: "\(root)/victim.json", encoding: .utf8) == "keep\n")
    #expect(try subkit(["split", "\(root)/t.json", "--lang", "../x", "-o", "-"]).status == 2)
    #expect(try subkit(["convert", "\(root)/t.json", "--out-dir", "\(root)/o", "--suffix", "/../x"]).status == 2)
  }

  @Test(arguments: [
    ["sync", "{in}", "--reference", "{ref}", "-o", "{ref}"],
    ["report", "{in}", "-o", "{in}"],
    ["check", "{in}", "-o", "{in}"],
    ["check", "{in}", "--write-baseline", "{in}"],
    ["check", "--fix", "{in}", "-o", "{in}"],
    ["convert", "{in}", "-o", "{root}/x.vtt", "--report", "{in}"],
  ])
  func noOutputOverwritesAnInput(arguments: [String]) throws {
    let root = try folder(["in.srt": Self.srt, "ref.srt": Self.srt])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let run = try subkit(
      arguments.map {
        $0.replacingOccurrences(of: "{in}", with: "\(root)/in.srt")
          .replacingOccurrences(of: "{ref}", with: "\(root)/ref.srt").replacingOccurrences(of: "{root}", with: root)
      })
    #expect(run.status == 2)
    #expect(run.stderr.contains("the output would overwrite the input"), "\(run.stderr)")
    for name in ["in.srt", "ref.srt"] {
      #expect(try String(contentsOfFile: "\(root)/\(name)", encoding: .utf8) == Self.srt)
    }
  }

  @Test(arguments: [["x.srt", "x.vtt"], ["x.vtt", "x.srt"]])
  func twoInputsOfABatchNeverWriteOneOutput(order: [String]) throws {
    let vtt = "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\n其他\n\n"
    let root = try folder(["x.srt": Self.srt, "x.vtt": vtt])
    defer { try? FileManager.default.removeItem(atPath: root) }
    // Whatever the two workers' order, the first input wins and the second fails.
    let run = try subkit(
      ["convert"] + order.map { "\(root)/\($0)" } + ["--to", "srt", "--out-dir", "\(root)/o", "-j", "2", "-q"])
    #expect(run.status == 2)
    #expect(
      run.stderr.contains("\(root)/\(order[0]) is written here too: two inputs cannot share an output"), "\(run.stderr)"
    )
    let written = BatchCommandTests().files(below: "\(root)/o")
    #expect(written.count == 1)
    let text = try String(contentsOfFile: "\(root)/o/\(written[safe: 0] ?? "")", encoding: .utf8)
    #expect(text.contains(order[0] == "x.srt" ? "回家" : "其他"))
  }

  /// Standard input's output in a folder is named by its format, which only --to or --from can
  /// give without using up what it reads (it was sniffed, then read as empty).
  @Test func standardInputIntoAFolderNeedsAFormat() throws {
    let root = try folder([:])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let refused = try subkit(["convert", "-", "--out-dir", "\(root)/o"], stdin: Self.srt)
    #expect(refused.status == 2 && refused.stderr.contains("needs --to or --from"), "\(refused.stderr)")
    let converted = try subkit(["convert", "-", "--from", "srt", "--out-dir", "\(root)/o", "-q"], stdin: Self.srt)
    #expect(converted.status == 0, "\(converted.stderr)")
    #expect(try String(contentsOfFile: "\(root)/o/stdin.srt", encoding: .utf8).contains("回家\nGoing home"))
  }

  @Test func aFolderSearchTakesRegularFilesOnly() throws {
    let root = try folder([:])
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: "\(root)/lib", withIntermediateDirectories: true)
    try Self.srt.write(toFile: "\(root)/lib/a.srt", atomically: false, encoding: .utf8)
    #expect(mkfifo("\(root)/lib/b.srt", 0o600) == 0)  // nobody writes it: a search that took it would wait forever
    let run = try subkit(["convert", "-r", "\(root)/lib", "--to", "vtt", "--out-dir", "\(root)/o"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(FileManager.default.fileExists(atPath: "\(root)/o/a.vtt"))
  }

  @Test(arguments: ["e.ttml", "e.json", "e.jsonl", "e.vtt", "e.srt"])
  func anEmptyFileIsAnEmptyTrackInEveryFormat(name: String) throws {
    let root = try folder([name: ""])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let run = try subkit(["convert", "\(root)/\(name)", "--to", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("\(name):1:1: warning: empty input: no cues"), "\(run.stderr)")
  }
}
