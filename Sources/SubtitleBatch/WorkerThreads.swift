import Dispatch
import SubtitleIO

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A batch's own threads, as a task executor: the workers' file work blocks (it reads and writes
/// files), so it runs here rather than on the threads Swift shares among all tasks, and `-j`
/// beyond the core count still means that many files at once.
final class WorkerThreads: TaskExecutor, @unchecked Sendable {  // its state is behind the mutex
  private let state = Locked((jobs: [UnownedJob](), stopping: false))
  private let ready = DispatchSemaphore(value: 0)
  private let count: Int

  /// `count` threads, waiting for jobs.
  init(count: Int) {
    self.count = count
    for _ in 0..<count {
      var thread = pthread_t()
      let context = Unmanaged.passRetained(self).toOpaque()
      pthread_create(
        &thread, nil,
        { context in
          guard let context else { return nil }
          Unmanaged<WorkerThreads>.fromOpaque(context).takeRetainedValue().serve()
          return nil
        }, context)
      pthread_detach(thread)
    }
  }

  /// Queues `job` for the next free thread.
  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    state.withLock { $0.jobs.append(job) }
    ready.signal()
  }

  /// Lets the threads end once the queued jobs are done.
  func stop() {
    state.withLock { $0.stopping = true }
    for _ in 0..<count { ready.signal() }
  }

  /// One thread's life: run jobs in the order they came, until stopped.
  private func serve() {
    while true {
      ready.wait()
      let next = state.withLock { state -> (job: UnownedJob?, over: Bool) in
        state.jobs.isEmpty ? (nil, state.stopping) : (state.jobs.removeFirst(), false)
      }
      if let job = next.job { job.runSynchronously(on: asUnownedTaskExecutor()) }
      if next.over { return }
    }
  }
}
