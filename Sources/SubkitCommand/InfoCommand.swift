import ArgumentParser
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
      Reads each file as a stream, so a file of any size takes the same memory. The duration runs \
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
    let width = DisplayWidth()
    var failed = false
    for input in try list.inputs(inputs, recursive: true).map(\.path) {
      do {
        let report = try diagnostics.withReporter { reporter in try describe(input, width: width, reporter: reporter) }
        json ? report.writeJSON(to: output) : report.writeText(to: output)
        try output.flush()
      } catch let error as SubtitleError {
        StandardError.writeLine(error.description)
        failed = true
      }
    }
    if failed { throw ExitCode(2) }
  }

  /// Reads `input` as a stream and gathers its figures.
  private func describe(_ input: String, width: DisplayWidth, reporter: FindingReporter) throws(SubtitleError)
    -> InfoReport
  {
    let opened = try Subtitles.open(input, format: reading.from, encoding: reading.inputEncoding, reporter: reporter)
    _ = try opened.reader.readHeader()
    var statistics = SubtitleStatistics()
    while let cue = try opened.reader.nextCue() { statistics.add(cue, width: width) }
    return InfoReport(name: opened.name, format: opened.format, encoding: opened.encoding, statistics)
  }
}
