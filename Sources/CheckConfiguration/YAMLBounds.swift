import SubtitleTimeline

/// Guards the YAML reader before it parses: flow collections nested past a limit (its composer
/// recurses once a level), and more aliases than a configuration needs (a mapping key that is an
/// alias is hashed whole when the reader looks for duplicate keys, so aliases of aliases grow the
/// work exponentially: 300 bytes took 16 s).
enum YAMLBounds {
  /// The deepest `[` or `{` nesting a configuration may have.
  static let maximumDepth = 64
  /// The most aliases (`*name`) a configuration may use; no value then expands past some 3^11 nodes.
  static let maximumAliases = 32

  /// Refuses `text` when its flow collections (outside quotes and comments) nest too deep, its
  /// block lines are indented past the limit, or it uses too many aliases (counted in quotes and
  /// comments too, so that no misreading of those lets one through).
  static func check(_ text: String, file: String) throws(SubtitleError) {
    var depth = 0
    var aliases = 0
    var line = 1
    var column = 0
    var quote: UInt8?
    var comment = false
    var atLineStart = true
    var previous: UInt8 = 0x0A
    var starBeginsToken = false  // the previous byte is a `*` where a token may begin
    for byte in text.utf8 {
      column += 1
      if starBeginsToken && isAnchorCharacter(byte) {
        aliases += 1
        if aliases > maximumAliases { throw tooManyAliases(file, line, column - 1) }
      }
      starBeginsToken = byte == UInt8(ascii: "*") && beginsToken(after: previous)
      previous = byte
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

  /// Whether a token may begin after `byte`: at a line's start, after white space, or after `[`,
  /// `{`, `,`, `:` or `?` (more places than YAML allows one, never fewer).
  private static func beginsToken(after byte: UInt8) -> Bool {
    [0x0A, 0x0D, 0x20, 0x09].contains(byte) || "[{,:?".utf8.contains(byte)
  }

  /// Whether `byte` may be part of an anchor's or alias's name (libyaml's letters, digits, `_`, `-`).
  private static func isAnchorCharacter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
  }

  private static func tooDeep(_ file: String, _ line: Int, _ column: Int) -> SubtitleError {
    SubtitleError(
      at: SourceLocation(file: file, line: line, column: column), "nested deeper than \(maximumDepth) levels",
      rule: ConfigurationFile.rule)
  }

  private static func tooManyAliases(_ file: String, _ line: Int, _ column: Int) -> SubtitleError {
    SubtitleError(
      at: SourceLocation(file: file, line: line, column: column),
      "more than \(maximumAliases) aliases: their copies of copies could grow without bound",
      rule: ConfigurationFile.rule)
  }
}
