import ArgumentParser
import SubtitleAlign
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline
import TextUnicode

/// `subkit align TRANSLATION.txt --timing TIMED [-o OUT]`.
struct AlignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "align",
    abstract: "Give untimed translated lines the times of a timed track in the other language.",
    discussion: """
      TRANSLATION is plain text, one sentence or subtitle a line (blank lines are skipped). Its \
      lines are matched to the timed cues by length (Gale & Church), with numbers and Latin words \
      both sides share as anchors: a line may take one cue, span two, or share one with the next \
      line. A line over two cues is split at the punctuation nearest to where the cues divide it; \
      without punctuation inside it goes whole onto one cue made of the two. The output is the \
      timed track with each cue's translation added (--order puts the languages top to bottom), \
      or with --translation-only the translation alone. Lines that match no cue are joined to a \
      neighbour's translation and reported (exit 1).

        subkit align film.zh.txt --timing film.en.srt -o film.srt
        subkit align film.en.txt --timing film.zh.vtt --translation-only -o film.en.vtt
      """
  )

  @Argument(help: "The untimed translation, one line each, or - for standard input.")
  var translation: String

  @Option(help: "The timed track in the other language.")
  var timing: String

  @Option(
    help: "The translation's encoding (GB18030, Big5, UTF-16LE …); detected when not given.", transform: parseEncoding)
  var inputEncoding: TextEncoding?

  @Option(help: "The languages top to bottom.")
  var order: String = "zh,en"

  @Flag(help: "Write only the translation, timed.")
  var translationOnly = false

  @Option(
    help: "The output format: srt, vtt, ttml, json, jsonl (else -o's extension, else the timed track's).",
    transform: parseFormat)
  var to: SubtitleFormat?

  @OptionGroup var writing: OutputOptions

  func validate() throws {
    try writing.validate(input: translation)
    try writing.validate(input: timing)
    guard translation != "-" || timing != "-" else {
      throw ValidationError("only one input can come from standard input")
    }
  }

  func run() throws {
    let findings = FindingPrinter(file: translation, quiet: writing.diagnostics.quiet)
    try writing.diagnostics.withReporter { reporter in
      let name = translation == "-" ? "<stdin>" : translation
      let lines = UntimedText.lines(
        of: try Subtitles.readText(translation, encoding: inputEncoding, reporter: reporter))
      let timed = try Subtitles.read(timing, reporter: reporter)
      guard !lines.isEmpty, !timed.cues.isEmpty else {
        throw SubtitleError(
          at: SourceLocation(file: lines.isEmpty ? name : timing, line: 0),
          lines.isEmpty ? "no lines of text to align" : "no cues to align the lines to")
      }
      guard let alignment = TranslationAlignment(lines: lines.map(\.text), cues: timed.cues.map(\.content.plainText))
      else {
        let reason = TranslationAlignment.refusal(lineCount: lines.count, cueCount: timed.cues.count)
        throw SubtitleError(at: SourceLocation(file: name, line: 0), reason ?? "the lines cannot be aligned")
      }
      let (translated, unmatched) = alignment.timedTranslation(lines: lines.map(\.text), cues: timed.cues)
      for index in unmatched {
        findings.report(
          Finding(
            rule: "align", .warning, at: SourceLocation(file: name, line: lines[index].line),
            "the line matches no cue; joined to its neighbour's translation"))
      }
      let cues = translationOnly ? translated : merged(translated, timed.cues)
      try writing.write(SubtitleDocument(header: timed.header, cues: cues), as: to, from: timing, reporter: reporter)
      if !writing.diagnostics.quiet { StandardError.writeLine(Self.summary(alignment, lines.count, timed.cues.count)) }
    }
    if findings.count > 0 { throw ExitCode(1) }
  }

  /// The translation and the timed cues as one bilingual track, in `--order`.
  private func merged(_ translated: [Cue], _ timed: [Cue]) -> [Cue] {
    let top = order.split(separator: ",").first.map { String($0).lowercased() } ?? "zh"
    let translationTop = translated.contains { LanguageSplit.languages(of: $0).first == top }
    // Each translated cue has the times of the cues it matched, so pairing cannot be refused.
    return TrackMerge.merge(translated, timed, firstOnTop: translationTop, timing: .second)?.cues ?? timed
  }

  /// `align: 300 lines onto 330 cues: 270 one to one, …`.
  private static func summary(_ alignment: TranslationAlignment, _ lines: Int, _ cues: Int) -> String {
    var (pairs, overTwo, twoOn, alone, bare) = (0, 0, 0, 0, 0)
    for bead in alignment.beads {
      switch bead {
      case .pair: pairs += 1
      case .lineOverTwoCues: overTwo += 1
      case .twoLinesOnCue: twoOn += 1
      case .lineAlone: alone += 1
      case .cueAlone: bare += 1
      }
    }
    func count(_ number: Int, _ singular: String, _ plural: String) -> String {
      "\(number) \(number == 1 ? singular : plural)"
    }
    return "align: \(lines) lines onto \(cues) cues: \(pairs) one to one, "
      + "\(count(overTwo, "line", "lines")) over two cues, \(count(twoOn, "cue taking two lines", "cues taking two lines")), "
      + "\(count(alone, "line matching no cue", "lines matching no cue")), "
      + "\(count(bare, "cue without a translation", "cues without a translation"))"
  }
}
