import SubtitleTimeline
import Testing

/// Reading a whole source, up to a limit.
@Suite struct ByteSourceTests {
  @Test func aSourcePastItsLimitIsRefusedNamingTheLimit() throws {
    let source = MemoryByteSource(String(repeating: "a", count: 3000))
    let error = try #require(throws: SubtitleError.self) { try source.readAll(limit: 2048, name: "c.yml") }
    #expect(error.description == "c.yml: error: larger than 2 KiB")  // it once said "0 MiB"
    #expect(try MemoryByteSource("abc").readAll(limit: 3, name: "d") == Array("abc".utf8))
  }
}
