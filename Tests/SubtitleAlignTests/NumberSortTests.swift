import Testing

@testable import SubtitleAlign

/// The offset sweep's bucket sort puts numbers in the order the standard library's sort does.
@Suite struct NumberSortTests {
  @Test(arguments: [0, 1, 2, 17, 1000])
  func sortsAsTheStandardLibraryDoes(count: Int) {
    var generator = SystemRandomNumberGenerator()
    let values = (0..<count).map { _ in Double.random(in: -5000..<5000, using: &generator).rounded() }
    #expect(values.sortedNumbers(within: -5000...5000) == values.sorted())
  }

  @Test func clusteredAndEqualValuesAndATinyRangeAreSorted() {
    let clustered = (0..<500).map { Double(($0 * 7919) % 13) } + [0.25, 12.75]
    #expect(clustered.sortedNumbers(within: 0...13) == clustered.sorted())
    // The sync fuzz target's hang: a cue 10^14 ms away put every breakpoint in one bucket.
    let bunched = (0..<5000).map { Double(($0 * 7919) % 10007) } + [1e14]
    #expect(bunched.sortedNumbers(within: 0...1e14) == bunched.sorted())
    let point = [3.0, 3.0, 3.0]
    #expect(point.sortedNumbers(within: 3...3) == point)
  }
}
