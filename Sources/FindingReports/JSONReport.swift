import SubtitleTimeline

/// Findings as JSON for `jq`: one object with `findings` and `summary`, or (JSON Lines) one finding a line.
///
/// A finding is `{"rule", "severity", "file", "line", "column", "cue", "cueId", "language", "message",
/// "value", "limit", "fix"}`; `cue` is the cue's 1-based position, and what does not apply is null.
final class JSONReport: FindingReport {
  private let output: TextOutput
  private let lines: Bool
  private var written = 0

  init(_ output: TextOutput, lines: Bool) {
    self.output = output
    self.lines = lines
    if !lines { output.write("{\"findings\": [") }
  }

  func beginFile(_ name: String) {}

  func add(_ finding: Finding) {
    if !lines { output.write(written == 0 ? "\n  " : ",\n  ") }
    written += 1
    output.writeJSON(finding)
    if lines { output.write("\n") }
  }

  func endFile(_ name: String) {}

  func finish(_ summary: CheckSummary) {
    guard !lines else { return }
    output.write(written == 0 ? "],\n" : "\n],\n")
    output.write("\"summary\": {\"files\": \(summary.files), \"unreadableFiles\": \(summary.unreadableFiles), ")
    output.write("\"cues\": \(summary.cues), \"errors\": \(summary.counts[.error] ?? 0), ")
    output.write("\"warnings\": \(summary.counts[.warning] ?? 0), \"notes\": \(summary.counts[.info] ?? 0), ")
    output.write("\"inBaseline\": \(summary.accepted)}}\n")
  }
}

extension TextOutput {
  /// Writes `finding` as one JSON object on one line.
  func writeJSON(_ finding: Finding) {
    write(literal: "{\"rule\": ")
    writeJSONString(finding.rule)
    write(literal: ", \"severity\": ")
    writeJSONString(finding.severity.rawValue)
    write(literal: ", \"file\": ")
    writeJSONString(finding.location.file)
    write(literal: ", \"line\": ")
    write(decimal: Int64(finding.location.line))
    write(literal: ", \"column\": ")
    write(decimal: Int64(finding.location.column))
    write(literal: ", \"cue\": ")
    if let cue = finding.cueIndex { write(decimal: Int64(cue)) } else { write(literal: "null") }
    write(literal: ", \"cueId\": ")
    writeJSONString(finding.cueID)
    write(literal: ", \"language\": ")
    writeJSONOptional(finding.language)
    write(literal: ", \"message\": ")
    writeJSONString(finding.message)
    write(literal: ", \"value\": ")
    if let value = finding.value { writeJSONNumber(value) } else { write(literal: "null") }
    write(literal: ", \"limit\": ")
    if let limit = finding.limit { writeJSONNumber(limit) } else { write(literal: "null") }
    write(literal: ", \"fix\": ")
    writeJSONOptional(finding.fix)
    write(literal: "}")
  }

  private func writeJSONOptional(_ text: String?) {
    if let text { writeJSONString(text) } else { write(literal: "null") }
  }
}
