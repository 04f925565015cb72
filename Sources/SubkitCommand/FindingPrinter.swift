import SubtitleIO
import SubtitleTimeline

/// Prints what an operation found in a cue to standard error as `file:line:col: warning: cue ID: message`,
/// and counts it, so the command can exit 1.
final class FindingPrinter {
  private let file: String
  private let quiet: Bool
  /// How many findings there were, printed or not.
  private(set) var count = 0

  /// A printer for findings in `file` (`-` for standard input); `quiet` only counts them.
  init(file: String, quiet: Bool) {
    self.file = file == "-" ? "<stdin>" : file
    self.quiet = quiet
  }

  /// Prints one finding about `cue`.
  func report(_ message: String, in cue: Cue) {
    let name = cue.id.isEmpty ? "" : "cue \(cue.id): "
    let location = SourceLocation(file: file, line: max(cue.sourceLine, 1))
    report(Finding(rule: "wrap", .warning, at: location, name + message))
  }

  /// Prints one finding.
  func report(_ finding: Finding) {
    count += 1
    guard !quiet else { return }
    StandardError.writeLine(finding.description)
  }
}
