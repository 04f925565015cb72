import Dispatch
import SubtitleIO

/// Runs a batch's items on several workers at once and hands their results back in input order,
/// whatever order they finish in.
///
/// The workers are child tasks of one task group (structured concurrency) on the batch's own
/// threads (`WorkerThreads`): at most `jobs` run at a time, each a whole item, so the state of one
/// file never crosses threads.
public enum BatchRunner {
  /// Runs `work` for each index of `0..<count`, up to `jobs` at once, delivering in index order.
  ///
  /// `deliver` runs on the calling thread with each result as soon as it and every one before it
  /// are done. Once `Interruption.isRequested` no item starts; returns how many started (items
  /// from there on never ran).
  public static func run<Result: Sendable>(
    count: Int, jobs: Int, work: @escaping @Sendable (Int) -> Result, deliver: (Int, Result) -> Void
  ) -> Int {
    guard jobs > 1 && count > 1 else {
      for index in 0..<count {
        if Interruption.isRequested { return index }
        deliver(index, work(index))
      }
      return count
    }
    let results = ResultQueue<Result>()
    let threads = WorkerThreads(count: min(jobs, count))
    defer { threads.stop() }
    Task.detached(executorPreference: threads) {
      let started = await withTaskGroup(of: Void.self, returning: Int.self) { group in
        var next = 0
        func startNext() {
          guard next < count, !Interruption.isRequested else { return }
          let index = next
          next += 1
          group.addTask { results.put(index, work(index)) }
        }
        for _ in 0..<min(jobs, count) { startNext() }
        for await _ in group { startNext() }
        return next
      }
      results.finish(started: started)
    }
    var delivered = 0
    while let result = results.take(delivered) {
      deliver(delivered, result)
      delivered += 1
    }
    return delivered
  }
}

/// Results handed from the workers to the delivering thread: kept by index until their turn.
final class ResultQueue<Result: Sendable>: Sendable {
  private let state = Locked((waiting: [Int: Result](), started: Int?.none))
  private let arrived = DispatchSemaphore(value: 0)

  /// Keeps the result of item `index`.
  func put(_ index: Int, _ result: Result) {
    state.withLock { $0.waiting[index] = result }
    arrived.signal()
  }

  /// Says no more items will start: `started` did.
  func finish(started: Int) {
    state.withLock { $0.started = started }
    arrived.signal()
  }

  /// The result of item `index`, once it has arrived; nil when that item never started.
  func take(_ index: Int) -> Result? {
    while true {
      let (result, over) = state.withLock { state in
        (state.waiting.removeValue(forKey: index), state.started.map { index >= $0 } ?? false)
      }
      if let result { return result }
      if over { return nil }
      arrived.wait()
    }
  }
}
