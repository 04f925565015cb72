import SubtitleTimeline

/// One language's lines of a cue and how fast they read against the limit: the figure the `cps`
/// rule checks.
public struct BlockReading: Sendable, Hashable {
  /// The primary language (`zh`, `en`), nil when unknown.
  public var language: String?
  /// The lines, joined by line feeds.
  public var text: String
  /// The block's characters a second; nil for a cue without duration (no speed is checked).
  public var charactersPerSecond: Double?
  /// The language's limit in the settings, nil when unchecked.
  public var limit: Double?

  /// Whether the block reads faster than its limit: exactly when the `cps` rule reports it.
  public var isOverLimit: Bool {
    guard let charactersPerSecond, let limit else { return false }
    return Self.exceeds(charactersPerSecond, limit)
  }

  /// Whether `speed` is over `limit` (a hair's tolerance for floating-point error).
  static func exceeds(_ speed: Double, _ limit: Double) -> Bool { speed > limit + 1e-9 }
}

extension CheckedCue {
  /// Each language block, top to bottom, with its reading speed.
  public var blockReadings: [BlockReading] {
    let duration = Double(durationMilliseconds)
    return blocks.map { block in
      BlockReading(
        language: block.family, text: block.lines.map(\.text).joined(separator: "\n"),
        charactersPerSecond: duration > 0 ? block.readingCharacters * 1000 / duration : nil,
        limit: block.limits.charactersPerSecond)
    }
  }
}
