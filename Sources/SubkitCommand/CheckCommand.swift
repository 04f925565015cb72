import ArgumentParser
import CheckConfiguration
import FindingReports
import SubtitleChecks
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline

/// `subkit check FILE|DIR|- ... [--preset P] [--format F] [--fail-on S] [-o REPORT]`.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check subtitle timing, reading speed and bilingual structure against a style guide, for CI.",
    discussion: """
      Each file is read as a stream and every cue is checked by the rules of a preset: netflix-en, \
      netflix-zh-hans, netflix-bilingual (the default for files with both languages) or bbc-en. \
      Each language block of a bilingual cue is held to its own language's limits. Rules, limits \
      and presets per path come from the nearest .subkit.yml above each file (or --config); the \
      command line's --preset and --fps win over it. Folders are \
      searched for .srt, .vtt, .ttml and .dfxp files; name JSON files one by one. Every file is \
      checked even when another cannot be read. With -j N, N files are checked at once and reported \
      in input order (each file's findings are kept until its turn; without -j every file streams \
      in flat memory). Exit status: 0 when nothing is at or above \
      --fail-on, 1 when something is, 2 when a file cannot be read or the command line is wrong.

        subkit check Transcripts/
        subkit check film.srt --preset netflix-en --format sarif -o subkit.sarif
        subkit check --list-rules
        subkit check --explain cps
      """
  )

  @Argument(help: "Subtitle files, folders to search, or - for standard input.")
  var inputs: [String] = []

  @OptionGroup var list: InputListOptions

  @OptionGroup var rules: RuleOptions

  @Option(help: "The report: text, json, jsonl, sarif, junit, github.", transform: parseReportFormat)
  var format: ReportFormat = .text

  @Option(help: "The least severity that fails the check (exit 1): error, warning, info.", transform: parseSeverity)
  var failOn: Finding.Severity = .error

  @Option(
    name: .shortAndLong,
    help: "The report file, or - for standard output (the default); with --fix, the fixed subtitle file.")
  var output: String = "-"

  @Flag(help: "Apply the mechanical fixes to the one input, written atomically to -o or, with --in-place, over it.")
  var fix = false

  @Flag(help: "With --fix, replace the input with the fixed file.")
  var inPlace = false

  @Option(help: "Accept the findings recorded in this baseline file: only new ones are reported.")
  var baseline: String?

  @Option(help: "Record every finding in this baseline file (for --baseline on later runs).")
  var writeBaseline: String?

  @Flag(help: "List every rule with its limit in each preset, and exit.")
  var listRules = false

  @Option(help: "Explain one rule, and exit.")
  var explain: String?

  @OptionGroup var reading: ReadingOptions

  func validate() throws {
    if let explain, RuleRegistry.rule(explain) == nil {
      throw ValidationError("unknown rule '\(explain)'; subkit check --list-rules lists them")
    }
    if inputs.isEmpty && list.filesFrom == nil && !listRules && explain == nil {
      throw ValidationError("name the files or folders to check, or - for standard input")
    }
    if fix && (inputs.count != 1 || list.filesFrom != nil || FileSearch.isDirectory(inputs[0])) {
      throw ValidationError("--fix takes one subtitle file (or -)")
    }
    if fix && inPlace == (output != "-") && !(inPlace && inputs.first == "-") {
      throw ValidationError("--fix writes to -o FILE or, with --in-place, over the input: name one of them")
    }
    if inPlace && (!fix || inputs.first == "-") {
      throw ValidationError("--in-place goes with --fix, on a file")
    }
    try OutputGuard.refuse([("-o", output), ("--write-baseline", writeBaseline)], over: inputs)
  }

  func run() throws {
    if listRules || explain != nil {
      let text = listRules ? RuleListing.all() : RuleListing.explanation(of: explain ?? "")
      try TextFile.write(output) { file throws(SubtitleError) in file.write(text) }
      return
    }
    let accepted = try baseline.map { path throws(SubtitleError) in
      try Baseline(text: try FileByteSource.readText(path, limit: 1 << 30), file: path)
    }
    var settings = try rules.settings()
    (settings.baseline, settings.baselineOutput) = (accepted, writeBaseline)
    // One worker by default: every file streams in flat memory; -j N keeps each file's findings until its turn.
    let run = CheckRun(settings: settings, reading: reading, jobs: list.jobs ?? 1)
    let summary =
      fix
      ? try run.fix(inputs[0], to: inPlace ? inputs[0] : output, format: format, failOn: failOn)
      : try run.report(
        try list.inputs(inputs, recursive: true, quiet: false).map(\.path), to: output, format: format, failOn: failOn)
    if summary.unreadableFiles > 0 { throw ExitCode(2) }
    if summary.findings(atLeast: failOn) > 0 { throw ExitCode(1) }
  }
}

/// Parses a report format name for an option.
func parseReportFormat(_ name: String) throws -> ReportFormat {
  guard let format = ReportFormat(rawValue: name) else {
    throw ValidationError("unknown report format '\(name)'; use text, json, jsonl, sarif, junit or github")
  }
  return format
}

/// Parses a severity name for an option.
func parseSeverity(_ name: String) throws -> Finding.Severity {
  guard let severity = Finding.Severity(rawValue: name == "note" ? "info" : name) else {
    throw ValidationError("unknown severity '\(name)'; use error, warning or info")
  }
  return severity
}

/// Parses a frame rate for an option.
func parseFrameRate(_ text: String) throws -> FrameRate {
  guard let rate = FrameRate(text) else {
    throw ValidationError("'\(text)' is not a frame rate; write 24, 25, 23.976, 29.97 or 24000/1001")
  }
  return rate
}
