import SubtitleTimeline

/// What one line of an SRT file is, decided with as few looks at its bytes as possible.
enum SubRipLineKind: Equatable {
  /// Empty, or only spaces and tabs: the end of a cue.
  case blank
  /// Only digits (spaces around allowed): a cue number.
  case number
  /// Contains `-->`: a timing line.
  case timing
  /// Anything else: text, with or without `<` or `{` markup.
  case text(hasMarkup: Bool)

  /// Whether `line` is blank, looking no further than its first other byte.
  static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }

  /// Classifies `line`: the first non-space byte settles blank and number lines; `-`, `<` and `{`
  /// are searched for eight bytes at a time, since almost every text line has none of them.
  init(_ line: UnsafeBufferPointer<UInt8>) {
    var start = 0
    while start < line.count && (line[start] == 0x20 || line[start] == 0x09) { start += 1 }
    guard start < line.count else {
      self = .blank
      return
    }
    let rest = UnsafeBufferPointer(rebasing: line[start...])
    if rest.allSatisfy({ $0 &- 0x30 < 10 || $0 == 0x20 || $0 == 0x09 }) {
      self = .number
    } else {
      let found = ByteComparison.occurrences(of: UInt8(ascii: "-"), UInt8(ascii: "<"), UInt8(ascii: "{"), in: rest)
      self = found & 1 != 0 && ByteComparison.containsArrow(rest) ? .timing : .text(hasMarkup: found & 6 != 0)
    }
  }
}
