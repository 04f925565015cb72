import SubtitleTimeline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to a file descriptor: standard output, or the temporary file of an atomic write.
public final class FileByteSink: ByteSink {
  private let descriptor: Int32
  private let name: String

  /// A sink for an open descriptor; `name` appears in errors.
  public init(descriptor: Int32, name: String) {
    self.descriptor = descriptor
    self.name = name
  }

  /// Standard output.
  public static func standardOutput() -> FileByteSink { FileByteSink(descriptor: 1, name: "<stdout>") }

  /// Standard error, for reports when standard output carries data.
  public static func standardError() -> FileByteSink { FileByteSink(descriptor: 2, name: "<stderr>") }

  /// Writes every byte, retrying short writes and interruptions.
  public func write(_ bytes: UnsafeRawBufferPointer) throws(SubtitleError) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw SubtitleError(at: SourceLocation(file: name, line: 0), systemMessage("write failed"))
      }
      offset += written
    }
  }
}

/// Whether two paths name the same existing file (so an output would overwrite its input).
public func isSameFile(_ first: String, _ second: String) -> Bool {
  var a = stat()
  var b = stat()
  guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino
}

/// Whether standard error is a terminal, so progress may be shown there.
public func standardErrorIsTerminal() -> Bool { isatty(2) == 1 }
