import SubtitleIO
import SubtitleTimeline

/// Prints warnings to standard error, at most a few of each kind, then says how many were held back.
///
/// A million-cue file with the same flaw in every cue gives ten lines and a count, not a million lines.
final class WarningPrinter: @unchecked Sendable {  // used from the one thread the command runs on
  /// How many warnings with the same message are printed before the rest are only counted.
  static let limitPerMessage = 10

  private let quiet: Bool
  private var counts: [String: Int] = [:]
  private var heldBack: [(message: String, file: String)] = []

  init(quiet: Bool) {
    self.quiet = quiet
  }

  /// Prints or counts one warning.
  func print(_ diagnostic: Finding) {
    guard !quiet else { return }
    let seen = counts[diagnostic.message, default: 0] + 1
    counts[diagnostic.message] = seen
    if seen <= Self.limitPerMessage {
      StandardError.writeLine(diagnostic.description)
    } else if seen == Self.limitPerMessage + 1 {
      heldBack.append((diagnostic.message, diagnostic.location.file))
    }
  }

  /// Prints one line for each message that was held back.
  func summarize() {
    for entry in heldBack {
      let more = (counts[entry.message] ?? 0) - Self.limitPerMessage
      StandardError.writeLine("\(entry.file): note: \(more) more warnings \"\(entry.message)\" not shown")
    }
  }
}
