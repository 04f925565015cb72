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

/// The files of `shift` and `retime`: an input (its format detected, as `--from` names a time
/// there), its encoding, and the output.
struct RetimingFiles: ParsableArguments {
  @Argument(help: "The input file, or - for standard input.")
  var input: String

  @Option(help: "The input's encoding (GB18030, Big5, UTF-16LE …); detected when not given.", transform: parseEncoding)
  var inputEncoding: TextEncoding?

  @Option(
    help: "The output format: srt, vtt, ttml, json, jsonl (else -o's extension, else the input's).",
    transform: parseFormat)
  var to: SubtitleFormat?

  @OptionGroup var writing: OutputOptions

  func validate() throws {
    try writing.validate(input: input)
  }

  /// Streams the input to the output with every cue changed by `retiming`; prints what had to be
  /// clamped and exits 1 when anything was.
  func retime(with retiming: Retiming) throws {
    let findings = FindingPrinter(file: input, quiet: writing.diagnostics.quiet)
    let file = input == "-" ? "<stdin>" : input
    try writing.convert(input, from: nil, encoding: inputEncoding, to: to) { cue in
      let (moved, found) = retiming.apply(to: cue, file: file)
      for finding in found { findings.report(finding) }
      return moved
    }
    if findings.count > 0 { throw ExitCode(1) }
  }

  /// Writes `document` (the input, read whole) to the output with each cue changed by the
  /// retiming `change` gives for it; prints what had to be clamped and exits 1 when anything was.
  func rewrite(_ document: SubtitleDocument, change: (Cue) -> Retiming) throws {
    let findings = FindingPrinter(file: input, quiet: writing.diagnostics.quiet)
    let file = input == "-" ? "<stdin>" : input
    let cues = document.cues.map { cue in
      let (moved, found) = change(cue).apply(to: cue, file: file)
      for finding in found { findings.report(finding) }
      return moved
    }
    try writing.diagnostics.withReporter { reporter in
      try writing.write(SubtitleDocument(header: document.header, cues: cues), as: to, from: input, reporter: reporter)
    }
    if findings.count > 0 { throw ExitCode(1) }
  }
}
