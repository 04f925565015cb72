import SubtitleTimeline

/// A translation without times: one sentence or subtitle a line.
public enum UntimedText {
  /// The non-blank lines of `text`, trimmed, with their line numbers (from 1); a byte order mark
  /// and any line end (LF, CRLF, CR) are understood.
  public static func lines(of text: String) -> [(text: String, line: Int)] {
    var found: [(text: String, line: Int)] = []
    var number = 0
    for line in TextLines(text) {
      number += 1
      let trimmed = line.drop { $0.isBlank || $0 == "\u{FEFF}" }.reversed().drop(while: \.isBlank).reversed()
      if !trimmed.isEmpty { found.append((String(trimmed), number)) }
    }
    return found
  }
}
