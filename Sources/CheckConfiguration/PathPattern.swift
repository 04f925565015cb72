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
    return match(Array(trimmed.utf8), 0, Array(relative.utf8), 0, budget: 100_000)
  }

  /// Matching by recursion on `*`, with a step budget so no pattern can take long.
  private static func match(_ pattern: [UInt8], _ p: Int, _ text: [UInt8], _ t: Int, budget: Int) -> Bool {
    var (p, t, budget) = (p, t, budget)
    while p < pattern.count {
      budget -= 1
      guard budget > 0 else { return false }
      switch pattern[p] {
      case UInt8(ascii: "*"):
        let double = p + 1 < pattern.count && pattern[p + 1] == UInt8(ascii: "*")
        var next = p + (double ? 2 : 1)
        if double && next < pattern.count && pattern[next] == UInt8(ascii: "/") { next += 1 }
        var index = t
        while true {
          if match(pattern, next, text, index, budget: budget / 2) { return true }
          guard index < text.count, double || text[index] != UInt8(ascii: "/") else { return false }
          index += 1
        }
      case UInt8(ascii: "?"):
        guard t < text.count, text[t] != UInt8(ascii: "/") else { return false }
      default:
        guard t < text.count, text[t] == pattern[p] else { return false }
      }
      p += 1
      t += 1
    }
    return t == text.count
  }
}
