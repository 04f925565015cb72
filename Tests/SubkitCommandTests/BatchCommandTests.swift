import Foundation
import SubkitTestSupport
import Testing

/// Many files in one command: folders, lists, shards, records, and interruption.
@Suite struct BatchCommandTests {
  static let srt = "1\n00:00:01,000 --> 00:00:02,000\n回家\nGoing home\n\n"

  /// A library of `count` SRT files in two folders (`lib/s0/e01.srt` …), and its root.
  func library(_ count: Int) throws -> String {
    let root = try CommandLineTests().scratch()
    for index in 1...count {
      let path = "\(root)/lib/s\(index % 2)/e\(String(format: "%02d", index)).srt"
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Self.srt.replacingOccurrences(of: "回家", with: "第\(index)集").write(
        toFile: path, atomically: false, encoding: .utf8)
    }
    return root
  }

  /// The records of a `--report` file.
  func records(_ path: String) throws -> [[String: Any]] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  /// The names of the files below `folder`, hidden ones too, sorted.
  func files(below folder: String) -> [String] {
    ((FileManager.default.subpaths(atPath: folder) ?? []).filter { path in
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: "\(folder)/\(path)", isDirectory: &isFolder) && !isFolder.boolValue
    }).sorted()
  }

  @Test func convertsAFolderInInputOrderAndRecordsEachFile() throws {
    let root = try library(30)
    defer { try? FileManager.default.removeItem(atPath: root) }
    try "not subtitles\n".write(toFile: "\(root)/lib/s1/bad.srt", atomically: false, encoding: .utf8)
    let run = try subkit([
      "convert", "-r", "\(root)/lib", "--to", "vtt", "--out-dir", "\(root)/web", "-j", "4", "--report",
      "\(root)/report.jsonl",
    ])
    #expect(run.status == 2, "one input failed: \(run.stderr)")
    #expect(run.stderr.contains("bad.srt:1:1: error: no cues found"))
    #expect(run.stderr.hasSuffix("subkit: 31 files: 30 ok, 1 failed\n"))
    let records = try records("\(root)/report.jsonl")
    let inputs = records.compactMap { $0["input"] as? String }
    #expect(inputs == inputs.sorted() && inputs.count == 31)
    let bad = try #require(records.first { ($0["input"] as? String)?.hasSuffix("bad.srt") == true })
    #expect(bad["status"] as? String == "failed" && bad["output"] is NSNull)
    #expect((bad["error"] as? String)?.contains("no cues found") == true)
    let good = try #require(records.first { ($0["input"] as? String)?.hasSuffix("s0/e02.srt") == true })
    #expect(good["status"] as? String == "ok" && good["cues"] as? Int == 1 && good["format"] as? String == "srt")
    #expect(good["output"] as? String == "\(root)/web/s0/e02.vtt")
    #expect(files(below: "\(root)/web").count == 30)
    let converted = try String(contentsOfFile: "\(root)/web/s0/e02.vtt", encoding: .utf8)
    #expect(converted == "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n第2集\nGoing home\n")
  }

  @Test func listsFromFindAndShardsThatSplitTheWork() throws {
    let root = try library(24)
    defer { try? FileManager.default.removeItem(atPath: root) }
    var seen: [String] = []
    for part in 1...3 {
      let run = try shell(
        """
        cd '\(root)' && find lib -name '*.srt' -print0 | \
        "$SUBKIT" convert --files-from - -0 --to ttml --out-dir web --shard \(part)/3 --report -
        """)
      #expect(run.status == 0, "\(run.stderr)")
      seen += run.stdout.split(separator: "\n").map(String.init)
    }
    #expect(seen.count == 24, "each file in exactly one shard")
    #expect(Set(seen.compactMap { $0.split(separator: "\"")[safe: 3].map(String.init) }).count == 24)
    #expect(files(below: "\(root)/web").count == 24)
  }

  /// Scripts/batch-parallel on this machine: GNU parallel (installed by Scripts/test) runs the shards.
  @Test func gnuParallelRunsTheShardsAndJoinsTheirRecords() throws {
    let root = try library(12)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let run = try shell(
      """
      export SUBKIT; cd '\(root)' && '\(PackagePaths.path("Scripts/batch-parallel"))' lib web 3 -- --to vtt --quiet
      """)
    #expect(run.status == 0, "\(run.stderr)")
    let inputs = try records("\(root)/web/report.jsonl").compactMap { $0["input"] as? String }
    #expect(inputs.count == 12 && Set(inputs).count == 12)
    #expect(files(below: "\(root)/web").filter { $0.hasSuffix(".vtt") }.count == 12)
  }

  @Test func theInputIsNeverOverwrittenAndNoClobberSkips() throws {
    let root = try library(4)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let onto = try subkit(["convert", "-r", "\(root)/lib", "--to", "srt", "--out-dir", "\(root)/lib", "-q"])
    #expect(onto.status == 2)
    #expect(onto.stderr.contains("the output would overwrite the input"))
    #expect(try String(contentsOfFile: "\(root)/lib/s1/e01.srt", encoding: .utf8).contains("第1集"))
    try "mine\n".write(toFile: "\(root)/e01.vtt", atomically: false, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: "\(root)/web/s1", withIntermediateDirectories: true)
    try "mine\n".write(toFile: "\(root)/web/s1/e01.vtt", atomically: false, encoding: .utf8)
    let kept = try subkit([
      "convert", "-r", "\(root)/lib", "--to", "vtt", "--out-dir", "\(root)/web", "--no-clobber", "--progress",
    ])
    #expect(kept.status == 0)
    #expect(kept.stderr.contains("4/4 files"))
    #expect(kept.stderr.hasSuffix("subkit: 4 files: 3 ok, 1 skipped\n"))
    #expect(try String(contentsOfFile: "\(root)/web/s1/e01.vtt", encoding: .utf8) == "mine\n")
  }

  /// The first input is a FIFO the test holds open, so it is surely in flight when the signal comes;
  /// a cue written after the signal makes it stop (a file whose input ended first would finish).
  ///
  /// The FIFO is named on the command line: a search of folders takes regular files only.
  @Test(arguments: [1, 2])
  func anInterruptedBatchLeavesOnlyWholeFiles(jobs: Int) throws {
    let root = try library(20)
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(mkfifo("\(root)/a-first.srt", 0o600) == 0)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: subkitBinary)
    process.arguments = [
      "convert", "\(root)/a-first.srt", "-r", "\(root)/lib", "--to", "vtt", "--out-dir", "\(root)/web", "-j", "\(jobs)",
      "--report", "\(root)/report.jsonl", "-q",
    ]
    process.standardError = FileHandle.nullDevice
    try process.run()
    let fifo = try #require(FileHandle(forWritingAtPath: "\(root)/a-first.srt"))
    fifo.write(Data(String(repeating: Self.srt, count: 2000).utf8))
    // With a second worker, the other files are done while the first waits for the rest of its input.
    let others = jobs == 1 ? 0 : 20
    for _ in 0..<1000 where files(below: "\(root)/web").filter({ !$0.contains("/.") }).count < others { usleep(10_000) }
    kill(process.processIdentifier, SIGINT)
    usleep(100_000)
    // A slow run may still be reading what came before the signal, and stop (closing the FIFO) first.
    signal(SIGPIPE, SIG_IGN)
    try? fifo.write(contentsOf: Data(Self.srt.utf8))
    try? fifo.close()
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
    let left = files(below: "\(root)/web")
    #expect(left.allSatisfy { !$0.contains(".subkit-") }, "temporary files left: \(left)")
    #expect(!left.contains { $0.hasSuffix("a-first.vtt") }, "the file in flight is discarded")
    #expect(left.count == others)
    for name in left {
      #expect(try String(contentsOfFile: "\(root)/web/\(name)", encoding: .utf8).hasSuffix("Going home\n"))
    }
    let statuses = try records("\(root)/report.jsonl").compactMap { $0["status"] as? String }
    #expect(statuses.count == 21)
    #expect(statuses.first == "interrupted")
    #expect(statuses.filter { $0 == "ok" }.count == others)
  }

  @Test func splitGivesEachInputOneFilePerLanguage() throws {
    let root = try library(6)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let run = try subkit(["split", "-r", "\(root)/lib", "--out-dir", "\(root)/split", "-j", "2", "--to", "vtt"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.hasSuffix("subkit: 6 files, 12 outputs: 12 ok\n"))
    #expect(files(below: "\(root)/split").count == 12)
    #expect(
      try String(contentsOfFile: "\(root)/split/s1/e03.zh.vtt", encoding: .utf8)
        == "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n第3集\n")
    #expect(
      try String(contentsOfFile: "\(root)/split/s1/e03.en.vtt", encoding: .utf8)
        == "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nGoing home\n")
    let english = try subkit(["split", "-r", "\(root)/lib", "--lang", "en", "--out-dir", "\(root)/en", "--report", "-"])
    #expect(english.status == 0, "\(english.stderr)")
    #expect(english.stdout.split(separator: "\n").count == 6)
    #expect(
      files(below: "\(root)/en")
        == files(below: "\(root)/split").filter { $0.hasSuffix(".en.vtt") }
        .map { $0.replacingOccurrences(of: ".vtt", with: ".srt") })
  }

  @Test func checkAndInfoOnSeveralWorkersSayWhatOneWorkerSays() throws {
    let root = try library(40)
    defer { try? FileManager.default.removeItem(atPath: root) }
    try "1\n00:00:05,000 --> 00:00:01,000\n太快了太快了太快了太快了太快了\n\n".write(
      toFile: "\(root)/lib/s0/e05.srt", atomically: false, encoding: .utf8)
    try "not subtitles\n".write(toFile: "\(root)/lib/s1/bad.srt", atomically: false, encoding: .utf8)
    for command in [["check", "--format", "json"], ["check", "--format", "junit"], ["info", "--json"]] {
      let one = try subkit(command + ["\(root)/lib", "-j", "1"])
      let four = try subkit(command + ["\(root)/lib", "-j", "4"])
      #expect(one.status == 2 && four.status == 2, "a file cannot be read: \(one.stderr)")
      #expect(one.stdout == four.stdout && one.stderr == four.stderr, "\(command)")
      #expect(four.stdout.contains("e05.srt"), "the file with findings is reported")
    }
  }

  @Test func quietSilencesTheWarningAboutASkippedName() throws {
    let root = try library(2)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let run = try shell(
      """
      cd '\(root)' && cp lib/s0/e02.srt "lib/s0/$(printf 'e\\377.srt')"
      "$SUBKIT" convert -r lib --out-dir out --to vtt 2>&1 >/dev/null | grep -c 'its name is not UTF-8'
      "$SUBKIT" convert -r lib --out-dir quiet --to vtt -q 2>&1 >/dev/null | wc -l
      "$SUBKIT" info lib -q --json 2>&1 >/dev/null | wc -l
      "$SUBKIT" report -r lib --out-dir pages -q 2>&1 | wc -l
      """)
    #expect(run.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } == ["1", "0", "0", "0"])
  }
}

extension Array {
  /// The element at `index`, nil past the ends.
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
