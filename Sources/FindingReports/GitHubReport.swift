import SubtitleTimeline

/// Findings as GitHub Actions workflow commands, which annotate the file in a pull request:
/// `::error file=film.srt,line=12,col=1,title=cps::message`.
///
/// Values are escaped as the Actions toolkit does: `%`, CR and LF in the message; those and `:`
/// and `,` in properties.
final class GitHubReport: FindingReport {
  private let output: TextOutput

  init(_ output: TextOutput) {
    self.output = output
  }

  func beginFile(_ name: String) {}

  func add(_ finding: Finding) {
    output.write(finding.severity == .info ? "::notice" : "::\(finding.severity.rawValue)")
    output.write(" file=")
    output.write(Self.escapedProperty(finding.location.file))
    if finding.location.line > 0 {
      output.write(",line=\(finding.location.line),col=\(finding.location.column)")
    }
    output.write(",title=")
    output.write(Self.escapedProperty(finding.rule))
    output.write("::")
    let cue = finding.cueID.isEmpty ? "" : "cue \(finding.cueID): "
    output.write(Self.escapedData(cue + finding.message))
    output.write("\n")
  }

  func endFile(_ name: String) {}

  func finish(_ summary: CheckSummary) {}

  /// A message with `%`, CR and LF escaped.
  static func escapedData(_ text: String) -> String {
    var result = ""
    for character in text.unicodeScalars {
      switch character {
      case "%": result += "%25"
      case "\r": result += "%0D"
      case "\n": result += "%0A"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// A property value, with `:` and `,` escaped too.
  static func escapedProperty(_ text: String) -> String {
    escapedData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }
}
