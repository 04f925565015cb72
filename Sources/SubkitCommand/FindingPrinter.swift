import SubtitleIO
import SubtitleTimeline

/// Prints what a check found in a cue to standard error as `file:line:col: warning: cue ID: message`,
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
    count += 1
    guard !quiet else { return }
    let name = cue.id.isEmpty ? "" : "cue \(cue.id): "
    let location = SourceLocation(file: file, line: max(cue.sourceLine, 1))
    StandardError.writeLine(Finding(rule: "wrap", .warning, at: location, name + message).description)
  }
}
