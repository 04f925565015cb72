import ArgumentParser
import SubtitleAlign
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline

/// `subkit split IN (--lang TAG [-o OUT] | --out-dir DIR)`.
struct SplitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "split",
    abstract: "Take a bilingual track apart: the lines of one language, or one file per language.",
    discussion: """
      Each cue keeps only its lines in the language (zh takes zh-Hans and zh-Hant lines); a cue \
      with none is left out, and how many were is noted on standard error. With --out-dir, \
      every language found gets a file named after the input: film.srt gives film.zh.srt and \
      film.en.srt.

        subkit split film.srt --lang zh -o film.zh.srt
        subkit split film.srt --out-dir tracks/
      """
  )

  @Argument(help: "The input file, or - for standard input (not with --out-dir).")
  var input: String

  @OptionGroup var reading: ReadingOptions

  @OptionGroup var writing: OutputOptions

  @Option(help: "The language to keep: zh, en, zh-Hant …")
  var lang: String?

  @Option(help: "Write one file per language into this folder.")
  var outDir: String?

  @Option(
    help: "The output format: srt, vtt, ttml, json, jsonl (else -o's extension, else the input's).",
    transform: parseFormat)
  var to: SubtitleFormat?

  func validate() throws {
    guard (lang == nil) != (outDir == nil) else { throw ValidationError("give either --lang TAG or --out-dir DIR") }
    try writing.validate(input: input)
    if outDir != nil && (input == "-" || writing.output != "-") {
      throw ValidationError("--out-dir reads a file twice and names the outputs itself: give a file, not -, and no -o")
    }
  }

  func run() throws {
    if let lang {
      try keep(lang, path: nil)
    } else if let outDir {
      let stem = (input.pathParts.last ?? "track").stemAndExtension.stem
      let (languages, format) = try languagesAndFormat()
      try Directory.create(outDir)
      for language in languages {
        try keep(language, path: "\(outDir)/\(stem).\(language).\((to ?? format).rawValue)")
      }
    }
  }

  /// Writes the lines in `language` to `path` (else the output), and notes the cues left out.
  private func keep(_ language: String, path: String?) throws {
    var leftOut = 0
    try writing.convert(
      input, from: reading.from, encoding: reading.inputEncoding, to: to, path: path
    ) { cue in
      let kept = LanguageSplit.cue(cue, in: language)
      if kept == nil { leftOut += 1 }
      return kept
    }
    if leftOut > 0 && !writing.diagnostics.quiet {
      StandardError.writeLine("\(input): note: \(leftOut) cues have no \(language) line and were left out")
    }
  }

  /// The primary languages of the input's lines, in order of first appearance, and its format.
  private func languagesAndFormat() throws -> ([String], SubtitleFormat) {
    let opened = try Subtitles.open(
      input, format: reading.from, encoding: reading.inputEncoding)
    _ = try opened.reader.readHeader()
    var found: [String] = []
    while let cue = try opened.reader.nextCue() {
      for language in LanguageSplit.languages(of: cue) where !found.contains(language) { found.append(language) }
    }
    return (found, opened.format)
  }
}
