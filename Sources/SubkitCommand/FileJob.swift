import SubtitleBatch
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline
import TextUnicode

/// One input's conversion, alone or in a batch: opens, edits and writes it, and says what happened
/// in a record and the lines of its diagnostics.
struct FileJob: Sendable {
  /// What happened to one input.
  struct Outcome: Sendable {
    /// The record of it.
    var record: BatchRecord
    /// Its diagnostics, kept for their turn (empty when they were printed at once).
    var lines: [String]
  }

  /// The input format and encoding, when not detected.
  var reading: (format: SubtitleFormat?, encoding: TextEncoding?)
  /// The output format, when not by the output's extension or the input's format.
  var outputFormat: SubtitleFormat?
  /// The output's encoding and byte order mark, and how loud diagnostics are.
  var writing: OutputOptions
  /// Whether an existing output is left alone.
  var noClobber: Bool
  /// Whether diagnostics are kept for the file's turn rather than printed at once.
  var buffered: Bool
  /// What the command does to each cue.
  var editor: CueEditor?

  /// The format `input` is written in: the output format, else the input's.
  func outputFormat(for input: BatchInput) -> SubtitleFormat {
    outputFormat ?? reading.format ?? SubtitleFormat(path: input.path) ?? Subtitles.sniff(input.path) ?? .srt
  }

  /// Converts `input` into `output` (`-`: standard output).
  func run(_ input: BatchInput, to output: String) -> Outcome {
    let lines = DiagnosticLines(buffered: buffered)
    let quiet = writing.diagnostics.quiet
    let warnings = WarningPrinter(quiet: quiet, lines: lines)
    let findings = FindingPrinter(file: input.path, quiet: quiet, lines: lines)
    var record = BatchRecord(input: input.path, output: output == "-" ? nil : output, status: .ok)
    let start = ContinuousClock.now
    do {
      if try skips(input, output) {
        record.status = .skipped
        record.output = nil
      } else {
        let conversion = try convert(input, to: output, warnings: warnings, edit: editor?(findings))
        findings.finish()
        record.format = conversion.inputFormat
        record.encoding = conversion.encoding.name
        record.cues = conversion.cues
        record.status = findings.count > 0 ? .findings : .ok
      }
    } catch {
      record.status = Interruption.isRequested ? .interrupted : .failed
      record.output = nil
      if record.status == .failed {
        record.error = error.description
        lines.write(error.description)
      }
    }
    warnings.summarize()
    record.warnings = warnings.count
    record.findings = findings.count
    record.milliseconds = Int(((ContinuousClock.now - start) / .milliseconds(1)).rounded())
    return Outcome(record: record, lines: lines.kept)
  }

  /// The outcome of `input` when it cannot be read at all: failed, with `error` as its line.
  static func failure(of input: BatchInput, _ error: SubtitleError) -> Outcome {
    var record = BatchRecord(input: input.path, output: nil, status: .failed)
    record.error = error.description
    return Outcome(record: record, lines: [error.description])
  }

  /// Whether `output` is left alone (`--no-clobber` and it exists); refuses an output that is the input.
  private func skips(_ input: BatchInput, _ output: String) throws(SubtitleError) -> Bool {
    guard output != "-" else { return false }
    if input.path != "-" && isSameFile(input.path, output) {
      throw SubtitleError(at: SourceLocation(file: output, line: 0), "the output would overwrite the input")
    }
    return noClobber && FileSearch.exists(output)
  }

  /// Streams `input` to `output`, each cue through `edit`, stopping between cues when the batch
  /// is interrupted (the output is then discarded).
  private func convert(
    _ input: BatchInput, to output: String, warnings: WarningPrinter, edit: ((Cue) throws(SubtitleError) -> Cue?)?
  ) throws(SubtitleError) -> Subtitles.Conversion {
    if buffered, let folder = output.folderAndName.folder { try Directory.create(folder) }
    let name = input.path == "-" ? "<stdin>" : input.path
    return try Subtitles.convert(
      input.path, to: output, from: reading.format, as: outputFormat, inputEncoding: reading.encoding,
      outputEncoding: writing.encoding, byteOrderMark: writing.bom,
      reporter: FindingReporter(strict: writing.diagnostics.strict) { warnings.print($0) }
    ) { cue throws(SubtitleError) in
      if Interruption.isRequested { throw SubtitleError(at: SourceLocation(file: name, line: 0), "interrupted") }
      guard let edit else { return cue }
      return try edit(cue)
    }
  }
}
