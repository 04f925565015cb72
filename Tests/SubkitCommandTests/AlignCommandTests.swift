import Foundation
import SubkitTestSupport
import Testing

/// `subkit shift`, `retime`, `split` and `merge`: the before/after cases of Formats/Align, the
/// film's transcripts split and merged back, exit codes, usage errors and standard input.
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
    // The output is in --to's format, else the input's.
    let format =
      arguments.firstIndex(of: "--to").map { arguments[$0 + 1] }
      ?? String(arguments[1].split(separator: ".").last ?? "")
    let expected = String(file.dropLast(".args".count)) + ".expected." + format
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
        // A file named by itself keeps its relative path below --out-dir, as in a batch.
        let written = try TestFiles.text(atPath: "\(folder)/\(Self.folder)/sample.\(language).srt")
        #expect(written == (try subkit(["split", "\(Self.folder)/sample.srt", "--lang", language]).stdout))
      }
      #expect(TestFiles.names(in: "\(folder)/\(Self.folder)").count == 2)
    }
  }

  @Test(arguments: CommandLineTests.hostileInputs)
  func hostileInputNeverCrashesTheTwoTrackCommands(path: String) throws {
    try TestFiles.withScratchDirectory { folder in
      for arguments in [
        ["merge", path, path, "--to", "srt", "-q"], ["sync", path, "--reference", path, "-o", "\(folder)/s.srt", "-q"],
        ["report", path, path, "-o", "\(folder)/r.html"],
      ] {
        let run = try subkit(arguments)
        #expect((0...2).contains(run.status), "\(arguments[0]) \(path) exited \(run.status): \(run.stderr.suffix(300))")
      }
    }
  }

  @Test(arguments: [
    "Transcripts/last-train-home-dialogue.srt", "Transcripts/last-train-home-qa.srt",
    "Transcripts/last-train-home-dialogue.vtt", "Transcripts/last-train-home-qa.vtt",
    "Transcripts/last-train-home-qa.ttml",
  ])
  func mergingTheHalvesOfSplitGivesTheTranscriptBack(transcript: String) throws {
    try TestFiles.withScratchDirectory { folder in
      let name = String(transcript.split(separator: "/").last ?? "")
      let (stem, suffix) = (name.split(separator: ".")[0], name.split(separator: ".")[1])
      let split = try subkit(["split", transcript, "--out-dir", folder, "-q"])
      #expect(split.status == 0, "\(split.stderr)")
      let merged = try subkit(
        [
          "merge", "\(folder)/Transcripts/\(stem).zh.\(suffix)", "\(folder)/Transcripts/\(stem).en.\(suffix)", "--to",
          String(suffix), "-q",
        ])
      #expect(merged.status == 0, "\(merged.stderr)")
      #expect(merged.stdout == (try String(contentsOfFile: PackagePaths.path(transcript), encoding: .utf8)))
    }
  }

  @Test func syncReportsTheFitAsJSONAndWritesTheTrackOnlyToAFile() throws {
    let arguments = ["sync", "\(Self.folder)/sync-qa.zh.srt", "--reference", "\(Self.folder)/sync-qa.en.srt", "--json"]
    let report = try subkit(arguments)
    #expect(report.status == 0 && report.stderr.isEmpty, "\(report.stderr)")
    let fit = try #require(
      try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any], "\(report.stdout)")
    #expect(fit["scale"] as? String == "960/1001" && fit["cues"] as? Int == 111)
    #expect((fit["frameRates"] as? [String: String]) == ["from": "23.976", "to": "25"])
    #expect((fit["splits"] as? [[String: Any]])?.count == 1)
    try TestFiles.withScratchDirectory { folder in
      let written = try subkit(arguments + ["-o", "\(folder)/synced.srt"])
      #expect(written.stdout == report.stdout)
      let synced = try String(contentsOfFile: "\(folder)/synced.srt", encoding: .utf8)
      #expect(
        synced
          == (try String(contentsOfFile: PackagePaths.path("\(Self.folder)/sync-qa.expected.srt"), encoding: .utf8)))
    }
  }

  @Test func aSyncedTrackIsWithinAMillisecondOfTheOriginal() throws {
    // sync-qa.zh.srt is the Chinese half of the Q&A made for 25 fps from 23.976, 12.5 s late,
    // and 4 s later still from 00:03:00 on (Formats/Align/README.md).
    let synced = try String(contentsOfFile: PackagePaths.path("\(Self.folder)/sync-qa.expected.srt"), encoding: .utf8)
    let original = try String(contentsOfFile: PackagePaths.path("Transcripts/last-train-home-qa.srt"), encoding: .utf8)
    func times(_ text: String) -> [Int] {
      text.split(separator: "\n").filter { $0.contains("-->") }.flatMap { line in
        line.split(separator: " ").filter { $0 != "-->" }.map { clock in
          let parts = clock.split(whereSeparator: { $0 == ":" || $0 == "," }).compactMap { Int($0) }
          return ((parts[0] * 60 + parts[1]) * 60 + parts[2]) * 1000 + parts[3]
        }
      }
    }
    let (after, before) = (times(synced), times(original))
    #expect(after.count == before.count && after.count == 222)
    #expect(zip(after, before).allSatisfy { abs($0 - $1) <= 1 })
  }

  @Test func alignedLinesCarryEachCueItsChinese() throws {
    // align-qa.zh.txt is the Chinese of the Q&A, a line a cue, seven lines holding two cues'
    // sentences; aligned onto the English half, every cue has its Chinese back (only the lines'
    // wrapping inside a cue differs from the transcript).
    func chinese(_ file: String) throws -> [String] {
      let text = try String(contentsOfFile: PackagePaths.path(file), encoding: .utf8)
      return text.components(separatedBy: "\n\n").map { block in
        block.split(separator: "\n").filter { $0.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }
          .joined()
      }.filter { !$0.isEmpty }
    }
    let aligned = try chinese("\(Self.folder)/align-qa.expected.srt")
    let transcript = try chinese("Transcripts/last-train-home-qa.srt")
    #expect(aligned.count == 111 && aligned == transcript)
  }

  @Test func moreLinesThanCuesLoseNoLine() throws {
    try TestFiles.withScratchDirectory { folder in
      let lines = ["回家过年。", "火车晚点了。", "这一行在英文里没有对应的字幕，而且相当长。", "我们到了。"]
      try lines.joined(separator: "\n").write(toFile: "\(folder)/zh.txt", atomically: true, encoding: .utf8)
      let english =
        "1\n00:00:01,000 --> 00:00:02,000\nGoing home for New Year.\n\n"
        + "2\n00:00:03,000 --> 00:00:04,000\nThe train is late.\n\n3\n00:00:05,000 --> 00:00:06,000\nWe are here.\n"
      try english.write(toFile: "\(folder)/en.srt", atomically: true, encoding: .utf8)
      let run = try subkit(["align", "\(folder)/zh.txt", "--timing", "\(folder)/en.srt", "--translation-only"])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stderr.contains("4 lines onto 3 cues") && run.stderr.contains("1 cue taking two lines"))
      #expect(lines.allSatisfy { run.stdout.contains($0) }, "\(run.stdout)")
      #expect(run.stdout.components(separatedBy: "-->").count == 4)
    }
  }

  /// The start and end of every cue in an SRT file's text, in milliseconds.
  static func times(_ text: String) -> [(Int, Int)] {
    func clock(_ text: Substring) -> Int {
      let parts = text.split(whereSeparator: { $0 == ":" || $0 == "," }).compactMap { Int($0) }
      return parts.count == 4 ? ((parts[0] * 60 + parts[1]) * 60 + parts[2]) * 1000 + parts[3] : 0
    }
    return text.split(separator: "\n").filter { $0.contains(" --> ") }.map { line in
      let ends = line.split(separator: " ")
      return (clock(ends[0]), clock(ends[ends.count - 1]))
    }
  }

  /// A mono 16-bit 8 kHz WAV: silence, and a 300 Hz tone over the first 70 % of each of `cues`
  /// (start, end in milliseconds), standing in for speech; its header may declare another `rate`.
  static func wav(speakingOver cues: [(Int, Int)], seconds: Int, rate: Int = 8000) -> [UInt8] {
    var samples = [Int16](repeating: 0, count: seconds * 8000)
    for (start, end) in cues {
      for index in (start * 8)..<min((start + (end - start) * 7 / 10) * 8, samples.count) {
        samples[index] = Int16(8000 * sin(2 * Double.pi * 300 * Double(index) / 8000))
      }
    }
    func le(_ value: Int, _ bytes: Int) -> [UInt8] { (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
    let data = samples.flatMap { le(Int(UInt16(bitPattern: $0)), 2) }
    return Array("RIFF".utf8) + le(36 + data.count, 4) + Array("WAVEfmt ".utf8) + le(16, 4) + le(1, 2) + le(1, 2)
      + le(rate, 4) + le(rate * 2, 4) + le(2, 2) + le(16, 2) + Array("data".utf8) + le(data.count, 4) + data
  }

  @Test func syncToSoundPutsCuesOnTheSpeech() throws {
    // The Q&A's English cues give where "speech" (a tone) is; the degraded Chinese half
    // (sync-qa.zh.srt) is synced to the sound, decoded by ffmpeg.
    let english = try String(contentsOfFile: PackagePaths.path("\(Self.folder)/sync-qa.en.srt"), encoding: .utf8)
    let cues = Self.times(english)
    try TestFiles.withScratchDirectory { folder in
      try Data(Self.wav(speakingOver: cues, seconds: (cues.last?.1 ?? 0) / 1000 + 5)).write(
        to: URL(fileURLWithPath: "\(folder)/qa.wav"))
      let run = try subkit(["sync", "\(Self.folder)/sync-qa.zh.srt", "--reference", "\(folder)/qa.wav"])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stderr.contains("stretches of speech") && run.stderr.contains("1 split"), "\(run.stderr)")
      let synced = Self.times(run.stdout).map(\.0)
      let misses = zip(synced, cues).enumerated().filter { abs($0.element.0 - $0.element.1.0) > 100 }
      #expect(synced.count == cues.count && misses.isEmpty, "\(misses.prefix(6))")
      // Without ffmpeg the sound cannot be read: a clear error, exit 2.
      let missing = try shell(
        "cd '\(PackagePaths.root)' && PATH=/nonexistent \"$SUBKIT\" sync \(Self.folder)/sync-qa.zh.srt --reference \(folder)/qa.wav"
      )
      #expect(missing.status == 2 && missing.stderr.contains("cannot run ffmpeg"), "\(missing.stderr)")
    }
  }

  /// A sound's name is a file's, never one of ffmpeg's protocols (`take:1.wav` was protocol
  /// `take`), and a header claiming more sound than the file's size can hold (one sample a second:
  /// 13 s and 436 MB of resampling) is refused after ten minutes of it.
  @Test func soundIsReadFromFilesAndWithinWhatTheirSizeHolds() throws {
    try TestFiles.withScratchDirectory { folder in
      let english = try String(contentsOfFile: PackagePaths.path("\(Self.folder)/sync-qa.en.srt"), encoding: .utf8)
      let cues = Self.times(english)
      try Data(Self.wav(speakingOver: cues, seconds: (cues.last?.1 ?? 0) / 1000 + 5)).write(
        to: URL(fileURLWithPath: "\(folder)/take:1.wav"))
      try Data(Self.wav(speakingOver: [], seconds: 6, rate: 1)).write(to: URL(fileURLWithPath: "\(folder)/slow.wav"))
      let chinese = PackagePaths.path("\(Self.folder)/sync-qa.zh.srt")
      let named = try shell("cd '\(folder)' && \"$SUBKIT\" sync '\(chinese)' --reference take:1.wav")
      #expect(named.status == 0, "\(named.stderr)")
      let slow = try subkit(["sync", chinese, "--reference", "\(folder)/slow.wav"])
      #expect(slow.status == 2 && slow.stderr.contains("claims more sound than its size can hold"), "\(slow.stderr)")
    }
  }

  @Test func cuesWithoutTheLanguageAreLeftOutAndCounted() throws {
    let run = try subkit(["split", "\(Self.folder)/sample.srt", "--lang", "fr"])
    #expect(run.status == 0 && run.stdout.isEmpty)
    #expect(run.stderr.contains("3 cues have no fr line"))
  }

  @Test(arguments: [
    ["split", "Formats/Align/sample.srt"],
    ["split", "Formats/Align/sample.srt", "Formats/Align/sample.vtt", "--lang", "zh"],  // two inputs, no --out-dir
    ["split", "-", "--out-dir", "/tmp"],
    ["merge", "Formats/Align/sample.srt"],
    ["merge", "-", "-"],
    ["merge", "Formats/Align/sample.srt", "Formats/Align/sample.vtt", "--timing", "both"],
    ["merge", "Formats/Align/sample.srt", "Formats/Align/missing.srt"],
    ["shift", "Formats/Align/sample.srt", "--by", "12f"],  // frames without --fps
    ["shift", "Formats/Align/sample.srt", "--by", "two seconds"],
    ["shift", "Formats/Align/sample.srt", "--by", "1s", "--from", "-5s"],
    ["shift", "Formats/Align/sample.srt", "--by", "99999999999999999999h"],
    ["retime", "Formats/Align/sample.srt"],
    ["retime", "Formats/Align/sample.srt", "--fps", "25"],
    ["retime", "Formats/Align/sample.srt", "--fps", "23.976:25", "--map", "1=2,3=4"],
    ["retime", "Formats/Align/sample.srt", "--map", "00:01:00=00:01:02,00:01:00=00:02:00"],
    ["sync", "Formats/Align/sync-qa.zh.srt"],
    ["align", "Formats/Align/align-qa.zh.txt"],
    ["align", "-", "--timing", "-"],
    ["align", "/dev/null", "--timing", "Formats/Align/sync-qa.en.srt"],
    ["sync", "-", "--reference", "-"],
    // Three cues are too few to sync, and two tracks of different talks do not match.
    ["sync", "Transcripts/last-train-home-dialogue.srt", "--reference", "Formats/Align/sync-qa.en.srt"],
    ["sync", "Formats/Align/sync-qa.en.srt", "--reference", "Transcripts/last-train-home-dialogue.srt"],
  ])
  func badOptionsAreUsageErrors(arguments: [String]) throws {
    let run = try subkit(arguments)
    #expect(run.status == 2 && run.stdout.isEmpty && !run.stderr.isEmpty, "\(arguments): \(run.stderr)")
  }
}
