/// Text made safe for XML 1.0 content and attribute values, for TTML and for reports alike.
public enum XMLEscaping {
  /// `text` with `&`, `<`, `>` and `"` escaped, a carriage return as `&#13;` (a parser would read a
  /// line feed), and what XML 1.0 cannot hold (other control characters, U+FFFE, U+FFFF) as U+FFFD;
  /// `replacedCharacters` says whether any was replaced.
  public static func escaped(_ text: String) -> (text: String, replacedCharacters: Bool) {
    guard needsEscaping(text) else { return (text, false) }
    var result = ""
    var replaced = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\r": result += "&#13;"
      case "\t", "\n": result.unicodeScalars.append(scalar)
      case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}":
        replaced = true
        result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return (result, replaced)
  }

  /// Whether `text` holds a byte `escaped` changes: one of `&<>"`, a control, or the start of U+FFFE/U+FFFF.
  private static func needsEscaping(_ text: String) -> Bool {
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      if byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 { return true }
      if previous == (0xEF, 0xBF) && byte >= 0xBE { return true }
      previous = (previous.1, byte)
    }
    return false
  }
}
