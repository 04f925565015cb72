import Foundation
import SubkitTestSupport
import Testing

/// `subkit shift`, `retime` and `split`: the before/after cases of Formats/Align, exit codes,
/// usage errors and standard input.
@Suite struct AlignCommandTests {
  static let folder = "Formats/Align"

  /// The cases: each `.args` file holds a command line, one argument a line.
  static let cases: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: PackagePaths.path(folder))) ?? []
    return names.filter { $0.hasSuffix(".args") }.sorted().map { "\(folder)/\($0)" }
  }()

  /// Runs subkit with `arguments` from the package root; `then` is a second command reading the
  /// first one's output on standard input.
  func subkit(_ arguments: [String], then second: [String]? = nil) throws -> Run {
    func command(_ arguments: [String]) -> String {
      "\"$SUBKIT\" " + arguments.map { "'\($0)'" }.joined(separator: " ")
    }
    let pipeline = [arguments] + (second.map { [$0] } ?? [])
    return try shell("cd '\(PackagePaths.root)' && " + pipeline.map(command).joined(separator: " | "))
  }

  @Test func everyCaseIsThere() {
    #expect(Self.cases.count >= 4)
  }

  @Test(arguments: cases)
  func eachCaseGivesItsExpectedFile(arguments file: String) throws {
    let arguments = try String(contentsOfFile: PackagePaths.path(file), encoding: .utf8)
      .split(separator: "\n").map(String.init)
    let input = arguments[1]
    let expected = String(file.dropLast(".args".count)) + ".expected." + (input.split(separator: ".").last ?? "")
    let run = try subkit(arguments)
    #expect(run.stdout == (try String(contentsOfFile: PackagePaths.path(expected), encoding: .utf8)), "\(file)")
    // Only the shift back clamps a time below zero, which is reported and exits 1.
    #expect(run.status == (file.hasSuffix("shift-back.args") ? 1 : 0), "\(file): \(run.stderr)")
    #expect(run.stderr.contains("set to 0") == (run.status == 1))
  }

  @Test func aShiftThereAndBackGivesTheFileBack() throws {
    let back = try subkit(
      ["shift", "\(Self.folder)/sample.srt", "--by", "+00:00:01.234", "--to", "jsonl"],
      then: ["shift", "-", "--by", "-1234ms", "--to", "srt"])
    let original = try String(contentsOfFile: PackagePaths.path("\(Self.folder)/sample.srt"), encoding: .utf8)
    #expect(back.stdout == original && back.status == 0, "\(back.stderr)")
  }

  @Test func frameRatesThereAndBackGiveTheFileBack() throws {
    let back = try subkit(
      ["retime", "\(Self.folder)/sample.vtt", "--fps", "23.976:25", "--to", "json"],
      then: ["retime", "-", "--fps", "25:24000/1001", "--to", "vtt"])
    let original = try String(contentsOfFile: PackagePaths.path("\(Self.folder)/sample.vtt"), encoding: .utf8)
    #expect(back.stdout == original, "\(back.stderr)")
  }

  @Test func splitIntoAFolderWritesEachLanguageAsLangDoes() throws {
    try TestFiles.withScratchDirectory { folder in
      let run = try subkit(["split", "\(Self.folder)/sample.srt", "--out-dir", folder])
      #expect(run.status == 0, "\(run.stderr)")
      for language in ["zh", "en"] {
        let written = try TestFiles.text(atPath: "\(folder)/sample.\(language).srt")
        #expect(written == (try subkit(["split", "\(Self.folder)/sample.srt", "--lang", language]).stdout))
      }
      #expect(TestFiles.names(in: folder).count == 2)
    }
  }

  @Test func cuesWithoutTheLanguageAreLeftOutAndCounted() throws {
    let run = try subkit(["split", "\(Self.folder)/sample.srt", "--lang", "fr"])
    #expect(run.status == 0 && run.stdout.isEmpty)
    #expect(run.stderr.contains("3 cues have no fr line"))
  }

  @Test(arguments: [
    ["split", "Formats/Align/sample.srt"],
    ["split", "Formats/Align/sample.srt", "--lang", "zh", "--out-dir", "/tmp"],
    ["split", "-", "--out-dir", "/tmp"],
    ["shift", "Formats/Align/sample.srt", "--by", "12f"],  // frames without --fps
    ["shift", "Formats/Align/sample.srt", "--by", "two seconds"],
    ["shift", "Formats/Align/sample.srt", "--by", "1s", "--from", "-5s"],
    ["shift", "Formats/Align/sample.srt", "--by", "99999999999999999999h"],
    ["retime", "Formats/Align/sample.srt"],
    ["retime", "Formats/Align/sample.srt", "--fps", "25"],
    ["retime", "Formats/Align/sample.srt", "--fps", "23.976:25", "--map", "1=2,3=4"],
    ["retime", "Formats/Align/sample.srt", "--map", "00:01:00=00:01:02,00:01:00=00:02:00"],
  ])
  func badOptionsAreUsageErrors(arguments: [String]) throws {
    let run = try subkit(arguments)
    #expect(run.status == 2 && run.stdout.isEmpty && !run.stderr.isEmpty, "\(arguments): \(run.stderr)")
  }
}
