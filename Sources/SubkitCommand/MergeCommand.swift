import ArgumentParser
import SubtitleAlign
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline

/// `subkit merge A B [-o OUT] [--order zh,en] [--timing union|A|B]`.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Make two monolingual tracks of one film a bilingual track.",
    discussion: """
      Cues are paired by time overlap, optimally over the whole file rather than greedily: a cue \
      may pair with one cue of the other track, or with two or three where the tracks cut a \
      sentence differently (their text is then joined into one line). Each group becomes one cue, \
      the language named first by --order on top. Cues that overlap nothing in the other track \
      stay cues of their own language; how many is noted on standard error.

        subkit merge film.zh.srt film.en.srt -o film.srt
        subkit merge a.vtt b.vtt --order en,zh --timing A -o both.vtt
      """
  )

  @Argument(help: "The first track (A), or - for standard input.")
  var first: String

  @Argument(help: "The second track (B).")
  var second: String

  @Option(help: "The languages top to bottom, by each track's main language.")
  var order: String = "zh,en"

  @Option(help: "The times of a merged cue: union (earliest start to latest end), A or B.")
  var timing: String = "union"

  @Option(
    help: "The output format: srt, vtt, ttml, json, jsonl (else -o's extension, else the first track's).",
    transform: parseFormat)
  var to: SubtitleFormat?

  @OptionGroup var writing: OutputOptions

  func validate() throws {
    guard first != "-" || second != "-" else { throw ValidationError("only one track can come from standard input") }
    try writing.validate(input: first)
    try writing.validate(input: second)
    _ = try mergeTiming()
  }

  func run() throws {
    try writing.diagnostics.withReporter { reporter in
      let a = try Subtitles.read(first, reporter: reporter)
      let b = try Subtitles.read(second, reporter: reporter)
      let top = order.split(separator: ",").first.map { String($0).lowercased() } ?? "zh"
      let firstOnTop = Self.mainLanguage(of: a.cues) == top || Self.mainLanguage(of: b.cues) != top
      guard let (cues, unpaired) = TrackMerge.merge(a.cues, b.cues, firstOnTop: firstOnTop, timing: try mergeTiming())
      else {
        throw SubtitleError(
          at: SourceLocation(file: second, line: 1),
          "the two tracks' cues overlap one another almost all at once; they cannot be paired by time")
      }
      try writing.write(SubtitleDocument(header: a.header, cues: cues), as: to, from: first, reporter: reporter)
      if (unpaired.first > 0 || unpaired.second > 0) && !writing.diagnostics.quiet {
        StandardError.writeLine(
          "merge: note: \(cues.count) cues; paired with nothing: \(unpaired.first) of \(first), "
            + "\(unpaired.second) of \(second)")
      }
    }
  }

  /// The `--timing` option as a `TrackMerge.Timing`.
  private func mergeTiming() throws -> TrackMerge.Timing {
    switch timing.lowercased() {
    case "union": .union
    case "a", "first": .first
    case "b", "second": .second
    default: throw ValidationError("--timing is union, A or B")
    }
  }

  /// The primary language most lines of `cues` are in (`zh`, `en`).
  private static func mainLanguage(of cues: [Cue]) -> String? {
    var counts: [String: Int] = [:]
    for cue in cues { for language in LanguageSplit.languages(of: cue) { counts[language, default: 0] += 1 } }
    return counts.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
  }
}
