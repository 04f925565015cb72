import SubtitleIO
import SubtitleTimeline

/// Prints what an operation found in a cue to standard error as `file:line:col: warning: cue ID: message`,
/// and counts it, so the command can exit 1.
final class FindingPrinter {
  /// The file's name in findings (`<stdin>` for standard input).
  let file: String
  private let quiet: Bool
  private let lines: DiagnosticLines
  /// How many findings there were, printed or not.
  private(set) var count = 0
  /// What runs once the file's cues are all through.
  private var closing: [() -> Void] = []

  /// A printer for findings in `file` (`-` for standard input) into `lines` (standard error by
  /// default); `quiet` only counts them.
  init(file: String, quiet: Bool, lines: DiagnosticLines = DiagnosticLines(buffered: false)) {
    self.file = file == "-" ? "<stdin>" : file
    self.quiet = quiet
    self.lines = lines
  }

  /// Prints one finding of `rule` about `cue`.
  func report(_ message: String, in cue: Cue, rule: String) {
    let name = cue.id.isEmpty ? "" : "cue \(cue.id): "
    let location = SourceLocation(file: file, line: max(cue.sourceLine, 1))
    report(Finding(rule: rule, .warning, at: location, name + message))
  }

  /// Prints one finding.
  func report(_ finding: Finding) {
    count += 1
    guard !quiet else { return }
    lines.write(finding.description)
  }

  /// Notes `message` about the whole file (not a finding: it is not counted).
  func note(_ message: String) {
    guard !quiet else { return }
    lines.write("\(file): note: \(message)")
  }

  /// Runs `body` once every cue of the file is through (to note a total).
  func atEnd(_ body: @escaping () -> Void) {
    closing.append(body)
  }

  /// Says the file's cues are all through.
  func finish() {
    for body in closing { body() }
    closing = []
  }
}
