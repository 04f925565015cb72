import SubkitTestSupport
import SubtitleFormats
import SubtitleTimeline
import Testing

/// Each input in `Formats/<Format>/golden/` converts to exactly its `.expected.json` and to its
/// same-format `.expected.<ext>`; regenerate them with `Scripts/update-golden` after a reviewed change.
@Suite struct GoldenFixtureTests {
  static let inputs: [String] = {
    let formats = PackagePaths.path("Formats")
    return TestFiles.names(in: formats).flatMap { folder -> [String] in
      let golden = "\(formats)/\(folder)/golden"
      return TestFiles.names(in: golden).filter { !$0.contains(".expected.") }.map { "\(golden)/\($0)" }
    }
  }()

  @Test func fixturesExist() {
    #expect(Self.inputs.count >= 10)
  }

  @Test(arguments: inputs)
  func convertsToTheExpectedFiles(input: String) throws {
    let base = String(input[..<(input.lastIndex(of: ".") ?? input.endIndex)])
    let ext = String(input[input.index(after: input.lastIndex(of: ".") ?? input.startIndex)...])
    try TestFiles.withScratchDirectory { scratch in
      for target in ["json", ext] {
        let output = "\(scratch)/out.\(target)"
        try Subtitles.convert(input, to: output)
        let expected = try TestFiles.text(atPath: "\(base).expected.\(target)")
        #expect(try TestFiles.text(atPath: output) == expected, "\(input) → .\(target)")
      }
    }
  }

  @Test(arguments: inputs)
  func jsonRoundTripGivesTheSameOutput(input: String) throws {
    let ext = String(input[input.index(after: input.lastIndex(of: ".") ?? input.startIndex)...])
    guard ext != "json" else { return }
    try TestFiles.withScratchDirectory { scratch in
      try Subtitles.convert(input, to: "\(scratch)/direct.\(ext)")
      try Subtitles.convert(input, to: "\(scratch)/via.json")
      try Subtitles.convert("\(scratch)/via.json", to: "\(scratch)/via.\(ext)")
      let direct = try TestFiles.text(atPath: "\(scratch)/direct.\(ext)")
      #expect(try TestFiles.text(atPath: "\(scratch)/via.\(ext)") == direct)
    }
  }

  /// The malformed-but-common inputs read, each with warnings, and `--strict` refuses them.
  @Test(
    arguments: ["SRT/golden/real-world.srt", "SRT/golden/other-tools.srt", "TTML/golden/apple-times.ttml"]
      + ["TTML/golden/apple-lyrics.ttml", "TTML/golden/dfxp.ttml", "TTML/golden/no-namespace.ttml"]
      + ["TTML/golden/prefixed.ttml", "TTML/golden/smpte.ttml", "WebVTT/golden/no-blank-line.vtt"]
      + ["WebVTT/golden/no-header.vtt"])
  func realWorldLeniencyIsWarnedAndRefusedWhenStrict(fixture: String) throws {
    let input = PackagePaths.path("Formats/\(fixture)")
    let warnings = FindingCollector()
    #expect(try Subtitles.read(input, reporter: warnings.reporter()).cues.count >= 2)
    #expect(!warnings.findings.isEmpty)
    #expect(throws: SubtitleError.self) {
      try Subtitles.read(input, reporter: FindingReporter(strict: true) { _ in })
    }
  }
}
