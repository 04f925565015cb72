import SubtitleTimeline

/// Text written whole to a file, atomically, or to standard output.
public enum TextFile {
  /// Writes what `body` writes to `path` (`-`: standard output): a file is replaced only once
  /// everything is written, and left as it was when `body` or the write fails.
  public static func write(
    _ path: String, _ body: (TextOutput) throws(SubtitleError) -> Void
  ) throws(SubtitleError) {
    let file = path == "-" ? nil : try OutputFile(path: path)
    let output = TextOutput(file?.sink ?? FileByteSink.standardOutput())
    do {
      try body(output)
      try output.flush()
      try file?.commit()
    } catch {
      file?.discard()
      throw error
    }
  }
}
