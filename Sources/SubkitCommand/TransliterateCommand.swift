import ArgumentParser
import SubtitleFormats
import SubtitleIO
import SubtitleText

extension TransliterationTarget: ExpressibleByArgument {}
extension PinyinPlacement: ExpressibleByArgument {}

/// `subkit transliterate IN [-o OUT] --to hant|hans|pinyin [--pinyin-as line|ruby] [--format F]`.
struct TransliterateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "transliterate",
    abstract: "Turn the Chinese lines of every cue into Traditional, Simplified or pinyin.",
    discussion: """
      Only lines tagged zh… change (a file without tags is tagged by script as it is read). \
      Traditional and Simplified replace the characters, character by character with ICU's \
      transforms; pinyin is added under each Chinese line, or as ruby over each character \
      (kept by WebVTT and TTML; SRT cannot carry ruby). The output format is --format, else \
      -o's extension, else the input's.

        subkit transliterate film.srt --to hant -o film.hant.srt
        subkit transliterate film.vtt --to pinyin --pinyin-as ruby
      """
  )

  @OptionGroup var files: FileOptions

  @Option(help: "What the Chinese lines become: hant, hans or pinyin.")
  var to: TransliterationTarget

  @Option(help: "Where pinyin goes: line (a new line under each Chinese line) or ruby.")
  var pinyinAs: PinyinPlacement = .line

  @Option(
    help: "The output format: srt, vtt, ttml, json, jsonl (else -o's extension, else the input's).",
    transform: parseFormat)
  var format: SubtitleFormat?

  func run() throws {
    guard CueTransliterator(to: to, pinyin: pinyinAs) != nil else {
      StandardError.writeLine("subkit: error: this system's ICU has no transform for \(to.rawValue)")
      throw ExitCode(2)
    }
    let (target, placement) = (to, pinyinAs)
    try files.convert(to: format) { _ in
      // ICU's transliterators serve one thread: each file makes its own.
      let transliterator = CueTransliterator(to: target, pinyin: placement)
      return { cue in transliterator?.transliterate(cue) ?? cue }
    }
  }
}
