import ArgumentParser
import SubtitleBatch
import SubtitleFormats
import SubtitleIO
import SubtitleText
import SubtitleTimeline
import TextUnicode
import TimelineJSON

/// `subkit info IN... [--json]`.
struct InfoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "info",
    abstract: "Describe subtitle files: format, encoding, cues, duration, languages, widest line, fastest reading.",
    discussion: """
      Reads each file as a stream, so a file of any size takes the same memory; -j files at \
      once, described in input order. The duration runs \
      from the first cue's start to the last cue's end. Reading speed is a cue's characters in one \
      language (lines joined) over its duration; widths are display columns (a Han character is 2). \
      With --json, one JSON object per file and line; its "cues" field is the cue count.

        subkit info Transcripts/*.srt
        subkit info film.vtt --json | jq .cues
      """
  )

  @Argument(help: "The input files or folders (searched for subtitle files); - for standard input.")
  var inputs: [String] = []

  @OptionGroup var list: InputListOptions

  @OptionGroup var reading: ReadingOptions

  @Flag(help: "Print one JSON object per file.")
  var json = false

  @OptionGroup var diagnostics: DiagnosticOptions

  func validate() throws {
    if inputs.isEmpty && list.filesFrom == nil { throw ValidationError("give an input file, or - for standard input") }
  }

  func run() throws {
    let output = TextOutput(FileByteSink.standardOutput())
    let paths = try list.inputs(inputs, recursive: true, quiet: diagnostics.quiet).map(\.path)
    let jobs = paths.count > 1 ? list.workers : 1
    var (failed, cannotWrite) = (false, false)
    _ = BatchRunner.run(count: paths.count, jobs: jobs) { index in
      let lines = DiagnosticLines(buffered: jobs > 1)
      let report = Result { () throws(SubtitleError) in
        try diagnostics.withReporter(into: lines) { reporter throws(SubtitleError) in
          try describe(paths[index], reporter: reporter)
        }
      }
      return (report: report, lines: lines.kept)
    } deliver: { _, described in
      for line in described.lines { StandardError.writeLine(line) }
      switch described.report {
      case .success(let report): json ? report.writeJSON(to: output) : report.writeText(to: output)
      case .failure(let error):
        StandardError.writeLine(error.description)
        failed = true
      }
      do { try output.flush() } catch {
        if !cannotWrite { StandardError.writeLine("\(error)") }  // once, not for every file after it
        (failed, cannotWrite) = (true, true)
      }
    }
    if failed { throw ExitCode(2) }
  }

  /// Reads `input` as a stream and gathers its figures.
  private func describe(_ input: String, reporter: FindingReporter) throws(SubtitleError) -> InfoReport {
    let width = DisplayWidth()
    let opened = try Subtitles.open(input, format: reading.from, encoding: reading.inputEncoding, reporter: reporter)
    _ = try opened.reader.readHeader()
    var statistics = SubtitleStatistics()
    while let cue = try opened.reader.nextCue() { statistics.add(cue, width: width) }
    return InfoReport(name: opened.name, format: opened.format, encoding: opened.encoding, statistics)
  }
}
