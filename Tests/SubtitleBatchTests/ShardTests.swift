import SubtitleBatch
import Testing

@Suite struct ShardTests {
  let inputs = (1...500).map { BatchInput(path: "season/e\($0).srt") }

  @Test func readsKOfN() {
    #expect(Shard("2/8") == Shard("2/8"))
    #expect(Shard("2/8")?.index == 2)
    #expect(Shard("2/8")?.count == 8)
    for bad in ["0/4", "5/4", "1/0", "1", "a/b", "1/2/3", "-1/2", ""] { #expect(Shard(bad) == nil, "\(bad)") }
  }

  @Test func thePartsCoverEveryInputOnce() throws {
    let parts = try (1...4).map { index in try #require(Shard("\(index)/4")) }
    for input in inputs { #expect(parts.filter { $0.contains(input) }.count == 1) }
    // Hashing spreads them: no part is far from a quarter.
    for part in parts { #expect((90...160).contains(inputs.filter { part.contains($0) }.count)) }
  }

  @Test func aPartDoesNotDependOnTheOrderOrTheRootOfTheList() throws {
    let part = try #require(Shard("3/7"))
    let chosen = Set(inputs.filter { part.contains($0) }.map(\.relativePath))
    let reordered = Set(inputs.reversed().filter { part.contains($0) }.map(\.relativePath))
    #expect(chosen == reordered)
    let elsewhere = inputs.map { BatchInput(path: "/mnt/library/" + $0.relativePath, relativePath: $0.relativePath) }
    #expect(Set(elsewhere.filter { part.contains($0) }.map(\.relativePath)) == chosen)
  }
}
