import Foundation
import SubkitTestSupport
import Testing

/// Commands chained by JSON Lines: every cue gets through, and each stage streams (writes its first
/// cues while its input is still open), so a pipe of any length holds only a window of cues.
@Suite struct PipelineTests {
  /// `count` bilingual SRT cues, two seconds apart.
  static func srt(_ count: Int) -> String {
    (0..<count).map { index in
      let start = index * 2
      return "\(index + 1)\n\(clock(start)),000 --> \(clock(start + 1)),500\n"
        + "第\(index + 1)句：火车回家的路上人很多很多很多\nLine \(index + 1): the train home is very crowded tonight\n\n"
    }.joined()
  }

  /// `HH:MM:SS` of `seconds`.
  static func clock(_ seconds: Int) -> String {
    String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
  }

  @Test func aFourStagePipeKeepsEveryCue() throws {
    let folder = try CommandLineTests().scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.srt(20_000).write(toFile: "\(folder)/big.srt", atomically: false, encoding: .utf8)
    let run = try shell(
      """
      cd '\(folder)' && "$SUBKIT" convert big.srt --to jsonl | "$SUBKIT" shift - --by 2s | \
      "$SUBKIT" wrap - --max-width 32 --quiet | "$SUBKIT" convert - -o out.vtt
      """)
    #expect(run.status == 0, "\(run.stderr)")
    let out = try String(contentsOfFile: "\(folder)/out.vtt", encoding: .utf8)
    #expect(out.components(separatedBy: " --> ").count - 1 == 20_000)
    #expect(out.contains("20000\n11:06:40.000 --> 11:06:41.500\n"), "the last cue, shifted by 2 s")
    let first = "1\n00:00:02.000 --> 00:00:03.500\n第1句：火车回家的\n路上人很多很多很多\nLine 1: the train home\n"
    #expect(out.hasPrefix("WEBVTT\n\n" + first + "is very crowded tonight\n"), "shifted by 2 s and wrapped")
  }

  /// The commands that take JSON Lines on standard input and transform its cues.
  static let stages: [[String]] = [
    ["shift", "-", "--by", "2s"], ["retime", "-", "--fps", "25:23.976"],
    ["wrap", "-", "--max-width", "32", "--quiet"], ["transliterate", "-", "--to", "pinyin"],
    ["convert", "-", "--to", "vtt"],
  ]

  @Test(arguments: stages)
  func aStageWritesBeforeItsInputEnds(_ stage: [String]) throws {
    let folder = try CommandLineTests().scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.srt(5_000).write(toFile: "\(folder)/cues.srt", atomically: false, encoding: .utf8)
    let jsonl = try subkit(["convert", "\(folder)/cues.srt", "--to", "jsonl"])
    #expect(jsonl.status == 0)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: subkitBinary)
    process.arguments = stage
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    signal(SIGPIPE, SIG_IGN)
    let writer = input.fileHandleForWriting
    let data = Data(jsonl.stdout.utf8)
    // Written from another thread: the stage's output fills its pipe long before all input is in.
    Thread.detachNewThread { try? writer.write(contentsOf: data) }
    // Should the stage wait for the end of its input, nothing would come: give up after 30 s.
    let gaveUp = NSLock()
    var timedOut = false
    let watchdog = DispatchWorkItem {
      gaveUp.withLock { timedOut = true }
      try? writer.close()
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + 30, execute: watchdog)
    var received = 0
    while received < 1 << 16 {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      received += chunk.count
    }
    watchdog.cancel()
    let inputStillOpen = !gaveUp.withLock { timedOut }
    #expect(inputStillOpen && received >= 1 << 16, "\(stage[0]) wrote \(received) bytes before its input ended")
    try? writer.close()
    _ = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
  }
}
