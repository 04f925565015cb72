import SubtitleTimeline

/// Takes UTF-8 and writes it on in another encoding (GB18030, Big5, UTF-16 …) through ICU.
///
/// Characters the encoding cannot hold become its substitute character and are counted in
/// `errorCount`, so the caller can say how many were lost; XML and JSON write them as references
/// or escapes instead, losing nothing.
public final class TranscodingByteSink: ByteSink {
  private let sink: any ByteSink
  private let conversion: ICUConversion
  private var output = [UInt8](repeating: 0, count: 1 << 16)

  /// How many characters could not be encoded so far.
  public var errorCount: Int64 { conversion.errorCount }

  /// Writes into `sink` in `encoding`, starting with its byte order mark when `byteOrderMark` is set
  /// (or when the encoding always writes one: `UTF-16`, `UTF-32`); a character `encoding` cannot hold
  /// is written as `unencodable` says.
  public init(
    _ sink: any ByteSink, to encoding: TextEncoding, byteOrderMark: Bool, name: String,
    unencodable: UnencodableCharacters = .substituted
  ) throws(SubtitleError) {
    self.sink = sink
    conversion = try ICUConversion(from: "UTF-8", to: encoding.name, name: name, unencodable: unencodable)
    if byteOrderMark && !encoding.writesByteOrderMark {
      let mark: [UInt8] = [0xEF, 0xBB, 0xBF]  // U+FEFF, converted like the text that follows
      try mark.withUnsafeBytes { raw in Result { () throws(SubtitleError) in try write(raw) } }.get()
    }
  }

  /// Converts and writes `bytes`; a sequence cut at the end waits for the next call.
  public func write(_ bytes: UnsafeRawBufferPointer) throws(SubtitleError) {
    try convert(bytes, flush: false)
  }

  /// Writes out whatever the converters still hold.
  public func finish() throws(SubtitleError) {
    try convert(UnsafeRawBufferPointer(start: nil, count: 0), flush: true)
  }

  private func convert(_ bytes: UnsafeRawBufferPointer, flush: Bool) throws(SubtitleError) {
    var consumed = 0
    while true {
      let step = try output.withUnsafeMutableBytes { raw in
        Result { () throws(SubtitleError) in
          try conversion.step(UnsafeRawBufferPointer(rebasing: bytes[consumed...]), into: raw, flush: flush)
        }
      }.get()
      consumed += step.consumed
      if step.produced > 0 {
        try output.withUnsafeBytes { raw in
          Result { () throws(SubtitleError) in try sink.write(UnsafeRawBufferPointer(rebasing: raw[0..<step.produced]))
          }
        }.get()
      }
      if !step.targetFull { return }
    }
  }
}
