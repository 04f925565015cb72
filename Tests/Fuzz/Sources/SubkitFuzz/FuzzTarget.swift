import SubtitleFormats
import SubtitleTimeline
import TextUnicode

/// One thing to fuzz: a reader, the encoding path, round trips through every writer, or `check`.
enum FuzzTarget: String, CaseIterable {
  case srt, vtt, ttml, json, jsonl
  /// Encoding detection and conversion in, then conversion out and back.
  case encoding
  /// Any document a reader accepts, written in every format and read back.
  case roundtrip
  /// Any document a reader accepts, checked by every preset into every report format.
  case check
  /// The shot-change list reader of `check --shot-changes`.
  case shots
  /// The `.subkit.yml` reader.
  case config
  /// The `check --baseline` reader.
  case baseline
  /// The times, durations, points and frame rates of `shift` and `retime`.
  case times
  /// Two tracks paired and merged.
  case merge
  /// One track fitted to another's timing.
  case sync
  /// Untimed lines read and aligned onto a track.
  case align
  /// Sound samples searched for speech.
  case speech
  /// A batch's list of paths, their output paths, and `--shard`.
  case batch
  /// A track, and a pair of tracks, drawn as a report page.
  case report

  /// Runs the target on one input; a broken property stops the process (libFuzzer saves the input).
  func run(_ bytes: [UInt8]) {
    switch self {
    case .srt, .vtt, .ttml, .json, .jsonl:
      readLenientlyAndStrictly(bytes, as: SubtitleFormat(rawValue: rawValue) ?? .srt)
    case .encoding:
      EncodingFuzzing.run(bytes)
    case .roundtrip:
      RoundTripFuzzing.run(bytes)
    case .check:
      CheckFuzzing.run(bytes)
    case .shots:
      CheckFuzzing.readShotChanges(bytes)
    case .config:
      CheckFuzzing.readConfiguration(bytes)
    case .baseline:
      CheckFuzzing.readBaseline(bytes)
    case .times:
      AlignFuzzing.run(bytes)
    case .merge:
      AlignFuzzing.merge(bytes)
    case .sync:
      AlignFuzzing.sync(bytes)
    case .align:
      AlignFuzzing.align(bytes)
    case .speech:
      AlignFuzzing.speech(bytes)
    case .batch:
      BatchFuzzing.run(bytes)
    case .report:
      ReportFuzzing.run(bytes)
    }
  }

  /// Reads `bytes` as `format` twice: leniently, then strictly (which must fail exactly when the
  /// lenient read warned or failed).
  private func readLenientlyAndStrictly(_ bytes: [UInt8], as format: SubtitleFormat) {
    let warnings = WarningCounter()
    let lenient = FuzzIO.read(bytes, as: format, reporter: warnings.reporter())
    let strict = FuzzIO.read(bytes, as: format, reporter: warnings.reporter(strict: true))
    if case .success = strict, warnings.count > 0 || (try? lenient.get()) == nil {
      fatalError("--strict accepted what the lenient read warned about or refused")
    }
  }
}

/// Counts the warnings a reader or writer reports.
final class WarningCounter: @unchecked Sendable {
  /// How many warnings were reported so far.
  private(set) var count = 0
  /// The first warning reported, to show when a property breaks.
  private(set) var first: Finding?

  /// A reporter that counts into this counter.
  func reporter(strict: Bool = false) -> FindingReporter {
    FindingReporter(strict: strict) { [self] diagnostic in
      if first == nil { first = diagnostic }
      count += 1
    }
  }
}

/// Reading and writing in memory, with the checks every fuzz target shares.
enum FuzzIO {
  /// The whole document, or the error; an error must name a real place in the input.
  static func read(
    _ bytes: [UInt8], as format: SubtitleFormat, reporter: FindingReporter
  ) -> Result<SubtitleDocument, SubtitleError> {
    let reader = SubtitleFormats.reader(
      for: format, source: MemoryByteSource(bytes), sourceName: "fuzz", reporter: reporter)
    return checked(Result { () throws(SubtitleError) in try reader.readDocument() })
  }

  /// The bytes `format`'s writer makes of `document`.
  static func write(
    _ document: SubtitleDocument, as format: SubtitleFormat, reporter: FindingReporter
  ) -> Result<[UInt8], SubtitleError> {
    let sink = MemoryByteSink()
    let writer = SubtitleFormats.writer(for: format, output: TextOutput(sink), sourceName: "fuzz", reporter: reporter)
    return Result { () throws(SubtitleError) in
      try writer.write(document)
      return sink.bytes
    }
  }

  /// `result`, after checking that an error names a line and column of the input.
  static func checked<T>(_ result: Result<T, SubtitleError>) -> Result<T, SubtitleError> {
    if case .failure(let error) = result, error.finding.location.line < 1 || error.finding.location.column < 1 {
      fatalError("an input error without a place in the input: \(error)")
    }
    return result
  }
}
