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
      index = Self.skipOrdinaryWords(bytes, from: index, to: limit)
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

  /// Skips 8 bytes at a time while none of them is below 0x0E (so none is CR or LF).
  private static func skipOrdinaryWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    let raw = UnsafeRawPointer(base)
    var index = start
    while index + 8 <= limit {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      // A byte below 0x0E makes (byte - 0x0E) borrow into its high bit while the byte's own high bit is clear.
      let low = (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080
      if low != 0 { break }
      index += 8
    }
    return index
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
