import SubtitleTimeline

/// Findings accepted as they are: a team adopting `check` on old files records today's findings
/// and from then on fails only on new ones.
///
/// The file is text, one finding a line: its fingerprint, then its rule, place and message for the
/// reader (`3f2a… cps film.srt:12:1 en lines read at 23 characters a second…`). A finding occurring
/// twice needs two lines.
public struct Baseline: Sendable {
  private var remaining: [String: Int] = [:]

  /// The first line of a baseline file.
  public static let header = "# subkit check baseline: one accepted finding a line (fingerprint rule place message)"

  /// The most lines a baseline file may have.
  public static let maximumLines = 10_000_000

  /// The baseline written in `text`, the contents of the file `file`.
  public init(text: String, file: String) throws(SubtitleError) {
    for (offset, line) in TextLines(text).enumerated() {
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      guard offset < Self.maximumLines else {
        throw SubtitleError(
          at: SourceLocation(file: file, line: offset + 1), "a baseline of more than 10,000,000 lines")
      }
      let fingerprint = line.prefix(16)
      guard fingerprint.count == 16, fingerprint.utf8.allSatisfy({ ($0 | 0x20) &- 0x61 < 6 || $0 &- 0x30 < 10 }),
        line.count == 16 || line.dropFirst(16).first == " "
      else {
        throw SubtitleError(
          at: SourceLocation(file: file, line: offset + 1), "a baseline line starts with a 16-digit fingerprint")
      }
      remaining[String(fingerprint).lowercased(), default: 0] += 1
    }
  }

  /// Whether `finding` is accepted; each line of the baseline accepts one finding.
  public mutating func accepts(_ finding: Finding) -> Bool {
    let key = finding.fingerprint
    guard let count = remaining[key], count > 0 else { return false }
    remaining[key] = count - 1
    return true
  }

  /// The baseline line of `finding`.
  public static func line(for finding: Finding) -> String {
    let message = finding.message.map { $0.isNewline ? " " : $0 }
    return "\(finding.fingerprint) \(finding.rule) \(finding.location) \(String(message))"
  }
}
