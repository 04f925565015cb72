import SubtitleIO
import SubtitleTimeline

/// The library's front door: open a file as a stream of cues, read it whole, or convert it.
///
/// ```swift
/// let document = try Subtitles.read("film.srt")
/// try Subtitles.convert("film.srt", to: "film.vtt")
/// ```
public enum Subtitles {
  /// An open input: its detected format and a streaming reader.
  public struct Input {
    /// The input's format.
    public var format: SubtitleFormat
    /// The reader, positioned at the start.
    public var reader: any SubtitleReader
    /// The name diagnostics use for it.
    public var name: String
  }

  /// Opens `path` (`-` for standard input); the format is `format`, else the extension, else the content.
  public static func open(
    _ path: String, format: SubtitleFormat? = nil, reporter: DiagnosticReporter = .silent
  ) throws(SubtitleError) -> Input {
    let name = path == "-" ? "<stdin>" : path
    let source = try PrefixedByteSource(try FileByteSource(path: path))
    let detected = format ?? (path == "-" ? nil : SubtitleFormat(path: path)) ?? SubtitleFormat(sniffing: source.prefix)
    guard let detected else {
      throw SubtitleError(
        at: SourceLocation(file: name, line: 1), "cannot tell the format from the content; name it with --from")
    }
    let reader = SubtitleFormats.reader(for: detected, source: source, sourceName: name, reporter: reporter)
    return Input(format: detected, reader: reader, name: name)
  }

  /// Reads a whole file into memory.
  public static func read(
    _ path: String, format: SubtitleFormat? = nil, reporter: DiagnosticReporter = .silent
  ) throws(SubtitleError) -> SubtitleDocument {
    try open(path, format: format, reporter: reporter).reader.readDocument()
  }

  /// Streams `input` into `output` (`-` for standard output), written atomically; returns the cue count.
  @discardableResult
  public static func convert(
    _ input: String, to output: String, from inputFormat: SubtitleFormat? = nil,
    as outputFormat: SubtitleFormat? = nil, reporter: DiagnosticReporter = .silent
  ) throws(SubtitleError) -> Int {
    let opened = try open(input, format: inputFormat, reporter: reporter)
    guard let format = outputFormat ?? SubtitleFormat(path: output) else {
      throw SubtitleError(at: SourceLocation(file: output, line: 0), "cannot tell the output format; name it with --to")
    }
    return try write(output, format: format, sourceName: opened.name, reporter: reporter) {
      writer throws(SubtitleError) in
      try opened.reader.copy(to: writer)
    }
  }

  /// Runs `body` with a writer of `format` into `path` (`-` for standard output), committing atomically.
  public static func write<T>(
    _ path: String, format: SubtitleFormat, sourceName: String, reporter: DiagnosticReporter,
    _ body: (any SubtitleWriter) throws(SubtitleError) -> T
  ) throws(SubtitleError) -> T {
    if path == "-" {
      let output = TextOutput(FileByteSink.standardOutput())
      return try body(SubtitleFormats.writer(for: format, output: output, sourceName: sourceName, reporter: reporter))
    }
    let file = try AtomicFileWriter(path: path)
    let output = TextOutput(file.sink)
    let result: T
    do {
      result = try body(SubtitleFormats.writer(for: format, output: output, sourceName: sourceName, reporter: reporter))
    } catch {
      file.discard()
      throw error
    }
    try file.commit()
    return result
  }
}
