import SubtitleBatch
import Synchronization
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct BatchRunnerTests {
  @Test(arguments: [1, 2, 4, 16])
  func resultsComeInInputOrderWhateverFinishesFirst(jobs: Int) {
    let running = Atomic<Int>(0)
    let most = Atomic<Int>(0)
    var delivered: [Int] = []
    let started = BatchRunner.run(count: 60, jobs: jobs) { index in
      let now = running.add(1, ordering: .relaxed).newValue
      _ = most.max(now, ordering: .relaxed)
      usleep(UInt32((index * 7919) % 5 * 1000))  // later items often finish first
      running.subtract(1, ordering: .relaxed)
      return index * index
    } deliver: { index, square in
      #expect(square == index * index)
      delivered.append(index)
    }
    #expect(started == 60)
    #expect(delivered == Array(0..<60))
    #expect(most.load(ordering: .relaxed) <= jobs)
  }

  @Test func nothingRunsForNoItems() {
    var calls = 0
    #expect(BatchRunner.run(count: 0, jobs: 4, work: { $0 }, deliver: { _, _ in calls += 1 }) == 0)
    #expect(calls == 0)
  }
}
