/// Splits a byte source into lines at LF, CRLF or CR, reading large chunks, without copying lines.
///
/// Each line comes back as a view into the scanner's buffer, valid until the next call.
public final class LineScanner {
  /// The longest line accepted, in bytes; a longer one is an error, not unbounded memory.
  public static let maximumLineLength = 64 << 20

  private let source: any ByteSource
  private let sourceName: String
  private var storage: UnsafeMutableBufferPointer<UInt8>
  private var start = 0
  private var end = 0
  private var scanned = 0
  private var reachedEnd = false
  private var skipsLineFeed = false

  /// The 1-based number of the line last returned; 0 before the first.
  public private(set) var lineNumber = 0
  /// Whether the line last returned ended with a line terminator rather than the end of input.
  public private(set) var lastLineWasTerminated = false

  /// A scanner over `source`, whose name appears in errors.
  public init(_ source: any ByteSource, sourceName: String, chunkSize: Int = 1 << 20) {
    self.source = source
    self.sourceName = sourceName
    storage = .allocate(capacity: max(chunkSize, 16))
  }

  deinit {
    storage.deallocate()
  }

  /// The next line without its terminator, or nil at the end of input.
  public func nextLine() throws(SubtitleError) -> UnsafeBufferPointer<UInt8>? {
    while true {
      if skipsLineFeed {
        if start == end && !reachedEnd {
          try refill()
          continue
        }
        if start < end && storage[start] == 0x0A { start += 1 }
        skipsLineFeed = false
        scanned = start
      }
      var index = max(scanned, start)
      let bytes = UnsafeBufferPointer(storage)
      let limit = end
      while index < limit {
        let byte = bytes[index]
        if byte <= 0x0D && (byte == 0x0A || byte == 0x0D) {
          let line = UnsafeBufferPointer(rebasing: bytes[start..<index])
          skipsLineFeed = byte == 0x0D
          start = index + 1
          scanned = start
          lineNumber += 1
          lastLineWasTerminated = true
          return line
        }
        index += 1
      }
      scanned = index
      if reachedEnd {
        guard start < end else { return nil }
        let line = UnsafeBufferPointer(rebasing: storage[start..<end])
        start = end
        lineNumber += 1
        lastLineWasTerminated = false
        return line
      }
      try refill()
    }
  }

  /// Whether any bytes are left to read.
  public func atEnd() throws(SubtitleError) -> Bool {
    while start == end && !reachedEnd { try refill() }
    return start == end
  }

  private func refill() throws(SubtitleError) {
    if start > 0 {
      let pending = end - start
      if pending > 0, let base = storage.baseAddress {
        UnsafeMutableRawPointer(base).copyMemory(from: base + start, byteCount: pending)
      }
      scanned -= start
      end = pending
      start = 0
    }
    if end == storage.count { try grow() }
    let free = UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(storage)[end...])
    let count = try source.read(into: free)
    if count == 0 { reachedEnd = true }
    end += count
  }

  private func grow() throws(SubtitleError) {
    guard storage.count < Self.maximumLineLength else {
      throw SubtitleError(
        at: SourceLocation(file: sourceName, line: lineNumber + 1),
        "line is longer than \(Self.maximumLineLength >> 20) MiB")
    }
    let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: storage.count * 2)
    _ = larger.initialize(from: storage[0..<end])
    storage.deallocate()
    storage = larger
  }
}
