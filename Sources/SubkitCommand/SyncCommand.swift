import ArgumentParser
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
      Only the reference's timing is used, so it may be in any language. sync finds the offset \
      (of any size), a frame-rate change between common rates (23.976, 24, 25, 29.97, 30) or a \
      scale close to one, and the places where scenes were cut or added so that the offset \
      changes; it reports them on standard error (with --json, as one JSON object on standard \
      output, and the track is written only to -o FILE). When the best fit is not clearly better \
      than chance, it refuses (exit 2) rather than write a wrong shift.

        subkit sync film.zh.srt --reference film.en.srt -o film.zh.synced.srt
        subkit sync film.zh.srt --reference film.en.vtt --json | jq .splits
      """
  )

  @OptionGroup var files: RetimingFiles

  @Option(help: "The track whose timing to follow (any language, any format).")
  var reference: String

  @Flag(help: "Print the fit as one JSON object on standard output (the track then only with -o FILE).")
  var json = false

  func validate() throws {
    try files.validate()
    guard files.input != "-" || reference != "-" else {
      throw ValidationError("only one of the input and the reference can come from standard input")
    }
  }

  func run() throws {
    try files.writing.diagnostics.withReporter { reporter in
      let document = try Subtitles.read(files.input, encoding: files.inputEncoding, reporter: reporter)
      let timing = try Subtitles.read(reference, reporter: reporter)
      let fit: SyncFit
      do throws(TrackSync.Failure) {
        fit = try TrackSync.fit(document.cues, to: timing.cues)
      } catch {
        let file = error.isAboutReference ? reference : files.input
        throw SubtitleError(at: SourceLocation(file: file == "-" ? "<stdin>" : file, line: 0), error.description)
      }
      let report = SyncReport(fit: fit, cues: document.cues.count)
      if json {
        let output = TextOutput(FileByteSink.standardOutput())
        report.writeJSON(to: output)
        try output.flush()
      } else if !files.writing.diagnostics.quiet {
        for line in report.lines { StandardError.writeLine(line) }
      }
      guard !json || files.writing.output != "-" else { return }
      try files.rewrite(document) { fit.retiming(at: $0.start) }
    }
  }
}
