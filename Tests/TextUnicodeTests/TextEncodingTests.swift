import SubkitTestSupport
import SubtitleTimeline
import Testing

@testable import TextUnicode

/// Detection and conversion of the encodings Chinese subtitles arrive in.
@Suite struct TextEncodingTests {
  static let text = "1\n00:00:01,000 --> 00:00:02,000\n回家过年\n火车站\n"

  /// The text in UTF-16, little or big endian, without a byte order mark.
  static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
    text.utf16.flatMap { unit in
      littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
    }
  }

  @Test func utf8IsLeftAlone() {
    #expect(TextEncoding.detect(Array(Self.text.utf8)).isUTF8)
    #expect(TextEncoding.detect([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8)).isUTF8)
    // A prefix may end inside a character.
    #expect(TextEncoding.detect(Array(Array(Self.text.utf8).dropLast(2))).isUTF8)
    // A few bad bytes in UTF-8 text are replaced, not a reason to read the whole file as GB18030.
    let damaged = Array("全是为了孩子，为了年迈的父母，\nIt's all for our children, ".utf8) + [0xFF, 0xFE, 0xC3, 0x28]
    #expect(TextEncoding.detect(damaged).isUTF8)
  }

  @Test func utf16WithoutAMarkIsToldByItsLineFeeds() {
    #expect(TextEncoding.detect(Self.utf16(Self.text, littleEndian: true)).name == "UTF-16LE")
    #expect(TextEncoding.detect(Self.utf16(Self.text, littleEndian: false)).name == "UTF-16BE")
    // Han text alone, which ICU's detector reads as the wrong endianness, with one line feed.
    #expect(TextEncoding.detect(Self.utf16("回家过年火车站回家过年\n", littleEndian: true)).name == "UTF-16LE")
    // A prefix may end inside a character.
    #expect(TextEncoding.detect(Self.utf16(Self.text, littleEndian: false).dropLast()).name == "UTF-16BE")
  }

  /// Random bytes (and a `0A 00` among them) are not read as UTF-16 that replaces every other
  /// character with a warning: ICU's guesses for them are under 50% sure, and one reads every byte.
  @Test func binaryIsReadInAnEncodingThatReplacesNothing() throws {
    let raw = try #require(PackagePaths.bytes("Formats/hostile/binary.srt"))
    for bytes in [raw, [0x0A, 0x00] + raw] {
      let detected = TextEncoding.detect(bytes)
      #expect(!detected.name.hasPrefix("UTF-16"), "\(detected)")
      #expect(try !convert(bytes, from: detected.name).contains("\u{FFFD}"), "\(detected)")
    }
  }

  @Test func byteOrderMarksDecide() {
    #expect(TextEncoding.detect([0xFF, 0xFE, 0x31, 0x00]).name == "UTF-16")
    #expect(TextEncoding.detect([0xFE, 0xFF, 0x00, 0x31]).name == "UTF-16")
    #expect(TextEncoding.detect([0xFF, 0xFE, 0x00, 0x00, 0x31, 0x00, 0x00, 0x00]).name == "UTF-32")
    #expect(TextEncoding.detect([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x31]).name == "UTF-32")
  }

  /// A byte order mark asked for is written once, also where ICU's converter writes its own (UTF-16
  /// and UTF-32 wrote two), and reads back as the text it marks.
  @Test(arguments: ["UTF-16", "UTF-32", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"])
  func aByteOrderMarkIsWrittenOnceAndReadBack(name: String) throws {
    let encoding = try #require(TextEncoding(name: name))
    let sink = MemoryByteSink()
    let output = try TranscodingByteSink(sink, to: encoding, byteOrderMark: true, name: "o")
    try Array("1\n回家".utf8).withUnsafeBytes { try output.write($0) }
    try output.finish()
    let marks = try convert(sink.bytes, from: name).unicodeScalars.filter { $0 == "\u{FEFF}" }.count
    #expect(marks == (encoding.writesByteOrderMark ? 0 : 1), "ICU keeps a mark it did not write")
    let detected = TextEncoding.detect(sink.bytes)
    #expect(try convert(sink.bytes, from: detected.name).replacing("\u{FEFF}", with: "") == "1\n回家", "\(detected)")
  }

  /// ICU's detector can name an order of EBCDIC Arabic (`IBM420_ltr`) no converter opens; detection
  /// only ever answers with an encoding that converts (found by the encoding fuzzer).
  @Test func detectionAnswersOnlyWithEncodingsThatConvert() throws {
    let raw = try #require(PackagePaths.bytes("Formats/hostile/ebcdic-detected.srt"))
    let detected = TextEncoding.detect(raw)
    #expect(TextEncoding(name: detected.name) != nil, "\(detected.name)")
  }

  @Test func namesAreICUs() throws {
    #expect(try #require(TextEncoding(name: "gbk")).name.isEmpty == false)
    #expect(TextEncoding(name: "no-such-encoding") == nil)
  }

  private func convert(_ bytes: [UInt8], from name: String, collector: FindingCollector = FindingCollector())
    throws -> String
  {
    let source = try TranscodingByteSource(
      MemoryByteSource(bytes), from: try #require(TextEncoding(name: name)), sourceName: "t",
      reporter: collector.reporter())
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 7)  // small chunks: characters cut between reads
    while true {
      let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
      if count == 0 { break }
      output += chunk[0..<count]
    }
    return String(decoding: output, as: UTF8.self)
  }

  @Test func convertsInSmallChunksWithoutLosingCharacters() throws {
    #expect(try convert(Self.utf16(Self.text, littleEndian: true), from: "UTF-16LE") == Self.text)
    #expect(try convert([0xFF, 0xFE] + Self.utf16(Self.text, littleEndian: true), from: "UTF-16") == Self.text)
  }

  @Test func undecodableBytesBecomeReplacementCharactersAndAreReportedWhereTheyStand() throws {
    // "回家" in GB18030, then 0x80 (not GB18030), then a line feed and "过".
    let bytes: [UInt8] = [0xBB, 0xD8, 0xBC, 0xD2, 0x80, 0x0A, 0xB9, 0xFD]
    let collector = FindingCollector()
    #expect(try convert(bytes, from: "GB18030", collector: collector) == "回家\u{FFFD}\n过")
    let warning = try #require(collector.findings.first)
    #expect(warning.location.line == 1 && warning.location.column == 7)
    #expect(throws: SubtitleError.self) {
      let strict = FindingCollector()
      _ = try TranscodingByteSource(
        MemoryByteSource(bytes), from: try #require(TextEncoding(name: "GB18030")), sourceName: "t",
        reporter: strict.reporter(strict: true)
      )
      .read(into: UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: 1))
    }
  }

  @Test func writesOtherEncodingsAndCountsWhatTheyCannotHold() throws {
    let sink = MemoryByteSink()
    let big5 = try TranscodingByteSink(
      sink, to: try #require(TextEncoding(name: "Big5")), byteOrderMark: false, name: "o")
    try Array("真實 我们".utf8).withUnsafeBytes { try big5.write($0) }
    try big5.finish()
    #expect(big5.errorCount == 1)  // 们 is Simplified: Big5 has no such character
    #expect(try convert(sink.bytes, from: "Big5") == "真實 我?")
  }

  /// XML and JSON can write any character in ASCII: as references and escapes, nothing lost (the
  /// substitute, 0x1A in US-ASCII, is a control character neither may hold).
  @Test(arguments: [
    (UnencodableCharacters.xmlReferences, "home &#x56DE;&#x5BB6; &#x20000;", 0),
    (.jsonEscapes, "home \\u56DE\\u5BB6 \\uD840\\uDC00", 0), (.substituted, "home \u{1A}\u{1A} \u{1A}", 3),
  ])
  func charactersAnEncodingCannotHoldAreEscapedWhereTheFormatCan(
    unencodable: UnencodableCharacters, expected: String, lost: Int64
  ) throws {
    let sink = MemoryByteSink()
    let ascii = try TranscodingByteSink(
      sink, to: try #require(TextEncoding(name: "US-ASCII")), byteOrderMark: false, name: "o", unencodable: unencodable)
    try Array("home 回家 𠀀".utf8).withUnsafeBytes { try ascii.write($0) }
    try ascii.finish()
    #expect(String(decoding: sink.bytes, as: UTF8.self) == expected)
    #expect(ascii.errorCount == lost)
  }
}
