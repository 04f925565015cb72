#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Diagnostics go to standard error, one line at a time, unbuffered.
public enum StandardError {
  /// Writes `line` and a line feed to standard error.
  public static func writeLine(_ line: String) {
    writeText(line + "\n")
  }

  /// Shows a progress line: on a terminal over the last one (nil clears it), elsewhere as a line
  /// of its own (nil writes nothing).
  public static func showProgress(_ line: String?) {
    if standardErrorIsTerminal() {
      writeText("\r" + (line ?? "") + "\u{1B}[K")
    } else if let line {
      writeLine(line)
    }
  }

  private static func writeText(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = write(2, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
        if written <= 0 {
          if written < 0 && errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }
}
