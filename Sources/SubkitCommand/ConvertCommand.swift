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
      atomically and never replace the input. Many inputs (files, folders with -r, \
      --files-from) go into --out-dir, -j at a time, in input order; Ctrl-C stops the batch \
      between cues and leaves no partial file.

        subkit convert film.srt -o film.vtt
        cat film.srt | subkit convert - --to vtt | subkit convert - --from vtt --to json
        subkit convert -r season1/ --to vtt --out-dir web/ --report batch.jsonl
        find . -name '*.srt' -print0 | subkit convert --files-from - -0 --to vtt --out-dir web/
      """
  )

  @OptionGroup var files: FileOptions

  @Option(help: "The output format: srt, vtt, ttml, json, jsonl.", transform: parseFormat)
  var to: SubtitleFormat?

  func validate() throws {
    if to == nil && files.batch.outDir == nil && (files.output == "-" || SubtitleFormat(path: files.output) == nil) {
      throw ValidationError(
        "name the output format with --to, or give -o a file name ending in .srt, .vtt, .ttml, .json or .jsonl")
    }
  }

  func run() throws {
    try files.convert(to: to)
  }
}
