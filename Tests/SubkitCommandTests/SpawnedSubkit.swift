import Foundation

/// A `subkit` run started as a shell starts it, with every signal at its default action (the test
/// runner ignores SIGPIPE, and a child started by `Process` inherits that), for tests that signal it.
final class SpawnedSubkit {
  /// The child's process id.
  let pid: pid_t
  /// The reading end of a pipe from the child's standard error, when it was asked for one.
  private(set) var diagnostics: Int32?
  /// The child's wait status, once it has ended.
  private var waitStatus: Int32?

  /// Starts `subkit arguments`; standard error goes to a pipe when `pipingDiagnostics`, else nowhere.
  init(_ arguments: [String], pipingDiagnostics: Bool) throws {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigfillset(&defaults)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var ends: [Int32] = [-1, -1]
    if pipingDiagnostics {
      guard pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
      posix_spawn_file_actions_adddup2(&actions, ends[1], 2)
      posix_spawn_file_actions_addclose(&actions, ends[0])
      posix_spawn_file_actions_addclose(&actions, ends[1])
    } else {
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    let argv = ([subkitBinary] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid = pid_t()
    let failed = posix_spawn(&pid, subkitBinary, &actions, &attributes, argv, environ)
    if pipingDiagnostics {
      close(ends[1])
      diagnostics = ends[0]
    }
    guard failed == 0 else { throw POSIXError(POSIXErrorCode(rawValue: failed) ?? .EINVAL) }
    self.pid = pid
  }

  /// Whether the child is still running.
  var isRunning: Bool {
    guard waitStatus == nil else { return false }
    var status: Int32 = 0
    if waitpid(pid, &status, WNOHANG) == pid { waitStatus = status }
    return waitStatus == nil
  }

  /// The signal that ended the child, once it has ended by one.
  var endingSignal: Int32? {
    guard let status = waitStatus, status & 0x7F != 0, status & 0x7F != 0x7F else { return nil }
    return status & 0x7F
  }

  /// Closes the reading end of the standard error pipe: the child's next diagnostic meets no reader.
  func closeDiagnostics() {
    if let diagnostics { close(diagnostics) }
    diagnostics = nil
  }

  /// Waits up to ten seconds for the child to end, then kills it; whether it ended by itself.
  func waitForEnd() -> Bool {
    for _ in 0..<1000 where isRunning { usleep(10_000) }
    guard isRunning else { return true }
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    waitStatus = status
    return false
  }

  deinit {
    closeDiagnostics()
  }
}
