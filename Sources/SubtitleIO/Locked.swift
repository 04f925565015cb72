#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A value that threads share behind a POSIX mutex.
///
/// Not `Synchronization.Mutex`: on Linux that waits on futexes directly, which ThreadSanitizer
/// cannot see, so it would report every access as a race; a pthread mutex it understands.
public final class Locked<Value>: @unchecked Sendable {  // every access holds the mutex
  private var value: Value
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>

  /// `value`, shared from now on.
  public init(_ value: Value) {
    self.value = value
    mutex = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Runs `body` on the value, with no other thread touching it meanwhile.
  public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body(&value)
  }
}
