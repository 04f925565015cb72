import SubtitleTimeline

/// Guards the YAML reader: flow collections nested past a limit are refused before parsing (its
/// composer recurses once a level).
enum YAMLNesting {
  /// The deepest `[` or `{` nesting a configuration may have.
  static let maximumDepth = 64

  /// Refuses `text` when its flow collections (outside quotes and comments) nest too deep, or its
  /// block lines are indented past the limit.
  static func check(_ text: String, file: String) throws(SubtitleError) {
    var depth = 0
    var line = 1
    var column = 0
    var quote: UInt8?
    var comment = false
    var atLineStart = true
    for byte in text.utf8 {
      column += 1
      if byte == 0x0A {
        (line, column, comment, atLineStart) = (line + 1, 0, false, true)
        continue
      }
      if atLineStart && byte != 0x20 {
        atLineStart = false
        if column - 1 > maximumDepth * 8 { throw tooDeep(file, line, column) }
      }
      if comment { continue }
      if let open = quote {
        if byte == open { quote = nil }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
      case UInt8(ascii: "#"): comment = true
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        if depth > maximumDepth { throw tooDeep(file, line, column) }
      case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
      default: break
      }
    }
  }

  private static func tooDeep(_ file: String, _ line: Int, _ column: Int) -> SubtitleError {
    SubtitleError(
      at: SourceLocation(file: file, line: line, column: column), "nested deeper than \(maximumDepth) levels",
      rule: ConfigurationFile.rule)
  }
}
