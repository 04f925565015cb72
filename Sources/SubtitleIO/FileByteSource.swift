import SubtitleTimeline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file, or standard input for `-`, through a file descriptor in large chunks.
public final class FileByteSource: ByteSource {
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private let name: String

  /// Opens `path` for reading; `-` is standard input.
  public init(path: String) throws(SubtitleError) {
    name = path == "-" ? "<stdin>" : path
    if path == "-" {
      descriptor = 0
      ownsDescriptor = false
      return
    }
    let opened = open(path, O_RDONLY | O_CLOEXEC)
    guard opened >= 0 else {
      throw SubtitleError(at: SourceLocation(file: path, line: 0), systemMessage("cannot open"))
    }
    var status = stat()
    if fstat(opened, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
      close(opened)
      throw SubtitleError(at: SourceLocation(file: path, line: 0), "is a directory, not a file")
    }
    descriptor = opened
    ownsDescriptor = true
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// Reads the next chunk, retrying when interrupted.
  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(SubtitleError) -> Int {
    while true {
      let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw SubtitleError(at: SourceLocation(file: name, line: 0), systemMessage("read failed"))
    }
  }
}

extension FileByteSource {
  /// The whole of a small file (`-` for standard input) as UTF-8 text, invalid bytes replaced;
  /// refused past `limit` bytes.
  public static func readText(_ path: String, limit: Int = 64 << 20) throws(SubtitleError) -> String {
    let source = try FileByteSource(path: path)
    let bytes = try source.readAll(limit: limit, name: source.name)
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// The text of the current `errno`, after `prefix`.
func systemMessage(_ prefix: String) -> String {
  "\(prefix): \(String(cString: strerror(errno)))"
}
