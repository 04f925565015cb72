#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes an output's temporary file when the process is told to stop, and ones left behind by
/// processes that were killed outright.
///
/// On SIGINT, SIGTERM and SIGHUP the handler unlinks the registered path, restores the default
/// action and raises the signal again, so the exit status still says which signal ended the run.
/// A signal the process was started ignoring stays ignored; one it inherited blocked is unblocked.
/// Only SIGKILL can leave a temporary file; the next run writing beside it removes it.
enum TemporaryFileCleanup {
  /// The registered path as a C string, read by the signal handler (which may not allocate).
  nonisolated(unsafe) private static let slot: UnsafeMutablePointer<CChar> = {
    let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
    pointer.initialize(repeating: 0, count: capacity)
    return pointer
  }()
  private static let capacity = Int(PATH_MAX) + 1
  nonisolated(unsafe) private static var handlersInstalled = false
  /// How long a temporary file of a dead process must have been left alone before it is removed.
  static let staleAge = 600

  /// Makes `path` the file the signal handler removes.
  static func register(_ path: String) {
    installHandlersOnce()
    slot[0] = 0  // the handler sees no path while the rest is copied
    let bytes = Array(path.utf8.prefix(capacity - 1))
    for (index, byte) in bytes.enumerated().dropFirst() { slot[index] = CChar(bitPattern: byte) }
    slot[bytes.count] = 0
    if let first = bytes.first { slot[0] = CChar(bitPattern: first) }
  }

  /// Forgets the registered path (it was renamed into place or removed).
  static func unregister() {
    slot[0] = 0
  }

  /// Removes `prefix…` entries of `directory` whose name carries the process id of a process that
  /// no longer exists and that have not changed for `staleAge` seconds (a process of the same id
  /// may live in another PID namespace, or on another host sharing the folder).
  static func removeStale(in directory: String, prefix: String) {
    guard let stream = opendir(directory) else { return }
    defer { closedir(stream) }
    while let entry = readdir(stream) {
      var entryName = entry.pointee.d_name
      let name = withUnsafeBytes(of: &entryName) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      guard name.hasPrefix(prefix) else { continue }
      let rest = name.dropFirst(prefix.count)
      let path = directory + "/" + name
      var status = stat()
      guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0,
        kill(pid, 0) == -1, errno == ESRCH,
        stat(path, &status) == 0, time(nil) - status.st_mtim.tv_sec > staleAge
      else { continue }
      unlink(path)
    }
  }

  private static func installHandlersOnce() {
    guard !handlersInstalled else { return }
    handlersInstalled = true
    _ = slot  // initialised now, so the handler never runs its lazy initialisation
    var handled = sigset_t()
    sigemptyset(&handled)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      sigaddset(&handled, signalNumber)
      let previous = signal(signalNumber) { received in
        if TemporaryFileCleanup.slot[0] != 0 { unlink(TemporaryFileCleanup.slot) }
        signal(received, SIG_DFL)
        raise(received)
      }
      // A signal ignored on entry (`nohup`, a background job) stays ignored: it cannot end the run.
      if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
        signal(signalNumber, SIG_IGN)
      }
    }
    sigprocmask(SIG_UNBLOCK, &handled, nil)  // a mask inherited from the parent would hold them back
  }
}
