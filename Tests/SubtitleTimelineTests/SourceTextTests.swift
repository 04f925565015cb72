import SubtitleTimeline
import Testing

/// The byte-level helpers agree with the obvious slow answers on many generated inputs.
@Suite struct SourceTextTests {
  /// Deterministic pseudo-random bytes, biased towards the bytes the helpers look for.
  private static func samples() -> [[UInt8]] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let interesting: [UInt8] = [
      0x0A, 0x0D, 0x2D, 0x3E, 0x3C, 0x7B, 0x26, 0x20, 0x41, 0xE4, 0xB8, 0x80, 0xEF, 0xBF, 0xBD, 0xF0, 0x9F, 0xC3, 0xED,
      0xA0, 0xFF,
    ]
    return (0..<2000).map { index in
      (0..<(index % 41)).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let pick = Int(state >> 33)
        return pick % 3 == 0 ? UInt8(truncatingIfNeeded: pick >> 8) : interesting[pick % interesting.count]
      }
    }
  }

  @Test func validationMatchesTheStandardLibrary() {
    for sample in Self.samples() {
      sample.withUnsafeBufferPointer { bytes in
        let expected = String(validating: bytes, as: UTF8.self) != nil
        #expect(SourceText.isValidUTF8(bytes) == expected, "\(sample)")
        #expect(SourceText.decode(bytes).valid == expected, "\(sample)")
        #expect(SourceText.isASCII(bytes) == bytes.allSatisfy { $0 < 0x80 })
      }
    }
  }

  @Test func occurrencesMatchAPlainSearch() {
    for sample in Self.samples() {
      sample.withUnsafeBufferPointer { bytes in
        let found = ByteComparison.occurrences(of: 0x2D, 0x3C, 0x7B, in: bytes)
        #expect((found & 1 != 0) == bytes.contains(0x2D))
        #expect((found & 2 != 0) == bytes.contains(0x3C))
        #expect((found & 4 != 0) == bytes.contains(0x7B))
        let arrow = sample.indices.contains {
          $0 + 2 < sample.count && sample[$0...($0 + 2)].elementsEqual([0x2D, 0x2D, 0x3E])
        }
        #expect(ByteComparison.containsArrow(bytes) == arrow, "\(sample)")
      }
    }
  }

  @Test func comparesBytes() {
    let a: [UInt8] = Array("多年以后，张家的故事".utf8)
    var b = a
    a.withUnsafeBufferPointer { left in b.withUnsafeBufferPointer { #expect(ByteComparison.equal(left, $0)) } }
    b[b.count - 1] ^= 1
    a.withUnsafeBufferPointer { left in b.withUnsafeBufferPointer { #expect(!ByteComparison.equal(left, $0)) } }
  }

  @Test func scriptOfRawLines() {
    for (line, language) in [("Going home", "en"), ("回家过年", "zh-Hans"), ("12:30", nil), ("Zhang 张", "zh-Hans")] {
      Array(line.utf8).withUnsafeBufferPointer { #expect(ScriptCounter.language(of: $0) == language) }
    }
  }
}
