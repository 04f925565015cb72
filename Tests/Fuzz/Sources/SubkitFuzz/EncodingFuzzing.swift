import SubtitleFormats
import SubtitleTimeline
import TextUnicode

/// Encoding detection and conversion: what `subkit convert` does to bytes of unknown encoding.
enum EncodingFuzzing {
  /// The encodings subkit writes besides UTF-8.
  private static let outputEncodings = ["GB18030", "Big5", "UTF-16LE", "UTF-16BE"].compactMap(TextEncoding.init(name:))

  /// Detects, converts and reads `bytes` as the command line would; what reads is written in each
  /// output encoding and read back in it, to the same number of cues.
  static func run(_ bytes: [UInt8]) {
    let input = FuzzIO.checked(
      Result { () throws(SubtitleError) in
        let opened = try Subtitles.open(MemoryByteSource(bytes), name: "fuzz")
        return (opened.format, try opened.reader.readDocument())
      })
    guard case .success(let (format, document)) = input else { return }
    for encoding in outputEncodings {
      guard let encoded = write(document, as: format, in: encoding) else { continue }
      let back = FuzzIO.checked(
        Result { () throws(SubtitleError) in
          try Subtitles.open(MemoryByteSource(encoded), name: "fuzz", format: format, encoding: encoding).reader
            .readDocument()
        })
      if case .success(let reread) = back, reread.cues.count != document.cues.count {
        fatalError("\(format) in \(encoding.name): \(document.cues.count) cues written, \(reread.cues.count) read")
      }
    }
  }

  /// `document` written as `format` in `encoding`, or nil when the writer refused it.
  private static func write(_ document: SubtitleDocument, as format: SubtitleFormat, in encoding: TextEncoding)
    -> [UInt8]?
  {
    let sink = MemoryByteSink()
    return try? { () throws(SubtitleError) -> [UInt8] in
      let transcoder = try TranscodingByteSink(sink, to: encoding, byteOrderMark: false, name: "fuzz")
      try SubtitleFormats.writer(for: format, output: TextOutput(transcoder), sourceName: "fuzz", reporter: .silent)
        .write(document)
      try transcoder.finish()
      return sink.bytes
    }()
  }
}
