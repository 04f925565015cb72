import SubtitleTimeline

/// Findings as SARIF 2.1.0 (the Static Analysis Results Interchange Format), which GitHub code
/// scanning reads: one run, its tool's rules with help text, and one result a finding with its
/// physical location and a fingerprint that stays the same while the finding does.
final class SARIFReport: FindingReport {
  private let output: TextOutput
  private let ruleIndex: [String: Int]
  private var written = 0

  init(_ output: TextOutput, rules: [ReportRule]) {
    self.output = output
    ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }) { first, _ in first }
    output.write("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n")
    output.write("  \"runs\": [{\n    \"tool\": {\"driver\": {\"name\": \"subkit\", \"rules\": [")
    for (index, rule) in rules.enumerated() {
      output.write(index == 0 ? "\n      " : ",\n      ")
      output.write("{\"id\": ")
      output.writeJSONString(rule.id)
      output.write(", \"shortDescription\": {\"text\": ")
      output.writeJSONString(rule.summary)
      output.write("}, \"fullDescription\": {\"text\": ")
      output.writeJSONString(rule.explanation)
      output.write("}, \"help\": {\"text\": ")
      output.writeJSONString(rule.explanation)
      output.write("}, \"defaultConfiguration\": {\"level\": \"\(Self.level(rule.severity))\"}}")
    }
    output.write("\n    ]}},\n    \"results\": [")
  }

  func beginFile(_ name: String) {}

  func add(_ finding: Finding) {
    output.write(written == 0 ? "\n      " : ",\n      ")
    written += 1
    output.write("{\"ruleId\": ")
    output.writeJSONString(finding.rule)
    if let index = ruleIndex[finding.rule] { output.write(", \"ruleIndex\": \(index)") }
    output.write(", \"level\": \"\(Self.level(finding.severity))\", \"message\": {\"text\": ")
    output.writeJSONString(finding.cueID.isEmpty ? finding.message : "cue \(finding.cueID): \(finding.message)")
    output.write("}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
    output.writeJSONString(Self.uri(finding.location.file))
    output.write("}")
    if finding.location.line > 0 {
      output.write(
        ", \"region\": {\"startLine\": \(finding.location.line), \"startColumn\": \(finding.location.column)}")
    }
    output.write("}}], \"partialFingerprints\": {\"subkitFinding/v1\": \"\(finding.fingerprint)\"}, \"properties\": ")
    output.writeJSON(finding)
    output.write("}")
  }

  func endFile(_ name: String) {}

  func finish(_ summary: CheckSummary) {
    output.write(written == 0 ? "],\n" : "\n    ],\n")
    output.write("    \"columnKind\": \"unicodeCodePoints\"\n  }]\n}\n")
  }

  /// SARIF's name for a severity.
  private static func level(_ severity: Finding.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  /// A file path as a relative URI reference: bytes outside the unreserved set and `/` percent-encoded.
  static func uri(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF")
        result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
      }
    }
    return result
  }
}
