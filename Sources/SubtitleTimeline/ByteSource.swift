/// Something bytes are read from in chunks: a file, standard input, or memory.
public protocol ByteSource: AnyObject {
  /// Fills the start of `buffer` and returns how many bytes it read; 0 means the end.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws(SubtitleError) -> Int
}

/// A byte source over bytes already in memory.
public final class MemoryByteSource: ByteSource {
  private let bytes: [UInt8]
  private var offset = 0

  /// A source that yields `bytes`.
  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// A source that yields the UTF-8 of `text`.
  public convenience init(_ text: String) {
    self.init(Array(text.utf8))
  }

  /// Copies the next bytes into `buffer`.
  public func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
    let count = min(buffer.count, bytes.count - offset)
    bytes.withUnsafeBytes { all in
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: all[offset..<offset + count]))
    }
    offset += count
    return count
  }
}
