import ArgumentParser
import SubtitleAlign
import SubtitleBatch
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline

/// `subkit split IN... (--lang TAG [-o OUT] | [--lang TAG] --out-dir DIR)`.
struct SplitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "split",
    abstract: "Take bilingual tracks apart: the lines of one language, or one file per language.",
    discussion: """
      Each cue keeps only its lines in the language (zh takes zh-Hans and zh-Hant lines); a cue \
      with none is left out, and how many were is noted on standard error. With --out-dir, \
      outputs are named after their inputs with the language before the extension: film.srt \
      gives film.zh.srt and, without --lang, one file for every language found (film.en.srt …). \
      Many inputs (files, folders with -r, --files-from) go into --out-dir, -j at once.

        subkit split film.srt --lang zh -o film.zh.srt
        subkit split film.srt --out-dir tracks/
        subkit split -r season/ --lang en --out-dir english/ --report split.jsonl
      """
  )

  @OptionGroup var files: FileOptions

  @Option(help: "The language to keep: zh, en, zh-Hant … (without it, --out-dir gets every language).")
  var lang: String?

  @Option(
    help: "The output format: srt, vtt, ttml, json, jsonl (else -o's extension, else the input's).",
    transform: parseFormat)
  var to: SubtitleFormat?

  func validate() throws {
    if lang == nil && (files.batch.outDir == nil || files.inputs.contains("-")) {
      throw ValidationError("give --lang TAG, or --out-dir DIR and files (not -) for one file per language")
    }
    if let lang, !Self.canNameFile(lang) {
      throw ValidationError("--lang takes a language tag of letters, digits and hyphens, such as zh, en or zh-Hant")
    }
  }

  func run() throws {
    let (language, reading) = (lang, files.reading)
    let output = files.output
    try files.conversion(to: to).run(editor: nil) { job, input, naming in
      guard let naming else { return [Self.keeping(language ?? "", job: job).run(input, to: output)] }
      var languages = [language ?? ""]
      if language == nil {
        do throws(SubtitleError) { languages = try Self.languages(of: input.path, reading: reading) } catch {
          return [FileJob.failure(of: input, error)]
        }
      }
      return languages.map { language in
        let one = Self.keeping(language, job: job)
        return one.run(input, to: naming.path(adding: ".\(language)"))
      }
    }
  }

  /// `job` keeping only the lines in `language`, noting how many cues had none.
  private static func keeping(_ language: String, job: FileJob) -> FileJob {
    var keeping = job
    keeping.editor = { findings in
      var leftOut = 0
      findings.atEnd { [unowned findings] in
        if leftOut > 0 { findings.note("\(leftOut) cues have no \(language) line and were left out") }
      }
      return { cue in
        let kept = LanguageSplit.cue(cue, in: language)
        if kept == nil { leftOut += 1 }
        return kept
      }
    }
    return keeping
  }

  /// The primary languages of the lines of the file at `path`, in order of first appearance.
  private static func languages(of path: String, reading: ReadingOptions) throws(SubtitleError) -> [String] {
    let opened = try Subtitles.open(path, format: reading.from, encoding: reading.inputEncoding)
    _ = try opened.reader.readHeader()
    var found: [String] = []
    while let cue = try opened.reader.nextCue() {
      for language in LanguageSplit.languages(of: cue) where !found.contains(language) {
        guard canNameFile(language) else {
          throw SubtitleError(
            at: SourceLocation(file: path, line: cue.sourceLine),
            "the language '\(language.prefix(40))' cannot name an output file (a tag is letters, digits and hyphens)")
        }
        found.append(language)
      }
    }
    return found
  }

  /// Whether `language` may be part of an output's name: a tag of at most 35 ASCII letters, digits
  /// and hyphens, so that a file's own tags never lead its outputs out of --out-dir.
  static func canNameFile(_ language: String) -> Bool {
    (1...35).contains(language.utf8.count)
      && language.utf8.allSatisfy { byte in
        byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
          || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
      }
  }
}
