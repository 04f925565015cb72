import SubtitleIO

/// Glob patterns for `overrides: paths:`, as `.gitignore` writes them: `*` any characters but `/`,
/// `**` any characters, `?` one character; a pattern without `/` matches the file name alone.
enum PathPattern {
  /// Whether `path` (relative to the configuration's folder) matches `pattern`.
  static func matches(_ pattern: String, _ path: String) -> Bool {
    let subject = pattern.contains("/") ? path : (path.pathParts.last ?? "")
    var trimmed = Substring(pattern)
    while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
    var relative = Substring(subject)
    while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
    return match(steps(Array(trimmed.utf8)), Array(relative.utf8))
  }

  /// One step of a pattern: a byte, `?`, `*` (never across `/`) or `**` (across `/`).
  private enum Step {
    case byte(UInt8)
    case one
    case star
    case anything
  }

  /// The steps of `pattern`; the `/` after a `**` is part of it, so `a/**/b` also matches `a/b`.
  private static func steps(_ pattern: [UInt8]) -> [Step] {
    var steps: [Step] = []
    var index = 0
    while index < pattern.count {
      let byte = pattern[index]
      index += 1
      if byte == UInt8(ascii: "*"), index < pattern.count, pattern[index] == UInt8(ascii: "*") {
        index += 1
        if index < pattern.count && pattern[index] == UInt8(ascii: "/") { index += 1 }
        steps.append(.anything)
      } else {
        steps.append(byte == UInt8(ascii: "*") ? .star : byte == UInt8(ascii: "?") ? .one : .byte(byte))
      }
    }
    return steps
  }

  /// Whether `steps` match all of `text`, by dynamic programming from the ends: time in
  /// proportion to the pattern's length times the path's, whatever the stars.
  private static func match(_ steps: [Step], _ text: [UInt8]) -> Bool {
    let slash = UInt8(ascii: "/")
    // after[t]: whether the steps after the current one match text[t...]
    var after = [Bool](repeating: false, count: text.count + 1)
    after[text.count] = true
    var current = after
    for step in steps.reversed() {
      for t in stride(from: text.count, through: 0, by: -1) {
        let byte = t < text.count ? text[t] : nil
        switch step {
        case .byte(let wanted): current[t] = byte == wanted && after[t + 1]
        case .one: current[t] = byte != nil && byte != slash && after[t + 1]
        case .star: current[t] = after[t] || (byte != nil && byte != slash && current[t + 1])
        case .anything: current[t] = after[t] || (byte != nil && current[t + 1])
        }
      }
      swap(&after, &current)
    }
    return after[0]
  }
}
