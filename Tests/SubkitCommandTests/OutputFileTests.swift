import Foundation
import SubkitTestSupport
import Testing

/// Outputs never destroy what is there: a regular file is replaced atomically, anything else is
/// written in place, and no temporary file outlives an interrupted run.
@Suite struct OutputFileTests {
  static let input = PackagePaths.path("Formats/SRT/golden/basic.srt")

  @Test func aFIFOStaysAFIFOAndGetsTheOutput() throws {
    let directory = try CommandLineTests().scratch()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = try shell(
      """
      cd '\(directory)' && mkfifo out.vtt && { cat out.vtt > received & }
      "$SUBKIT" convert '\(Self.input)' -o out.vtt; echo "status $?"; wait
      test -p out.vtt && echo "still a FIFO"; head -1 received; ls -a | grep -c subkit-
      """)
    #expect(run.stdout == "status 0\nstill a FIFO\nWEBVTT\n0\n", "\(run.stderr)")
  }

  @Test(.enabled(if: OutputFileTests.canMakeDeviceNodes, "mknod needs root"))
  func aDeviceNodeIsWrittenInPlaceAndAFullOneIsAnError() throws {
    let directory = try CommandLineTests().scratch()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = try shell(
      """
      cd '\(directory)' && mknod null c 1 3 && mknod full c 1 7
      "$SUBKIT" convert '\(Self.input)' -o null --to vtt; echo "null $?"
      "$SUBKIT" convert '\(Self.input)' -o full --to vtt 2>err; echo "full $?"
      test -c null && test -c full && echo "still devices"; cat err
      """)
    #expect(run.stdout == "null 0\nfull 2\nstill devices\nfull: error: write failed: No space left on device\n")
  }

  @Test(.enabled(if: OutputFileTests.canMakeDeviceNodes, "mknod needs root"))
  func aBatchReportToAFullStandardOutputIsAnError() throws {
    let directory = try CommandLineTests().scratch()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = try shell(
      """
      cd '\(directory)' && mknod full c 1 7 && mkdir out
      "$SUBKIT" convert '\(Self.input)' --out-dir out --to vtt --report - > full 2>err; echo "status $?"
      find out -name '*.vtt' -size +0 | grep -q . && echo converted; cat err
      """)
    #expect(run.stdout == "status 2\nconverted\n<stdout>: error: write failed: No space left on device\n")
  }

  @Test func aSymbolicLinkKeepsPointingAtTheReplacedFile() throws {
    let directory = try CommandLineTests().scratch()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = try shell(
      """
      cd '\(directory)' && echo old > real.vtt && ln -s real.vtt link.vtt
      "$SUBKIT" convert '\(Self.input)' -o link.vtt; echo "status $?"
      test -L link.vtt && echo "still a link"; head -1 real.vtt
      """)
    #expect(run.stdout == "status 0\nstill a link\nWEBVTT\n", "\(run.stderr)")
  }

  /// The run reads from a FIFO the test holds open, so it is surely mid-write when the signal comes:
  /// sent, or for SIGPIPE, a reader of standard error that goes away (`2>&1 | head`) while a
  /// warning is printed, which ends the run as it would end `cat`.
  @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGPIPE])
  func aSignalRemovesTheTemporaryFile(signal received: Int32) throws {
    let directory = try CommandLineTests().scratch()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try "old\n".write(toFile: "\(directory)/out.vtt", atomically: false, encoding: .utf8)
    #expect(mkfifo("\(directory)/in.srt", 0o600) == 0)
    let temporaryFiles = {
      ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.contains(".subkit-") }
    }
    let closesPipe = received == SIGPIPE
    let child = try SpawnedSubkit(
      ["convert", "\(directory)/in.srt", "--input-encoding", "utf-8", "-o", "\(directory)/out.vtt"]
        + (closesPipe ? [] : ["--quiet"]), pipingDiagnostics: closesPipe)
    let input = try #require(FileHandle(forWritingAtPath: "\(directory)/in.srt"))
    let cue = "1\n00:00:01,000 --> 00:00:02,000\n全是为了孩子，\nIt's all for our children,\n\n"
    input.write(Data(String(repeating: cue, count: 20_000).utf8))
    for _ in 0..<1000 where temporaryFiles().isEmpty { usleep(5000) }
    #expect(temporaryFiles().count == 1, "the temporary file never appeared")
    if closesPipe {
      child.closeDiagnostics()
      input.write(Data("2\n00:00:03;000 --> 00:00:04,000\nA warning to print.\n\n".utf8))
    } else {
      kill(child.pid, received)
    }
    #expect(child.waitForEnd(), "still running 10 s after the signal")
    try input.close()
    #expect(child.endingSignal == received)
    #expect(temporaryFiles().isEmpty)
    #expect(try String(contentsOfFile: "\(directory)/out.vtt", encoding: .utf8) == "old\n")
  }

  @Test func temporaryFilesOfDeadRunsAreRemovedOnTheNextWrite() throws {
    let directory = try CommandLineTests().scratch()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = try shell(
      """
      cd '\(directory)' && sleep 30 & live=$!
      cd '\(directory)' && touch -d '20 minutes ago' .out.vtt.subkit-2147483646-AbCdEf .out.vtt.subkit-$live-AbCdEf
      touch .out.vtt.subkit-2147483645-Recent
      "$SUBKIT" convert '\(Self.input)' -o out.vtt; kill $live
      ls -a | grep subkit- | sed "s/$live/LIVE/" | LC_ALL=C sort
      """)
    // Dead and old: removed. Alive, or changed in the last ten minutes: kept.
    #expect(run.stdout == ".out.vtt.subkit-2147483645-Recent\n.out.vtt.subkit-LIVE-AbCdEf\n", "\(run.stderr)")
  }

  static let canMakeDeviceNodes = getuid() == 0
}
