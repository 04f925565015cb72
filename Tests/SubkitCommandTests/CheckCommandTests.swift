import Foundation
import SubkitTestSupport
import Testing

/// `subkit check`: one fixture per rule that fires it and no other rule, a golden file per report
/// format, exit codes, folders, standard input, and hostile input.
@Suite struct CheckCommandTests {
  static let folder = "Formats/Check"

  /// The rule fixtures and clean files, as paths relative to the package.
  static let fixtures: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: PackagePaths.path(folder))) ?? []
    return names.filter { $0.hasSuffix(".srt") || $0.hasSuffix(".vtt") }.sorted().map { "\(folder)/\($0)" }
  }()

  /// Runs `subkit check` from the package root, so reports name files as the goldens do.
  func check(_ arguments: [String]) throws -> Run {
    let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
    return try shell("cd '\(PackagePaths.root)' && \"$SUBKIT\" check \(quoted)")
  }

  /// The extra arguments a fixture's `.args` file gives, one a line.
  func arguments(of fixture: String) -> [String] {
    let base = String(fixture[..<(fixture.lastIndex(of: ".") ?? fixture.endIndex)])
    let text = (try? String(contentsOfFile: PackagePaths.path(base + ".args"), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init)
  }

  @Test(arguments: fixtures)
  func eachFixtureFiresItsRuleOnlyAndGivesTheExpectedFindings(fixture: String) throws {
    let run = try check([fixture, "--format", "json"] + arguments(of: fixture))
    let base = String(fixture[..<(fixture.lastIndex(of: ".") ?? fixture.endIndex)])
    let expected = try String(contentsOfFile: PackagePaths.path(base + ".expected.json"), encoding: .utf8)
    #expect(run.stdout == expected, "\(fixture): \(run.stderr)")
    let name = String(base.split(separator: "/").last ?? "")
    let rules = Set(try findings(run.stdout).map(\.rule)).subtracting(["reader"])
    #expect(rules == (name.hasPrefix("clean") ? [] : [name]), "\(fixture)")
  }

  @Test func everyRuleHasAFixture() throws {
    let listed = try check(["--list-rules"]).stdout
    let rules = listed.components(separatedBy: "\npresets:").first ?? ""
    let ids = rules.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
      .compactMap { $0.split(separator: " ").first.map(String.init) }
    #expect(ids.count >= 22)
    let names = Set(Self.fixtures.map { String($0.split(separator: "/").last?.split(separator: ".").first ?? "") })
    for id in ids { #expect(names.contains(id), "no fixture fires \(id)") }
  }

  @Test(arguments: ["text", "json", "jsonl", "sarif", "junit", "github"])
  func reportsMatchTheirGoldenFiles(format: String) throws {
    let run = try check(["\(Self.folder)/reports/sample.srt", "--format", format])
    let expected = try String(
      contentsOfFile: PackagePaths.path("\(Self.folder)/reports/sample.expected.\(format)"), encoding: .utf8)
    #expect(run.stdout == expected)
    #expect(run.status == 1)  // the sample has an error
  }

  @Test func exitStatusFollowsFailOn() throws {
    #expect(try check(["\(Self.folder)/clean-bilingual.srt"]).status == 0)
    #expect(try check(["\(Self.folder)/cps.srt"]).status == 0)  // a warning
    #expect(try check(["\(Self.folder)/cps.srt", "--fail-on", "warning"]).status == 1)
    #expect(try check(["\(Self.folder)/chain-gap.srt", "--fail-on", "warning"]).status == 0)  // a note
    #expect(try check(["\(Self.folder)/chain-gap.srt", "--fail-on", "info"]).status == 1)
    #expect(try check(["\(Self.folder)/overlap.srt"]).status == 1)  // an error
  }

  @Test func everyFileIsCheckedWhenOneCannotBeRead() throws {
    let run = try check(["Formats/hostile/not-xml.ttml", "\(Self.folder)/overlap.srt", "--format", "jsonl"])
    #expect(run.status == 2)
    let rules = try findings(run.stdout).map(\.rule)
    #expect(rules.contains("reader") && rules.contains("overlap"))
  }

  @Test func foldersAreSearchedAndStandardInputIsRead() throws {
    let folder = try check([Self.folder, "--format", "json"])
    let files = Set(try findings(folder.stdout).map(\.file))
    #expect(files.contains("\(Self.folder)/overlap.srt") && files.contains("\(Self.folder)/empty-cue.vtt"))
    #expect(files.contains("\(Self.folder)/reports/sample.srt"))
    let piped = try shell("cd '\(PackagePaths.root)' && \"$SUBKIT\" check - < \(Self.folder)/overlap.srt")
    #expect(piped.status == 1 && piped.stdout.hasPrefix("<stdin>:7:1: error:"), "\(piped.stdout)")
  }

  @Test func theReportGoesToAFileWhenAsked() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let run = try check(["\(Self.folder)/overlap.srt", "--format", "sarif", "-o", scratch])
    #expect(run.status == 1 && run.stdout.isEmpty)
    let report = try String(contentsOfFile: scratch, encoding: .utf8)
    #expect(report.contains("\"ruleId\": \"overlap\""))
  }

  @Test func theNearestConfigurationAboveEachFileApplies() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    try FileManager.default.createDirectory(atPath: "\(scratch)/kids", withIntermediateDirectories: true)
    let cps = try String(contentsOfFile: PackagePaths.path("\(Self.folder)/cps.srt"), encoding: .utf8)
    try cps.write(toFile: "\(scratch)/film.srt", atomically: true, encoding: .utf8)
    try cps.write(toFile: "\(scratch)/kids/film.srt", atomically: true, encoding: .utf8)
    let configuration = """
      languages: { en: { cps: 50 } }
      overrides:
        - paths: ["kids/**"]
          rules: { cps: error }
          languages: { en: { cps: 10 } }
      """
    try configuration.write(toFile: "\(scratch)/.subkit.yml", atomically: true, encoding: .utf8)
    let run = try shell("cd '\(scratch)' && \"$SUBKIT\" check film.srt kids")
    #expect(run.status == 1)
    #expect(
      run.stdout.hasPrefix("kids/film.srt:7:1: error: cue 2: en lines read at 39 characters a second; the limit is 10"))
    #expect(!run.stdout.contains("\nfilm.srt"))  // 50 a second is allowed at the top
    try "rules: { cpss: off }\n".write(toFile: "\(scratch)/.subkit.yml", atomically: true, encoding: .utf8)
    let bad = try shell("cd '\(scratch)' && \"$SUBKIT\" check film.srt")
    #expect(bad.status == 2 && bad.stdout.contains(".subkit.yml:1:10: error: unknown rule 'cpss'"), "\(bad.stdout)")
    // Nearer than the file above: a folder is not passed over, and a FIFO does not hang the check.
    try FileManager.default.createDirectory(atPath: "\(scratch)/kids/.subkit.yml", withIntermediateDirectories: true)
    let notRegular = "kids/.subkit.yml: error: is not a regular file"
    let folder = try shell("cd '\(scratch)' && \"$SUBKIT\" check kids")
    #expect(folder.status == 2 && folder.stdout.contains(notRegular), "\(folder.stdout)")
    try FileManager.default.removeItem(atPath: "\(scratch)/kids/.subkit.yml")
    let fifo = try shell("cd '\(scratch)' && mkfifo kids/.subkit.yml && \"$SUBKIT\" check kids")
    #expect(fifo.status == 2 && fifo.stdout.contains(notRegular), "\(fifo.stdout)")
  }

  @Test func aBaselineAcceptsTheFindingsItRecordedAndNoNewOnes() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let file = "\(Self.folder)/cps.srt"
    let recorded = try check([file, "--fail-on", "warning", "--write-baseline", scratch])
    #expect(recorded.status == 1)
    let baseline = try String(contentsOfFile: scratch, encoding: .utf8)
    #expect(baseline.split(separator: "\n").count == 2)  // the header and the one finding
    let accepted = try check([file, "--fail-on", "warning", "--baseline", scratch])
    #expect(accepted.status == 0 && accepted.stdout.contains("1 in the baseline"), "\(accepted.stdout)")
    let other = try check(["\(Self.folder)/cpl.srt", "--fail-on", "warning", "--baseline", scratch])
    #expect(other.status == 1)  // a finding the baseline does not hold
    try (baseline + "not a fingerprint\n").write(toFile: scratch, atomically: true, encoding: .utf8)
    let broken = try check([file, "--baseline", scratch])
    #expect(broken.status == 2 && broken.stderr.contains("\(scratch):3:1: error:"), "\(broken.stderr)")
  }

  /// After `--fix` the fixture's rule no longer fires, a second `--fix` changes nothing, and the
  /// cues' text is touched only by the text rules.
  @Test(arguments: [
    "order", "overlap", "min-gap", "chain-gap", "min-duration", "shot-change", "ellipsis", "whitespace",
    "punctuation-width", "cpl",
  ])
  func fixesMendTheirRuleAndAreIdempotent(rule: String) throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fix-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let fixture = "\(Self.folder)/\(rule).srt"
    let extra = arguments(of: fixture)
    let first = try check([fixture, "--fix", "-o", "\(scratch)/once.srt", "--format", "jsonl"] + extra)
    #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
    #expect(try findings(first.stdout).contains { $0.rule == rule })  // the fix is reported
    let again = try check(["\(scratch)/once.srt", "--format", "json"] + extra)
    #expect(!(try findings(again.stdout).map(\.rule)).contains(rule), "\(again.stdout)")
    let twice = try check(["\(scratch)/once.srt", "--fix", "-o", "\(scratch)/twice.srt"] + extra)
    #expect(twice.status == 0)
    let once = try String(contentsOfFile: "\(scratch)/once.srt", encoding: .utf8)
    #expect(try String(contentsOfFile: "\(scratch)/twice.srt", encoding: .utf8) == once)
  }

  @Test func fixNeedsOneFileAndAPlaceToWrite() throws {
    #expect(try check(["\(Self.folder)/order.srt", "--fix"]).status == 2)
    #expect(try check([Self.folder, "--fix", "-o", "x.srt"]).status == 2)
    #expect(try check(["\(Self.folder)/order.srt", "--in-place"]).status == 2)
  }

  @Test func listingAndExplainingRules() throws {
    let explained = try check(["--explain", "cps"])
    #expect(explained.status == 0 && explained.stdout.contains("netflix-bilingual: en 20, zh 9"))
    #expect(try check(["--explain", "no-such-rule"]).status == 2)
    #expect(try check(["x.srt", "--preset", "no-such-preset"]).status == 2)
    #expect(try check([]).status == 2)
    // -o takes the listing as it takes a report.
    let directory = try CommandLineTests().scratch()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let listed = try check(["--list-rules", "-o", "\(directory)/rules.txt"])
    #expect(listed.status == 0 && listed.stdout.isEmpty)
    let file = try String(contentsOfFile: "\(directory)/rules.txt", encoding: .utf8)
    #expect(file == (try check(["--list-rules"]).stdout))
  }

  @Test(arguments: CommandLineTests.hostileInputs)
  func hostileInputIsCheckedWithoutCrashing(path: String) throws {
    let run = try subkit(["check", path, "--format", "jsonl"])
    #expect([0, 1, 2].contains(run.status), "\(path) exited \(run.status)")
    for finding in try findings(run.stdout) { #expect(finding.file == path) }
    // Fixes and shot changes do arithmetic on the times read, here up to the largest time there is.
    try TestFiles.withScratchDirectory { scratch in
      let cuts = "\(scratch)/cuts.txt"
      try "1.0\n2305843009213693.0\n".write(toFile: cuts, atomically: true, encoding: .utf8)
      let fixed = "\(scratch)/fixed.\((path as NSString).pathExtension)"
      for options in [
        ["--fix", "-o", fixed], ["--shot-changes", cuts], ["--fix", "--shot-changes", cuts, "-o", fixed],
      ] {
        let run = try subkit(["check", path, "--format", "jsonl"] + options)
        #expect([0, 1, 2].contains(run.status), "\(path) \(options) exited \(run.status)")
      }
    }
  }

  @Test func theFilmsTranscriptsPassTheBilingualPreset() throws {
    let run = try check(["Transcripts/", "--preset", "netflix-bilingual"])
    #expect(run.status == 0, "\(run.stdout)")
  }

  /// The rule and file of each finding in a JSON or JSON Lines report.
  private func findings(_ report: String) throws -> [(rule: String, file: String)] {
    let objects: [[String: Any]]
    if report.hasPrefix("{\"findings\"") {
      let root = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
      objects = root?["findings"] as? [[String: Any]] ?? []
    } else {
      objects = try report.split(separator: "\n").compactMap {
        try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
      }
    }
    return objects.map { ($0["rule"] as? String ?? "", $0["file"] as? String ?? "") }
  }
}
