import ArgumentParser
import SubtitleFormats
import SubtitleText
import SubtitleTimeline

/// `subkit wrap IN [-o OUT] --max-width COLUMNS --max-lines N [--lang TAG]`.
struct WrapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "wrap",
    abstract: "Rewrap each language's lines of every cue to a width in display columns.",
    discussion: """
      A Han character takes two columns. Lines break where Unicode line breaking allows (never \
      before closing punctuation such as ，。！？、」) into the fewest lines, evened out. A bilingual \
      cue keeps one block per language, and a line starting with a dash starts a new speaker's \
      turn. What cannot fit (an unbreakable word, too many lines) is reported on standard error \
      and left whole; the exit status is then 1 (-q counts without printing).

        subkit wrap film.srt --max-width 32 --max-lines 2 -o film.wrapped.srt
        subkit wrap film.vtt --max-width 16 --lang zh
      """
  )

  @OptionGroup var files: FileOptions

  @Option(
    help: "The output format: srt, vtt, ttml, json, jsonl (else -o's extension, else the input's).",
    transform: parseFormat)
  var to: SubtitleFormat?

  @Option(help: "The widest a line may be, in display columns.")
  var maxWidth: Int

  @Option(help: "The most lines each language's block should take.")
  var maxLines: Int = 2

  @Option(help: "Rewrap only lines in this language (zh matches zh-Hans and zh-Hant).")
  var lang: String?

  func validate() throws {
    guard maxWidth >= 2 else { throw ValidationError("--max-width must be at least 2 columns") }
    guard maxLines >= 1 else { throw ValidationError("--max-lines must be at least 1") }
  }

  func run() throws {
    let (width, lines, language) = (maxWidth, maxLines, lang)
    try files.convert(to: to) { findings in
      let wrapper = CueWrapper(maxColumns: width, maxLines: lines, language: language)
      return { cue in
        let (wrapped, problems) = wrapper.wrap(cue)
        for problem in problems { findings.report(problem, in: cue, rule: "wrap") }
        return wrapped
      }
    }
  }
}
