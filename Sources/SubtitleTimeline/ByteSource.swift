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

extension ByteSource {
  /// Every byte left; refused past `limit` bytes, with an error at `name`.
  public func readAll(limit: Int, name: String) throws(SubtitleError) -> [UInt8] {
    var bytes: [UInt8] = []
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    defer { chunk.deallocate() }
    while case let count = try read(into: chunk), count > 0 {
      bytes += chunk[..<count]
      guard bytes.count <= limit else {
        let size = limit >= 1 << 20 ? "\(limit >> 20) MiB" : limit >= 1 << 10 ? "\(limit >> 10) KiB" : "\(limit) bytes"
        throw SubtitleError(at: SourceLocation(file: name, line: 0), "larger than \(size)")
      }
    }
    return bytes
  }
}
