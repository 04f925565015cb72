import SubtitleTimeline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An output file that is never left half-written: a regular file is replaced atomically, and
/// anything else (a FIFO, a device node such as `/dev/null`) is written in place.
///
/// A regular file is written into a temporary `.NAME.subkit-PID-XXXXXX` beside it and renamed over
/// it on commit (synced to disk first when it is `durable`), so an interrupted or failed write
/// leaves the old file as it was. A symbolic link keeps pointing where it did: the file it names is
/// the one replaced (a link to nothing is replaced by the file). The temporary file is removed on
/// failure and on SIGINT, SIGTERM and SIGHUP (`TemporaryFileCleanup`).
public final class OutputFile {
  /// The sink to write the new contents into.
  public let sink: FileByteSink
  private let path: String
  /// Where the contents go before the rename; nil when writing in place.
  private let temporaryPath: String?
  private let descriptor: Int32
  /// The temporary file's place among those a signal removes.
  private let cleanupSlot: Int?
  /// Whether the new contents reach the disk before they replace the target.
  private let durable: Bool
  private var finished = false

  /// Starts writing `path`; a `durable` one is synced to disk before it replaces what is there.
  ///
  /// Make durable a file that is the user's only copy, such as one rewritten in place. An output
  /// made from an input that stays is not synced, as other command-line tools' outputs are not: a
  /// power cut soon after may cost that output, never the input that makes it again, and no run
  /// waits on the disk (nor on what other programs left for it to write).
  public init(path: String, durable: Bool = false) throws(SubtitleError) {
    self.path = path
    self.durable = durable
    let target = Self.resolvingSymbolicLink(path)
    var status = stat()
    if stat(target, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
      descriptor = open(target, O_WRONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw SubtitleError(at: SourceLocation(file: path, line: 0), systemMessage("cannot open"))
      }
      temporaryPath = nil
      cleanupSlot = nil
    } else {
      let (opened, temporary) = try Self.createTemporary(beside: target, reportedAs: path)
      descriptor = opened
      temporaryPath = temporary
      cleanupSlot = TemporaryFileCleanup.register(temporary)
    }
    sink = FileByteSink(descriptor: descriptor, name: path)
  }

  deinit {
    if !finished { discard() }
  }

  /// Puts the new contents in place of the target, synced to disk first when durable.
  public func commit() throws(SubtitleError) {
    finished = true
    guard let temporaryPath else {
      guard close(descriptor) == 0 else {
        throw SubtitleError(at: SourceLocation(file: path, line: 0), systemMessage("cannot write"))
      }
      return
    }
    defer { TemporaryFileCleanup.unregister(cleanupSlot) }
    fchmod(descriptor, 0o644 & ~currentUmask())
    let synced = !durable || fsync(descriptor) == 0 || errno == EINVAL
    guard close(descriptor) == 0, synced else {
      unlink(temporaryPath)
      throw SubtitleError(at: SourceLocation(file: path, line: 0), systemMessage("cannot write"))
    }
    guard rename(temporaryPath, Self.resolvingSymbolicLink(path)) == 0 else {
      let message = systemMessage("cannot replace")
      unlink(temporaryPath)
      throw SubtitleError(at: SourceLocation(file: path, line: 0), message)
    }
  }

  /// Removes the temporary file; the target stays as it was (a device or FIFO has had what was written).
  public func discard() {
    finished = true
    close(descriptor)
    if let temporaryPath {
      unlink(temporaryPath)
      TemporaryFileCleanup.unregister(cleanupSlot)
    }
  }

  /// A new temporary file beside `target`, after removing ones that dead subkit processes left there.
  private static func createTemporary(
    beside target: String, reportedAs path: String
  ) throws(SubtitleError) -> (Int32, String) {
    let (folder, base) = target.folderAndName
    let directory = folder.map { $0 + "/" } ?? ""
    let prefix = "." + base + ".subkit-"
    TemporaryFileCleanup.removeStale(in: directory.isEmpty ? "." : directory, prefix: prefix)
    var template = Array((directory + prefix + "\(getpid())-XXXXXX").utf8CString)
    let opened = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard opened >= 0 else {
      throw SubtitleError(at: SourceLocation(file: path, line: 0), systemMessage("cannot create"))
    }
    return (opened, String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
  }

  /// The file a chain of symbolic links ends at (`path` itself when it is no link or dangles).
  private static func resolvingSymbolicLink(_ path: String) -> String {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK,
      let resolved = realpath(path, nil)
    else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private func currentUmask() -> mode_t {
    let mask = umask(0)
    umask(mask)
    return mask
  }
}
