import SubtitleTimeline

/// Findings as compilers print them, `file:line:col: severity: message [rule]`, and a summary line.
final class TextReport: FindingReport {
  private let output: TextOutput
  private let colour: Bool

  init(_ output: TextOutput, colour: Bool) {
    self.output = output
    self.colour = colour
  }

  func beginFile(_ name: String) {}

  func add(_ finding: Finding) {
    output.write(finding.location.description)
    output.write(": ")
    let severity = finding.severity == .info ? "note" : finding.severity.rawValue
    if colour {
      output.write(
        finding.severity == .error ? "\u{1B}[1;31m" : finding.severity == .warning ? "\u{1B}[1;33m" : "\u{1B}[1;36m")
      output.write(severity)
      output.write("\u{1B}[0m")
    } else {
      output.write(severity)
    }
    output.write(": ")
    if !finding.cueID.isEmpty {
      output.write("cue ")
      output.write(finding.cueID)
      output.write(": ")
    }
    output.write(finding.message)
    output.write(" [")
    output.write(finding.rule)
    output.write("]\n")
  }

  func endFile(_ name: String) {}

  func finish(_ summary: CheckSummary) {
    output.write(summary.description)
    output.write("\n")
  }
}
