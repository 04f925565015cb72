import ArgumentParser
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline
import TextUnicode

/// The inputs, outputs, input format and encodings of a command that writes one subtitle file for
/// each it reads: one input to `-o`, or many (files, folders with `-r`, `--files-from`) into `--out-dir`.
struct FileOptions: ParsableArguments {
  @Argument(help: "The input files, folders (with -r), or - for standard input.")
  var inputs: [String] = []

  @OptionGroup var reading: ReadingOptions

  @OptionGroup var writing: OutputOptions

  @OptionGroup var batch: BatchOptions

  /// The output file, `-` for standard output.
  var output: String { writing.output }

  /// How loud diagnostics are.
  var diagnostics: DiagnosticOptions { writing.diagnostics }

  func validate() throws {
    try conversion(to: nil).validate()
  }

  /// Converts the inputs in `format` (else -o's extension, else the input's format), each cue
  /// changed by what `editor` makes for its file, when given.
  func convert(to format: SubtitleFormat?, editor: CueEditor? = nil) throws {
    try conversion(to: format).run(editor: editor)
  }

  /// The conversion of the inputs into `format`.
  func conversion(to format: SubtitleFormat?) -> BatchConversion {
    BatchConversion(
      arguments: inputs, batch: batch, inputFormat: reading.from, inputEncoding: reading.inputEncoding,
      outputFormat: format, writing: writing)
  }
}

/// Where and how a command that writes one subtitle file writes it, and how loud it is.
struct OutputOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "The output file, or - for standard output (the default).")
  var output: String = "-"

  @Option(help: "The output's encoding (UTF-8 by default; GB18030, Big5, UTF-16 …).", transform: parseEncoding)
  var outputEncoding: TextEncoding?

  @Flag(help: "Start the output with a byte order mark.")
  var bom = false

  @OptionGroup var diagnostics: DiagnosticOptions

  /// The encoding to convert the output to: the one named, UTF-8 for a byte order mark alone,
  /// else none (UTF-8 as written).
  var encoding: TextEncoding? { outputEncoding ?? (bom ? .utf8 : nil) }

  /// Refuses an output that is the input.
  func validate(input: String) throws {
    try OutputGuard.refuse([("-o", output)], over: [input])
  }

  /// Streams `input` (in `inputFormat` and `encoding`, else detected) to `path` (else the output)
  /// in `format` (else the path's extension, else the input's format), each cue changed by
  /// `transform` when given (nil leaves it out); returns the count of cues written.
  @discardableResult
  func convert(
    _ input: String, from inputFormat: SubtitleFormat?, encoding: TextEncoding?, to format: SubtitleFormat?,
    path: String? = nil, transform: ((Cue) throws(SubtitleError) -> Cue?)? = nil
  ) throws -> Int {
    try diagnostics.withReporter { reporter in
      try Subtitles.convert(
        input, to: path ?? output, from: inputFormat, as: format, inputEncoding: encoding,
        outputEncoding: encoding, byteOrderMark: bom, reporter: reporter,
        transform: transform
      ).cues
    }
  }
}

extension OutputOptions {
  /// Writes `document` (read whole from `source`) to the output, atomically, in `format`, else
  /// -o's extension, else `source`'s format.
  func write(
    _ document: SubtitleDocument, as format: SubtitleFormat?, from source: String, reporter: FindingReporter
  ) throws(SubtitleError) {
    let chosen = format ?? (output == "-" ? nil : SubtitleFormat(path: output)) ?? SubtitleFormat(path: source) ?? .srt
    try Subtitles.write(
      output, format: chosen, sourceName: source == "-" ? "<stdin>" : source,
      encoding: encoding, byteOrderMark: bom, reporter: reporter
    ) { writer throws(SubtitleError) in
      try writer.write(document)
    }
  }
}

/// How to read an input: its format and encoding, when they should not be detected.
struct ReadingOptions: ParsableArguments {
  @Option(help: "The input format: srt, vtt, ttml, json, jsonl.", transform: parseFormat)
  var from: SubtitleFormat?

  @Option(help: "The input's encoding (GB18030, Big5, UTF-16LE …); detected when not given.", transform: parseEncoding)
  var inputEncoding: TextEncoding?
}

/// Parses an encoding name for an option.
func parseEncoding(_ name: String) throws -> TextEncoding {
  guard let encoding = TextEncoding(name: name) else {
    throw ValidationError("unknown encoding '\(name)'; try UTF-8, GB18030, GBK, Big5, UTF-16LE or UTF-16BE")
  }
  return encoding
}

/// Parses a format name for an option.
func parseFormat(_ name: String) throws -> SubtitleFormat {
  guard let format = SubtitleFormat(name: name) else {
    throw ValidationError("unknown format '\(name)'; use srt, vtt, ttml, json or jsonl")
  }
  return format
}
