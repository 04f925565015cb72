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

/// Writes a file atomically: into a temporary file beside it, renamed over the target on commit.
///
/// An interrupted or failed write leaves the old file as it was and no half-written file.
public final class AtomicFileWriter {
  /// The sink to write the new contents into.
  public let sink: FileByteSink
  private let path: String
  private let temporaryPath: String
  private let descriptor: Int32
  private var finished = false

  /// Starts writing `path`.
  public init(path: String) throws(SubtitleError) {
    self.path = path
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var template = Array((directory + "." + base + ".subkit-XXXXXX").utf8CString)
    let opened = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard opened >= 0 else {
      throw SubtitleError(at: SourceLocation(file: path, line: 0), systemMessage("cannot create"))
    }
    temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    descriptor = opened
    sink = FileByteSink(descriptor: opened, name: path)
  }

  deinit {
    if !finished { discard() }
  }

  /// Makes the new contents durable and puts them in place of the target.
  public func commit() throws(SubtitleError) {
    finished = true
    fchmod(descriptor, 0o644 & ~currentUmask())
    guard fsync(descriptor) == 0 || errno == EINVAL, close(descriptor) == 0 else {
      unlink(temporaryPath)
      throw SubtitleError(at: SourceLocation(file: path, line: 0), systemMessage("cannot write"))
    }
    guard rename(temporaryPath, path) == 0 else {
      let message = systemMessage("cannot replace")
      unlink(temporaryPath)
      throw SubtitleError(at: SourceLocation(file: path, line: 0), message)
    }
  }

  /// Removes the temporary file; the target stays as it was.
  public func discard() {
    finished = true
    close(descriptor)
    unlink(temporaryPath)
  }

  private func currentUmask() -> mode_t {
    let mask = umask(0)
    umask(mask)
    return mask
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
