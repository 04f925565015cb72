#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes outputs' temporary files when the process is told to stop, and ones left behind by
/// processes that were killed outright.
///
/// On SIGINT, SIGTERM, SIGHUP and SIGPIPE the handler unlinks every registered path, restores the
/// default action and raises the signal again, so the exit status still says which signal ended the
/// run — unless a batch has asked to stop gracefully (`Interruption`), when the first SIGINT,
/// SIGTERM or SIGHUP only asks it to stop (SIGPIPE means the reader of a stream is gone: the run
/// ends as `cat`'s would, with status 141). A signal the process was started ignoring stays
/// ignored; one it inherited blocked is unblocked. Only SIGKILL can leave a temporary file; the
/// next run writing beside it removes it.
enum TemporaryFileCleanup {
  /// How many temporary files can be registered at once: one per parallel job, and a report.
  static let slotCount = 256
  private static let slotSize = Int(PATH_MAX) + 1
  /// The registered paths as C strings, `slotSize` bytes each, read by the signal handler (which
  /// may not allocate or lock); a slot whose first byte is 0 is free.
  nonisolated(unsafe) private static let slots: UnsafeMutablePointer<CChar> = {
    let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
    pointer.initialize(repeating: 0, count: slotCount * slotSize)
    return pointer
  }()
  /// The free slots, and whether the handlers are installed.
  private static let state = Locked((free: Array((0..<slotCount).reversed()), installed: false))
  /// How long a temporary file of a dead process must have been left alone before it is removed.
  static let staleAge = 600

  /// Makes `path` a file the signal handler removes; returns its slot for `unregister` (nil when
  /// every slot is taken: the file is then left to a later run's `removeStale`).
  static func register(_ path: String) -> Int? {
    installHandlers()
    guard let slot = state.withLock({ $0.free.popLast() }) else { return nil }
    let start = slots + slot * slotSize
    let bytes = Array(path.utf8.prefix(slotSize - 1))
    for (index, byte) in bytes.enumerated().dropFirst() { start[index] = CChar(bitPattern: byte) }
    start[bytes.count] = 0
    if let first = bytes.first { start[0] = CChar(bitPattern: first) }  // last: the handler sees all or nothing
    return slot
  }

  /// Forgets the path in `slot` (it was renamed into place or removed).
  static func unregister(_ slot: Int?) {
    guard let slot else { return }
    slots[slot * slotSize] = 0
    state.withLock { $0.free.append(slot) }
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

  /// Installs the handlers, once.
  static func installHandlers() {
    state.withLock { state in
      guard !state.installed else { return }
      state.installed = true
      _ = slots  // initialised now, so the handler never runs a lazy initialisation
      _ = Interruption.isRequested
      var handled = sigset_t()
      sigemptyset(&handled)
      for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] {
        sigaddset(&handled, signalNumber)
        // A signal ignored on entry (`nohup`, a background job, a parent ignoring SIGPIPE) stays
        // ignored: it cannot end the run. Asking sets it ignored, so no signal finds the default
        // action before the handler is in.
        let previous = signal(signalNumber, SIG_IGN)
        if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
        signal(signalNumber) { received in
          if received != SIGPIPE && Interruption.takeAsRequest(received) { return }
          TemporaryFileCleanup.removeRegistered()
          signal(received, SIG_DFL)
          raise(received)
        }
      }
      sigprocmask(SIG_UNBLOCK, &handled, nil)  // a mask inherited from the parent would hold them back
    }
  }

  /// Unlinks every registered path (from the signal handler: no allocation, no lock).
  private static func removeRegistered() {
    for slot in 0..<slotCount where slots[slot * slotSize] != 0 {
      unlink(slots + slot * slotSize)
    }
  }
}
