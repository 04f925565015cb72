import Foundation
import SubkitTestSupport
import Testing

/// Runs the built `subkit` binary as a shell user would.
@Suite struct CommandLineTests {
  static let srt = "1\n00:00:01,000 --> 00:00:02,000\n回家\nGoing home\n\n"

  func scratch() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func pipelinesThroughStandardStreams() throws {
    let vtt = try subkit(["convert", "-", "--to", "vtt"], stdin: Self.srt)
    #expect(vtt.status == 0)
    #expect(vtt.stdout == "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n回家\nGoing home\n")
    let json = try subkit(["convert", "-", "--from", "vtt", "--to", "json"], stdin: vtt.stdout)
    #expect(json.status == 0)
    let back = try subkit(["convert", "-", "--from", "json", "--to", "srt"], stdin: json.stdout)
    #expect(back.stdout == Self.srt)
  }

  @Test func usageErrorsExitTwo() throws {
    #expect(try subkit(["convert", "-"], stdin: "").status == 2)
    #expect(try subkit(["convert", "x.srt", "--to", "docx"]).status == 2)
    #expect(try subkit(["frobnicate"]).status == 2)
  }

  @Test func inputErrorsExitTwoWithALocation() throws {
    let run = try subkit(["convert", "-", "--from", "vtt", "--to", "json"], stdin: "NOT VTT\n")
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("<stdin>:1:1: error: not a WebVTT file"))
    #expect(run.stdout.isEmpty)
  }

  @Test func strictMakesWarningsErrors() throws {
    let messy = "1\n00:00:01.000 --> 00:00:02,000\nx\n"
    let lenient = try subkit(["convert", "-", "--from", "srt", "--to", "srt"], stdin: messy)
    #expect(lenient.status == 0)
    #expect(lenient.stderr.contains("<stdin>:2:1: warning: '.' used instead of ','"))
    #expect(try subkit(["convert", "-", "--from", "srt", "--to", "srt", "--strict"], stdin: messy).status == 2)
  }

  @Test func writesFilesAtomicallyAndNeverOverTheInput() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let input = "\(directory)/in.srt"
    try Self.srt.write(toFile: input, atomically: false, encoding: .utf8)
    #expect(try subkit(["convert", input, "-o", input]).status == 2)
    #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.srt)
    let output = "\(directory)/out.vtt"
    try "old".write(toFile: output, atomically: false, encoding: .utf8)
    #expect(try subkit(["convert", "-", "--from", "vtt", "-o", output], stdin: "garbage").status == 2)
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "old")
    #expect(try subkit(["convert", input, "-o", output]).status == 0)
    #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("WEBVTT"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["in.srt", "out.vtt"])
  }

  @Test(arguments: hostileInputs)
  func hostileInputNeverCrashes(path: String) throws {
    for target in ["json", "ttml", "vtt", "srt"] {
      let run = try subkit(["convert", path, "--to", target, "--quiet"])
      #expect(run.status == 0 || run.status == 2, "\(path) → \(target) exited \(run.status)")
      if run.status == 2 {
        #expect(run.stderr.contains(": error: "), "\(path) → \(target): \(run.stderr)")
      }
      for line in run.stderr.split(separator: "\n") {  // every message says where, nothing else is printed
        #expect(line.hasPrefix(path), "\(path) → \(target): \(line)")
      }
    }
  }

  static let hostileInputs: [String] = {
    let folder = PackagePaths.path("Formats/hostile")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return files.filter { !$0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
  }()
}

extension CommandLineTests {
  @Test func repeatedWarningsAreCountedNotRepeated() throws {
    let cue = "1\n00:00:01.000 --> 00:00:02.000\nx\n\n"
    let run = try subkit(["convert", "-", "--from", "srt", "--to", "vtt"], stdin: String(repeating: cue, count: 50))
    #expect(run.status == 0)
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.filter { $0.contains("warning: '.' used instead of ','") }.count == 10)
    #expect(lines.last?.contains("note: 90 more warnings") == true, "\(lines.last ?? "")")
  }
}

extension CommandLineTests {
  /// The large hostile inputs, made at test time rather than committed.
  @Test(arguments: ["vtt", "srt"])
  func hugeHostileInputsEndCleanly(format: String) throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let header = format == "vtt" ? "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n" : "1\n00:00:01,000 --> 00:00:02,000\n"
    let nested = "\(directory)/nested.\(format)"
    try (header + String(repeating: "<i><b>", count: 50_000) + "x\n").write(
      toFile: nested, atomically: false, encoding: .utf8)
    let longLine = "\(directory)/long.\(format)"
    try (header + String(repeating: "长", count: 3_500_000) + "\n").write(
      toFile: longLine, atomically: false, encoding: .utf8)
    for path in [nested, longLine] {
      for target in ["json", "vtt", "srt"] {
        let run = try subkit(["convert", path, "--to", target, "--quiet"])
        #expect(run.status == 0, "\(path) → \(target): \(run.stderr)")
      }
    }
  }
}

/// ttconv, the reference TTML converter, reads subkit's TTML to the same cues subkit reads.
///
/// It runs where `tt` is on PATH: `Scripts/test` installs ttconv with pip when it can.
@Suite(.enabled(if: CommandLineTests.ttconv != nil, "ttconv's `tt` is not on PATH"))
struct TTConvAgreementTests {
  @Test(arguments: TranscriptTests.sources)
  func ttconvReadsOurTTMLToTheSameCues(name: String) throws {
    let directory = try CommandLineTests().scratch()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let ttml = PackagePaths.path("Transcripts/\(name).ttml")
    let theirs = "\(directory)/ttconv.srt"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(CommandLineTests.ttconv))
    process.arguments = ["convert", "-i", ttml, "-o", theirs]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let ours = try subkit(["convert", ttml, "--to", "json", "--quiet"])
    let read = try subkit(["convert", theirs, "--to", "json", "--quiet"])
    #expect(try cues(ours.stdout) == cues(read.stdout))
  }

  /// Start, end and text lines of each cue.
  private func cues(_ json: String) throws -> [String] {
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let cues = try #require(document["cues"] as? [[String: Any]])
    return cues.map { "\($0["start"] ?? "") \($0["end"] ?? "") \($0["text"] ?? "")" }
  }
}

extension CommandLineTests {
  /// The path of ttconv's `tt` command, if installed.
  static let ttconv: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").map { "\($0)/tt" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()
}

extension CommandLineTests {
  @Test(arguments: ["GB18030", "UTF-16LE", "UTF-16BE"])
  func outputEncodingsReadBackToTheSameCues(encoding: String) throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let transcript = PackagePaths.path("Transcripts/last-train-home-qa.srt")
    let output = "\(directory)/qa.srt"
    #expect(try subkit(["convert", transcript, "-o", output, "--output-encoding", encoding, "--bom"]).status == 0)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
    #expect(bytes.prefix(2) != Data("1\n".utf8), "the output is not UTF-8")
    let original = try subkit(["convert", transcript, "--to", "json", "--quiet"])
    let back = try subkit(["convert", output, "--to", "json", "--quiet"])
    #expect(back.stdout == original.stdout)
  }

  @Test func unknownEncodingsAreUsageErrors() throws {
    #expect(try subkit(["convert", "-", "--to", "srt", "--input-encoding", "klingon"], stdin: "").status == 2)
  }
}
