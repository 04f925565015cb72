import SubtitleTimeline

/// Reads a source in another encoding and hands out UTF-8, converting as it goes through ICU.
///
/// Undecodable byte sequences become U+FFFD and are reported at the line and column (in the
/// converted text) where the replacement character stands; under `--strict` that is an error.
public final class TranscodingByteSource: ByteSource {
  private let source: any ByteSource
  private let sourceName: String
  private let conversion: ICUConversion
  private let reporter: FindingReporter
  private let encodingName: String
  private var input = [UInt8](repeating: 0, count: 1 << 16)
  private var inputStart = 0
  private var inputEnd = 0
  private var finished = false
  private var reportedErrors: Int64 = 0
  /// Where the converted text is: line and byte column of the next byte handed out.
  private var line = 1
  private var column = 1
  /// How many bytes of a U+FFFD (EF BF BD) the last read ended with.
  private var replacementMatched = 0

  /// How many byte sequences could not be decoded so far.
  public var errorCount: Int64 { conversion.errorCount }

  /// Converts `source` from `encoding` to UTF-8; undecodable bytes are reported to `reporter`.
  public init(
    _ source: any ByteSource, from encoding: TextEncoding, sourceName: String, reporter: FindingReporter = .silent
  ) throws(SubtitleError) {
    self.source = source
    self.sourceName = sourceName
    self.reporter = reporter
    encodingName = encoding.name
    conversion = try ICUConversion(from: encoding.name, to: "UTF-8", name: sourceName)
  }

  /// Fills `buffer` with converted UTF-8; 0 at the end.
  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(SubtitleError) -> Int {
    guard buffer.count >= 4 else { return 0 }
    while true {
      if inputStart == inputEnd && !finished {
        let count = try input.withUnsafeMutableBytes { raw in
          Result { () throws(SubtitleError) in try source.read(into: raw) }
        }.get()
        inputStart = 0
        inputEnd = count
        finished = count == 0
      }
      let step = try input.withUnsafeBytes { raw in
        Result { () throws(SubtitleError) in
          try conversion.step(
            UnsafeRawBufferPointer(rebasing: raw[inputStart..<inputEnd]), into: buffer, flush: finished)
        }
      }.get()
      inputStart += step.consumed
      try track(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<step.produced]))
      if step.produced > 0 || (finished && inputStart == inputEnd && !step.targetFull) { return step.produced }
    }
  }

  /// Follows lines and columns through converted bytes, and reports each new U+FFFD where it stands
  /// (its three UTF-8 bytes may come in two reads).
  private func track(_ bytes: UnsafeRawBufferPointer) throws(SubtitleError) {
    var pending = errorCount - reportedErrors
    for byte in bytes {
      switch (replacementMatched, byte) {
      case (0, 0xEF): replacementMatched = 1
      case (1, 0xBF): replacementMatched = 2
      case (2, 0xBD):
        replacementMatched = 0
        if pending > 0 {
          pending -= 1
          try reporter.warn(
            "bytes that are not \(encodingName) replaced by U+FFFD",
            at: SourceLocation(file: sourceName, line: line, column: column - 2))
        }
      default: replacementMatched = byte == 0xEF ? 1 : 0
      }
      if byte == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    reportedErrors = errorCount - pending
  }
}
