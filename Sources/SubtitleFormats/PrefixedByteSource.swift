import SubtitleTimeline

/// A byte source whose first bytes were read ahead (to sniff the format) and are replayed first.
public final class PrefixedByteSource: ByteSource {
  /// The bytes read ahead.
  public let prefix: [UInt8]
  /// Whether the prefix is the whole input.
  public let isComplete: Bool
  private var offset = 0
  private let rest: any ByteSource

  /// Reads up to `count` bytes ahead from `source`.
  public init(_ source: any ByteSource, peeking count: Int = 1 << 16) throws(SubtitleError) {
    var prefix = [UInt8](repeating: 0, count: count)
    var filled = 0
    var ended = false
    while filled < count {
      let read = try prefix.withUnsafeMutableBytes { raw in
        Result { () throws(SubtitleError) in
          try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
        }
      }.get()
      if read == 0 {
        ended = true
        break
      }
      filled += read
    }
    prefix.removeSubrange(filled...)
    self.prefix = prefix
    isComplete = ended
    rest = source
  }

  /// Replays the prefix, then reads on.
  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(SubtitleError) -> Int {
    guard offset < prefix.count else { return try rest.read(into: buffer) }
    let count = min(buffer.count, prefix.count - offset)
    prefix.withUnsafeBytes { raw in
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<offset + count]))
    }
    offset += count
    return count
  }
}
