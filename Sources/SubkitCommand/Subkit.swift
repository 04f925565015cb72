import ArgumentParser
import SubtitleIO
import SubtitleTimeline

/// The `subkit` command: converts and checks bilingual subtitles.
@main
struct Subkit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "subkit",
    abstract: "Convert, inspect and rewrap bilingual (Chinese + English) subtitles: SRT, WebVTT, TTML, JSON.",
    discussion: """
      Exit status: 0 ok, 1 findings, 2 usage or input error. `-` is standard input or output.
      """,
    subcommands: [
      ConvertCommand.self, CheckCommand.self, InfoCommand.self, WrapCommand.self, TransliterateCommand.self,
      ShiftCommand.self, RetimeCommand.self, SplitCommand.self, MergeCommand.self, SyncCommand.self, AlignCommand.self,
      ReportCommand.self,
    ]
  )

  /// Runs the command line with subkit's exit codes: usage errors exit 2, not 64.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as SubtitleError {
      StandardError.writeLine(error.description)
      Self.exit(withError: ExitCode(2))
    } catch {
      let code = exitCode(for: error)
      if code == .success || code.rawValue == 2 || code == .failure && error is ExitCode {
        Self.exit(withError: error)
      }
      StandardError.writeLine(fullMessage(for: error))
      Self.exit(withError: ExitCode(2))
    }
  }
}

/// Options every command that reads subtitles shares.
struct DiagnosticOptions: ParsableArguments {
  @Flag(help: "Treat every warning as an error (exit 2).")
  var strict = false

  @Flag(name: .shortAndLong, help: "Print no warnings.")
  var quiet = false

  /// Runs `body` with a reporter that prints warnings into `lines` (standard error by default) as
  /// `file:line:col: warning: message`, ten of a kind at most, and a count of the rest at the end.
  func withReporter<T, Failure: Error>(
    into lines: DiagnosticLines = DiagnosticLines(buffered: false), _ body: (FindingReporter) throws(Failure) -> T
  ) throws(Failure) -> T {
    let printer = WarningPrinter(quiet: quiet, lines: lines)
    defer { printer.summarize() }
    return try body(FindingReporter(strict: strict) { printer.print($0) })
  }
}
