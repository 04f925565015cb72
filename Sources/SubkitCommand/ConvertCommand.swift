import ArgumentParser
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline
import TextUnicode

/// `subkit convert IN [-o OUT] [--from F] [--to F] [--strict]`.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert a subtitle file between SRT, WebVTT, JSON and JSON Lines.",
    discussion: """
      The input format comes from --from, else the file extension, else the content.
      The output format comes from --to, else the extension of -o. Output files are written
      atomically and never replace the input.

        subkit convert film.srt -o film.vtt
        cat film.srt | subkit convert - --to vtt | subkit convert - --from vtt --to json
      """
  )

  @Argument(help: "The input file, or - for standard input.")
  var input: String

  @Option(name: .shortAndLong, help: "The output file, or - for standard output (the default).")
  var output: String = "-"

  @Option(help: "The input format: srt, vtt, ttml, json, jsonl.", transform: parseFormat)
  var from: SubtitleFormat?

  @Option(help: "The output format: srt, vtt, ttml, json, jsonl.", transform: parseFormat)
  var to: SubtitleFormat?

  @Option(help: "The input's encoding (GB18030, Big5, UTF-16LE …); detected when not given.", transform: parseEncoding)
  var inputEncoding: TextEncoding?

  @Option(help: "The output's encoding (UTF-8 by default; GB18030, Big5, UTF-16 …).", transform: parseEncoding)
  var outputEncoding: TextEncoding?

  @Flag(help: "Start the output with a byte order mark.")
  var bom = false

  @OptionGroup var diagnostics: DiagnosticOptions

  func validate() throws {
    if to == nil && (output == "-" || SubtitleFormat(path: output) == nil) {
      throw ValidationError(
        "name the output format with --to, or give -o a file name ending in .srt, .vtt, .ttml, .json or .jsonl")
    }
    if input != "-" && output != "-" && isSameFile(input, output) {
      throw ValidationError("the output would overwrite the input '\(input)'; choose another -o")
    }
  }

  func run() throws {
    try diagnostics.withReporter { reporter in
      try Subtitles.convert(
        input, to: output, from: from, as: to, inputEncoding: inputEncoding,
        outputEncoding: outputEncoding ?? (bom ? .utf8 : nil), byteOrderMark: bom, reporter: reporter)
    }
  }
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
