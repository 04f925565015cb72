import ArgumentParser
import SubtitleAlign
import SubtitleFormats
import SubtitleTimeline
import TextUnicode

/// `subkit retime IN (--fps FROM:TO | --map "T1=U1,T2=U2") [-o OUT]`.
struct RetimeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "retime",
    abstract: "Change every cue's times by a frame-rate ratio or a two-point mapping, exactly.",
    discussion: """
      --fps FROM:TO moves times made for video at FROM frames a second to the same frames at TO \
      (t × FROM / TO, an exact ratio: 23.976:25 is 24000/25025). --map takes two points, each a \
      time as the track has it and the time it should have; every time moves along the line \
      through them (Subtitle Edit's point sync). Timestamps inside cues move too; a time that \
      would go below zero is set to zero and reported (exit 1). The file streams.

        subkit retime film.srt --fps 23.976:25 -o film.pal.srt
        subkit retime film.srt --map "00:01:00=00:01:02.5,01:30:00=01:30:07"
      """
  )

  @OptionGroup var files: RetimingFiles

  @Option(help: "FROM:TO frame rates (23.976:25, 25:24000/1001).")
  var fps: String?

  @Option(help: "Two points T1=U1,T2=U2: times as they are and as they should be.")
  var map: String?

  func validate() throws {
    _ = try retiming()
  }

  func run() throws {
    try files.retime(with: try retiming())
  }

  /// The change the options describe.
  private func retiming() throws -> Retiming {
    switch (fps, map) {
    case (let rates?, nil):
      let parts = rates.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count == 2, let source = FrameRate(String(parts[0])), let target = FrameRate(String(parts[1])) else {
        throw ValidationError("--fps takes FROM:TO frame rates, as 23.976:25 or 25:24000/1001")
      }
      return .frameRate(from: source, to: target)
    case (nil, let text?):
      let points: [(from: MediaTime, to: MediaTime)]
      do { points = try TimeText.points(text) } catch { throw ValidationError(error.description) }
      guard points.count == 2, let mapping = Retiming.mapping(points[0], points[1]) else {
        throw ValidationError("--map takes two points with different first times: T1=U1,T2=U2")
      }
      return mapping
    default:
      throw ValidationError("give either --fps FROM:TO or --map T1=U1,T2=U2")
    }
  }
}

/// The input encoding and output format of a command that reads a track whose format is detected
/// (its `--from`, if any, means something else).
struct TrackFormatOptions: ParsableArguments {
  @Option(help: "The input's encoding (GB18030, Big5, UTF-16LE …); detected when not given.", transform: parseEncoding)
  var inputEncoding: TextEncoding?

  @Option(
    help: "The output format: srt, vtt, ttml, json, jsonl (else -o's extension, else the input's).",
    transform: parseFormat)
  var to: SubtitleFormat?
}

/// The files of `shift` and `retime`: inputs (their format detected, as `--from` names a time
/// there), one to `-o` or many into `--out-dir`.
struct RetimingFiles: ParsableArguments {
  @Argument(help: "The input files, folders (with -r), or - for standard input.")
  var inputs: [String] = []

  @OptionGroup var formats: TrackFormatOptions

  @OptionGroup var writing: OutputOptions

  @OptionGroup var batch: BatchOptions

  func validate() throws {
    try conversion.validate()
  }

  /// Streams each input to its output with every cue changed by `retiming`; prints what had to be
  /// clamped and exits 1 when anything was.
  func retime(with retiming: Retiming) throws {
    try conversion.run { findings in
      { cue in
        let (moved, found) = retiming.apply(to: cue, file: findings.file)
        for finding in found { findings.report(finding) }
        return moved
      }
    }
  }

  private var conversion: BatchConversion {
    BatchConversion(
      arguments: inputs, batch: batch, inputFormat: nil, inputEncoding: formats.inputEncoding,
      outputFormat: formats.to, writing: writing)
  }
}
