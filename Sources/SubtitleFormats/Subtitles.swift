import SubtitleIO
import SubtitleTimeline
import TextUnicode

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
    /// The text encoding it is read in: UTF-8, given, or detected.
    public var encoding: TextEncoding
  }

  /// Opens `path` (`-` for standard input); the format is `format`, else the extension, else the content.
  ///
  /// Text that is not UTF-8 is converted as it is read: from `encoding` when given, else from what
  /// detection finds (with a warning naming it and its confidence).
  public static func open(
    _ path: String, format: SubtitleFormat? = nil, encoding: TextEncoding? = nil, reporter: FindingReporter = .silent
  ) throws(SubtitleError) -> Input {
    try open(
      try FileByteSource(path: path), name: path == "-" ? "<stdin>" : path,
      format: format ?? (path == "-" ? nil : SubtitleFormat(path: path)), encoding: encoding, reporter: reporter)
  }

  /// Opens any byte source, detecting what `encoding` and `format` leave open.
  ///
  /// The text encoding is `encoding`, else detected; the format is `format`, else what the content
  /// shows. `name` is what diagnostics call the input.
  public static func open(
    _ bytes: any ByteSource, name: String, format: SubtitleFormat? = nil, encoding: TextEncoding? = nil,
    reporter: FindingReporter = .silent
  ) throws(SubtitleError) -> Input {
    let (source, textEncoding) = try decoded(bytes, name: name, encoding: encoding, reporter: reporter)
    // Empty or blank input is an empty track in any format, with the SRT reader's warning; input
    // of no known format that starts blank is read as SRT.
    let startsBlank = source.prefix.allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
    let blank = startsBlank && source.isComplete
    guard let detected = format ?? SubtitleFormat(sniffing: source.prefix) ?? (startsBlank ? .srt : nil) else {
      throw SubtitleError(
        at: SourceLocation(file: name, line: 1),
        "no cues found: is this a subtitle file? (not SRT, WebVTT, TTML or JSON; name the format with --from)")
    }
    let reader = SubtitleFormats.reader(
      for: blank ? .srt : detected, source: source, sourceName: name, reporter: reporter)
    return Input(format: detected, reader: reader, name: name, encoding: textEncoding)
  }

  /// `bytes` as UTF-8: as they are, or converted from `encoding`, else from the encoding detected
  /// (with a warning naming it).
  private static func decoded(
    _ bytes: any ByteSource, name: String, encoding: TextEncoding?, reporter: FindingReporter
  ) throws(SubtitleError) -> (PrefixedByteSource, TextEncoding) {
    let source = try PrefixedByteSource(bytes)
    let textEncoding = encoding ?? TextEncoding.detect(source.prefix)
    if let declared = textEncoding.contradictedDeclaration {
      try reporter.warn(
        "the XML declaration says \(declared), but the text is UTF-8; read as UTF-8",
        at: SourceLocation(file: name, line: 1))
    }
    guard !textEncoding.isUTF8 else { return (source, textEncoding) }
    if encoding == nil && !textEncoding.isDeclared {
      try reporter.warn("the text is not UTF-8; read as \(textEncoding)", at: SourceLocation(file: name, line: 1))
    }
    let converted = try TranscodingByteSource(source, from: textEncoding, sourceName: name, reporter: reporter)
    return (try PrefixedByteSource(converted), textEncoding)
  }

  /// The whole text of `path` (`-` for standard input), converted to UTF-8 as `open` does; refused
  /// past `limit` bytes.
  public static func readText(
    _ path: String, encoding: TextEncoding? = nil, limit: Int = 64 << 20, reporter: FindingReporter = .silent
  ) throws(SubtitleError) -> String {
    let name = path == "-" ? "<stdin>" : path
    let (source, _) = try decoded(try FileByteSource(path: path), name: name, encoding: encoding, reporter: reporter)
    let bytes = try source.readAll(limit: limit, name: name)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Reads a whole file into memory.
  public static func read(
    _ path: String, format: SubtitleFormat? = nil, encoding: TextEncoding? = nil, reporter: FindingReporter = .silent
  ) throws(SubtitleError) -> SubtitleDocument {
    try open(path, format: format, encoding: encoding, reporter: reporter).reader.readDocument()
  }

  /// What a conversion read and wrote.
  public struct Conversion: Sendable {
    /// The input's format, given or detected.
    public var inputFormat: SubtitleFormat
    /// The format written.
    public var outputFormat: SubtitleFormat
    /// The input's text encoding, given or detected.
    public var encoding: TextEncoding
    /// How many cues were written.
    public var cues: Int
  }

  /// Streams `input` into `output` (`-` for standard output), each cue changed by `transform` when
  /// given (nil leaves it out), written atomically; says what was read and how many cues were written.
  ///
  /// The output format is `outputFormat`, else the extension of `output`, else (writing to standard
  /// output) the input's format.
  @discardableResult
  public static func convert(
    _ input: String, to output: String, from inputFormat: SubtitleFormat? = nil,
    as outputFormat: SubtitleFormat? = nil, inputEncoding: TextEncoding? = nil, outputEncoding: TextEncoding? = nil,
    byteOrderMark: Bool = false, reporter: FindingReporter = .silent,
    transform: ((Cue) throws(SubtitleError) -> Cue?)? = nil
  ) throws(SubtitleError) -> Conversion {
    let opened = try open(input, format: inputFormat, encoding: inputEncoding, reporter: reporter)
    let format = outputFormat ?? (output == "-" ? opened.format : SubtitleFormat(path: output))
    guard let format else {
      throw SubtitleError(
        at: SourceLocation(file: output, line: 0), "cannot tell the output format from the name; name it with --to")
    }
    let cues = try write(
      output, format: format, sourceName: opened.name, encoding: outputEncoding, byteOrderMark: byteOrderMark,
      reporter: reporter
    ) { writer throws(SubtitleError) in
      try opened.reader.copy(to: writer, transform: transform)
    }
    return Conversion(inputFormat: opened.format, outputFormat: format, encoding: opened.encoding, cues: cues)
  }

  /// The subtitle format `path`'s first bytes show once decoded, nil when they show none (or the
  /// file cannot be read): how a folder search tells subtitles from other files.
  public static func sniff(_ path: String) -> SubtitleFormat? {
    do {
      let (source, _) = try decoded(FileByteSource(path: path), name: path, encoding: nil, reporter: .silent)
      let format = SubtitleFormat(sniffing: source.prefix)
      // Any XML or JSON starts like TTML or timeline JSON: a folder holds other kinds too.
      let mark: String? =
        switch format {
        case .ttml: "http://www.w3.org/ns/ttml"
        case .json: "\"subkit-timeline\""
        default: nil
        }
      guard let mark else { return format }
      return source.prefix.firstRange(of: Array(mark.utf8)) != nil ? format : nil
    } catch {
      return nil
    }
  }

  /// How `format` writes a character its encoding cannot hold: XML and JSON can name any character.
  private static func unencodable(in format: SubtitleFormat) -> UnencodableCharacters {
    switch format {
    case .ttml: .xmlReferences
    case .json, .jsonl: .jsonEscapes
    case .srt, .vtt: .substituted
    }
  }

  /// Runs `body` with a writer of `format` into `path` (`-` for standard output), committing atomically.
  ///
  /// The text is UTF-8 unless `encoding` names another; `byteOrderMark` starts it with one. A
  /// `durable` file (the user's only copy, as one rewritten in place) reaches the disk before it
  /// replaces what is there (`OutputFile`).
  public static func write<T>(
    _ path: String, format: SubtitleFormat, sourceName: String, encoding: TextEncoding? = nil,
    byteOrderMark: Bool = false, durable: Bool = false, reporter: FindingReporter,
    _ body: (any SubtitleWriter) throws(SubtitleError) -> T
  ) throws(SubtitleError) -> T {
    let file = path == "-" ? nil : try OutputFile(path: path, durable: durable)
    let destination: any ByteSink = file?.sink ?? FileByteSink.standardOutput()
    let transcoder = try encoding.flatMap { (encoding) throws(SubtitleError) -> TranscodingByteSink? in
      encoding.isUTF8
        ? nil
        : try TranscodingByteSink(
          destination, to: encoding, byteOrderMark: byteOrderMark, name: path, unencodable: unencodable(in: format))
    }
    let output = TextOutput(transcoder ?? destination)
    if byteOrderMark && transcoder == nil { output.write("\u{FEFF}") }  // UTF-8 needs no converter for it
    let result: T
    do {
      result = try body(SubtitleFormats.writer(for: format, output: output, sourceName: sourceName, reporter: reporter))
      try transcoder?.finish()
      if let transcoder, transcoder.errorCount > 0 {
        try reporter.warn(
          "\(transcoder.errorCount) characters cannot be written in \(encoding?.name ?? ""); substitutes written instead",
          at: SourceLocation(file: path == "-" ? "<stdout>" : path, line: 0), rule: Finding.Source.writer)
      }
    } catch {
      file?.discard()
      throw error
    }
    try file?.commit()
    return result
  }
}
