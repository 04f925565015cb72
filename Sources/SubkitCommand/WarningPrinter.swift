import SubtitleIO
import SubtitleTimeline

/// Where a file's diagnostics go: straight to standard error, or kept until the file's turn comes
/// in a batch, so that files working at once never interleave their lines.
final class DiagnosticLines {
  private let buffered: Bool
  /// The lines kept so far (a buffered sink's).
  private(set) var kept: [String] = []

  /// A sink that keeps its lines when `buffered`, else writes each at once.
  init(buffered: Bool) {
    self.buffered = buffered
  }

  /// Writes or keeps one line.
  func write(_ line: String) {
    if buffered { kept.append(line) } else { StandardError.writeLine(line) }
  }
}

/// Prints warnings to standard error, at most a few of each kind, then says how many were held back.
///
/// A million-cue file with the same flaw in every cue gives ten lines and a count, not a million lines.
final class WarningPrinter: @unchecked Sendable {  // used from the one thread its file is read on
  /// How many warnings with the same message are printed before the rest are only counted.
  static let limitPerMessage = 10

  private let quiet: Bool
  private let lines: DiagnosticLines
  private var counts: [String: Int] = [:]
  private var heldBack: [(message: String, file: String)] = []
  /// How many warnings there were, printed or not.
  private(set) var count = 0

  /// A printer into `lines` (standard error by default); `quiet` only counts.
  init(quiet: Bool, lines: DiagnosticLines = DiagnosticLines(buffered: false)) {
    self.quiet = quiet
    self.lines = lines
  }

  /// Prints or counts one warning.
  func print(_ diagnostic: Finding) {
    count += 1
    guard !quiet else { return }
    let seen = counts[diagnostic.message, default: 0] + 1
    counts[diagnostic.message] = seen
    if seen <= Self.limitPerMessage {
      lines.write(diagnostic.description)
    } else if seen == Self.limitPerMessage + 1 {
      heldBack.append((diagnostic.message, diagnostic.location.file))
    }
  }

  /// Prints one line for each message that was held back.
  func summarize() {
    for entry in heldBack {
      let more = (counts[entry.message] ?? 0) - Self.limitPerMessage
      lines.write("\(entry.file): note: \(more) more warnings \"\(entry.message)\" not shown")
    }
  }
}
