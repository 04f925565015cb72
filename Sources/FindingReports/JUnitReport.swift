import SubtitleTimeline

/// Findings as JUnit XML, which GitLab, Jenkins and junitparser read: one `testsuite` a file, one
/// `testcase` a rule (named by its id, so names are unique in the suite), and a `failure` carrying
/// the messages of each rule with findings at or above the failing severity; lesser findings go
/// to the test case's `system-out`.
final class JUnitReport: FindingReport {
  /// How many messages a failure lists before it only counts the rest.
  static let messagesPerRule = 100

  private let output: TextOutput
  private let ruleIDs: [String]
  private let failOn: Finding.Severity
  private var fileFindings: [String: [Finding]] = [:]
  private var fileFindingCounts: [String: Int] = [:]

  init(_ output: TextOutput, rules: [ReportRule], failOn: Finding.Severity) {
    self.output = output
    ruleIDs = rules.map(\.id)
    self.failOn = failOn
    output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"subkit check\">\n")
  }

  func beginFile(_ name: String) {
    fileFindings = [:]
    fileFindingCounts = [:]
  }

  func add(_ finding: Finding) {
    fileFindingCounts[finding.rule, default: 0] += 1
    if fileFindings[finding.rule, default: []].count < Self.messagesPerRule {
      fileFindings[finding.rule, default: []].append(finding)
    }
  }

  func endFile(_ name: String) {
    let ids = ruleIDs + fileFindings.keys.filter { !ruleIDs.contains($0) }.sorted()
    let failing = ids.filter { id in fileFindings[id]?.contains { $0.severity >= failOn } == true }
    output.write("  <testsuite name=\"\(escaped(name))\" tests=\"\(ids.count)\" failures=\"\(failing.count)\"")
    output.write(" errors=\"0\" skipped=\"0\">\n")
    for id in ids {
      output.write("    <testcase classname=\"\(escaped(name))\" name=\"\(escaped(id))\"")
      guard let findings = fileFindings[id] else {
        output.write("/>\n")
        continue
      }
      output.write(">\n")
      let total = fileFindingCounts[id] ?? findings.count
      let more = total > findings.count ? "\n… and \(total - findings.count) more" : ""
      let text = findings.map(\.description).joined(separator: "\n") + more
      if findings.contains(where: { $0.severity >= failOn }) {
        let summary = "\(total) finding\(total == 1 ? "" : "s"): \(findings[0].message)"
        output.write("      <failure type=\"\(escaped(id))\" message=\"\(escaped(summary))\">")
        output.write(escaped(text))
        output.write("</failure>\n")
      } else {
        output.write("      <system-out>\(escaped(text))</system-out>\n")
      }
      output.write("    </testcase>\n")
    }
    output.write("  </testsuite>\n")
  }

  func finish(_ summary: CheckSummary) {
    output.write("</testsuites>\n")
  }

  private func escaped(_ text: String) -> String { XMLEscaping.escaped(text).text }
}
