import ArgumentParser
import SubtitleFormats

/// `subkit convert IN [-o OUT] [--from F] [--to F] [--strict]`.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert a subtitle file between SRT, WebVTT, TTML, JSON and JSON Lines.",
    discussion: """
      The input format comes from --from, else the file extension, else the content. \
      The output format comes from --to, else the extension of -o. Output files are written \
      atomically and never replace the input.

        subkit convert film.srt -o film.vtt
        cat film.srt | subkit convert - --to vtt | subkit convert - --from vtt --to json
      """
  )

  @OptionGroup var files: FileOptions

  @Option(help: "The output format: srt, vtt, ttml, json, jsonl.", transform: parseFormat)
  var to: SubtitleFormat?

  func validate() throws {
    if to == nil && (files.output == "-" || SubtitleFormat(path: files.output) == nil) {
      throw ValidationError(
        "name the output format with --to, or give -o a file name ending in .srt, .vtt, .ttml, .json or .jsonl")
    }
  }

  func run() throws {
    try files.convert(to: to)
  }
}
