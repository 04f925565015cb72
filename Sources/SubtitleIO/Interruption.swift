import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A batch's graceful stop on SIGINT, SIGTERM or SIGHUP: the first signal asks the batch to start
/// no new file (the files in flight stop between cues and discard their output); a second ends
/// the process at once, its temporary files removed.
///
/// ```swift
/// Interruption.stopGracefully()
/// for file in files where !Interruption.isRequested { … }
/// if Interruption.isRequested { Interruption.endAsSignalled() }
/// ```
public enum Interruption {
  /// 0: signals end the process; -1: a batch stops gracefully, no signal yet; above 0: the signal received.
  private static let state = Atomic<Int32>(0)

  /// From now on, the first SIGINT, SIGTERM or SIGHUP only asks the batch to stop.
  public static func stopGracefully() {
    TemporaryFileCleanup.installHandlers()
    _ = state.compareExchange(expected: 0, desired: -1, ordering: .sequentiallyConsistent)
  }

  /// The signal that asked the batch to stop; nil when none did.
  public static var receivedSignal: Int32? {
    let value = state.load(ordering: .sequentiallyConsistent)
    return value > 0 ? value : nil
  }

  /// Whether a signal asked the batch to stop.
  public static var isRequested: Bool { receivedSignal != nil }

  /// Ends the process as the signal that stopped the batch would have, once the batch has cleaned
  /// up (a shell then sees it killed by that signal, and a loop around it stops too).
  public static func endAsSignalled() -> Never {
    let received = receivedSignal ?? SIGINT
    signal(received, SIG_DFL)
    raise(received)
    exit(128 + received)
  }

  /// Called by the signal handler: takes `signal` as the request to stop when a batch asked for a
  /// graceful stop and none came yet.
  static func takeAsRequest(_ signal: Int32) -> Bool {
    state.compareExchange(expected: -1, desired: signal, ordering: .sequentiallyConsistent).exchanged
  }
}
