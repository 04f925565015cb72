import ArgumentParser
import MediaAudio
import SubtitleAlign
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline

/// `subkit sync IN --reference REF [-o OUT] [--json]`.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Fit a track's times to another track of the same film.",
    discussion: """
      Only the reference's timing is used, so it may be in any language, or a film or sound file \
      (mp4, mkv, wav, …: its audio is decoded with ffmpeg, which must be installed, and the cues \
      are aligned to where someone speaks, found from the sound's energy). sync finds the offset \
      (of any size), a frame-rate change between common rates (23.976, 24, 25, 29.97, 30) or a \
      scale close to one, and the places where scenes were cut or added so that the offset \
      changes; it reports them on standard error (with --json, as one JSON object on standard \
      output, and the track is written only to -o FILE). When the best fit is not clearly better \
      than chance, it refuses (exit 2) rather than write a wrong shift.

        subkit sync film.zh.srt --reference film.en.srt -o film.zh.synced.srt
        subkit sync film.zh.srt --reference film.en.vtt --json | jq .splits
        subkit sync film.en.srt --reference film.mkv -o film.en.synced.srt
      """
  )

  @Argument(help: "The track to fit, or - for standard input.")
  var input: String

  @OptionGroup var formats: TrackFormatOptions

  @OptionGroup var writing: OutputOptions

  @Option(help: "The track whose timing to follow (any language, any format), or a film or sound file.")
  var reference: String

  @Flag(help: "Print the fit as one JSON object on standard output (the track then only with -o FILE).")
  var json = false

  func validate() throws {
    try writing.validate(input: input)
    try writing.validate(input: reference)
    guard input != "-" || reference != "-" else {
      throw ValidationError("only one of the input and the reference can come from standard input")
    }
  }

  func run() throws {
    try writing.diagnostics.withReporter { reporter in
      let document = try Subtitles.read(input, encoding: formats.inputEncoding, reporter: reporter)
      let (timing, isSpeech) = try referenceTiming(reporter)
      let fit: SyncFit
      do throws(TrackSync.Failure) {
        fit =
          try isSpeech
          ? TrackSync.fit(document.cues, toSpeech: timing) : TrackSync.fit(document.cues, toIntervals: timing)
      } catch {
        let file = error.isAboutReference ? reference : input
        throw SubtitleError(at: SourceLocation(file: file == "-" ? "<stdin>" : file, line: 0), error.description)
      }
      let report = SyncReport(fit: fit, cues: document.cues.count)
      if json {
        let output = TextOutput(FileByteSink.standardOutput())
        report.writeJSON(to: output)
        try output.flush()
      } else if !writing.diagnostics.quiet {
        for line in report.lines { StandardError.writeLine(line) }
      }
      guard !json || writing.output != "-" else { return }
      try rewrite(document, reporter: reporter) { fit.retiming(at: $0.start) }
    }
  }

  /// Writes `document` (the input) to the output with each cue changed by the retiming `change`
  /// gives for it; prints what had to be clamped and exits 1 when anything was.
  private func rewrite(_ document: SubtitleDocument, reporter: FindingReporter, change: (Cue) -> Retiming) throws {
    let findings = FindingPrinter(file: input, quiet: writing.diagnostics.quiet)
    let cues = document.cues.map { cue in
      let (moved, found) = change(cue).apply(to: cue, file: findings.file)
      for finding in found { findings.report(finding) }
      return moved
    }
    try writing.write(
      SubtitleDocument(header: document.header, cues: cues), as: formats.to, from: input, reporter: reporter)
    if findings.count > 0 { throw ExitCode(1) }
  }

  /// The reference's cues, or the stretches of speech in its sound (then `isSpeech`), as (start, end).
  private func referenceTiming(_ reporter: FindingReporter) throws -> (times: [(MediaTime, MediaTime)], isSpeech: Bool)
  {
    guard FFmpegAudio.isMedia(reference) else {
      return (try Subtitles.read(reference, reporter: reporter).cues.map { ($0.start, $0.end) }, false)
    }
    let detector = SpeechCollector()
    try FFmpegAudio.decode(reference) { detector.add($0) }
    let speech = detector.speech.speech()
    if !writing.diagnostics.quiet && !json {
      StandardError.writeLine(
        "sync: \(speech.count) stretches of speech in \(ReportText.clock(detector.speech.duration.seconds)) of sound")
    }
    return (speech.map { ($0.start, $0.end) }, true)
  }
}

/// A speech detector fed from the decoding task, read once the decoding is over.
private final class SpeechCollector: @unchecked Sendable {
  private(set) var speech = SpeechDetector(sampleRate: FFmpegAudio.sampleRate)

  /// Takes the next samples (called in order, from one task at a time).
  func add(_ samples: UnsafeBufferPointer<Int16>) { speech.add(samples) }
}
