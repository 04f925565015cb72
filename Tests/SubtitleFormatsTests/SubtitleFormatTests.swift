import SubkitTestSupport
import SubtitleFormats
import SubtitleTimeline
import Testing
import TextUnicode

@Suite struct SubtitleFormatTests {
  @Test func namesAndExtensions() {
    #expect(SubtitleFormat(name: "WebVTT") == .vtt)
    #expect(SubtitleFormat(path: "dir.v2/film.SRT") == .srt)
    #expect(SubtitleFormat(path: "dir.json/film") == nil)
  }

  @Test func sniffsContent() {
    #expect(SubtitleFormat(sniffing: Array("\u{FEFF}WEBVTT\n".utf8)) == .vtt)
    #expect(SubtitleFormat(sniffing: Array("1\n00:00:01,000 --> 00:00:02,000\n".utf8)) == .srt)
    #expect(SubtitleFormat(sniffing: Array("{\"format\":\"subkit-timeline\"".utf8)) == .json)
    #expect(SubtitleFormat(sniffing: Array("{\"kind\":\"header\",\"title\":\"\"}\n".utf8)) == .jsonl)
    #expect(SubtitleFormat(sniffing: Array("hello".utf8)) == nil)
  }
}

/// Every file in `Formats/Encodings/` reads to the same cues as its UTF-8 original.
@Suite struct EncodingFixtureTests {
  static let folder = PackagePaths.path("Formats/Encodings")

  private func cues(_ name: String) throws -> [String] {
    try Subtitles.read("\(Self.folder)/\(name)").cues.map {
      "\($0.start) \($0.end) \($0.content.plainText) \($0.lineLanguages)"
    }
  }

  @Test(arguments: [
    "dialogue.gb18030.srt", "dialogue.utf16le.srt", "dialogue.utf16be.srt", "dialogue.utf16le-bom.srt",
    "dialogue.utf16be-bom.srt", "dialogue.utf32le-bom.srt", "dialogue.utf32be-bom.srt",
  ])
  func legacyAndUnicodeEncodingsReadLikeUTF8(name: String) throws {
    #expect(try cues(name) == cues("dialogue.utf8.srt"))
  }

  @Test func big5ReadsLikeUTF8() throws {
    #expect(try cues("traditional.big5.srt") == cues("traditional.utf8.srt"))
  }

  @Test func undecodableBytesAreWarnedOrRefused() throws {
    let collector = FindingCollector()
    let document = try Subtitles.read("\(Self.folder)/undecodable.gb18030.srt", reporter: collector.reporter())
    // 0xFF 0xFF is two bytes that start nothing: each becomes a replacement character.
    #expect(document.cues.map(\.content.plainText) == ["回家\u{FFFD}过年", "火车\u{FFFD}\u{FFFD}"])
    #expect(collector.messages.filter { $0.contains("U+FFFD") }.count == 3)
    #expect(throws: SubtitleError.self) {
      try Subtitles.read(
        "\(Self.folder)/undecodable.gb18030.srt", encoding: TextEncoding(name: "GB18030"),
        reporter: FindingCollector().reporter(strict: true))
    }
  }

  /// TTML in UTF-16, declared so; in ISO-8859-1, declared so; in UTF-8, declared ISO-8859-1 (a
  /// mistake editors make): each reads as the same text.
  @Test func xmlDeclarationsNameTheEncodingUnlessTheBytesAreUTF8() throws {
    let text = "<tt xmlns='http://www.w3.org/ns/ttml'><body><div><p begin='1s' end='2s'>Café</p></div></body></tt>\n"
    let utf16: [UInt8] =
      [0xFF, 0xFE]
      + ("<?xml version='1.0' encoding='UTF-16'?>\n" + text).utf16.flatMap {
        [UInt8($0 & 0xFF), UInt8($0 >> 8)]
      }
    let latin1: [UInt8] =
      Array("<?xml version='1.0' encoding='ISO-8859-1'?>\n".utf8) + text.unicodeScalars.map { UInt8($0.value) }
    let mislabelled: [UInt8] = Array("<?xml version='1.0' encoding='ISO-8859-1'?>\n".utf8) + Array(text.utf8)
    for bytes in [utf16, latin1, mislabelled] {
      let input = try Subtitles.open(MemoryByteSource(bytes), name: "t.ttml")
      #expect(try input.reader.readDocument().cues.map(\.content.plainText) == ["Café"])
    }
    #expect(TextEncoding.detect(latin1).name == "ISO-8859-1")
  }

  /// A declaration is followed without a warning; one the bytes contradict is overridden with one;
  /// one that cannot be read in ASCII (UCS-2, UTF-32, EBCDIC) or names UTF-7 is not believed.
  @Test func xmlDeclarationsAreBelievedOnlyWhereTheyCanBeTrue() throws {
    let body = "<tt xmlns='http://www.w3.org/ns/ttml'><body><div><p begin='1s' end='2s'>Hi+1</p></div></body></tt>\n"
    func read(_ declared: String, _ text: String = body) throws -> (text: [String], warnings: [String]) {
      let collector = FindingCollector()
      let bytes = Array("<?xml version='1.0' encoding='\(declared)'?>\n\(text)".utf8)
      let input = try Subtitles.open(MemoryByteSource(bytes), name: "t.ttml", reporter: collector.reporter())
      return (try input.reader.readDocument().cues.map(\.content.plainText), collector.messages)
    }
    #expect(try read("ISO-8859-1") == (["Hi+1"], []))
    #expect(try read("US-ASCII") == (["Hi+1"], []))
    for unbelievable in ["UCS-2", "UTF-32", "IBM037", "UTF-7", "unicode"] {
      #expect(try read(unbelievable) == (["Hi+1"], []), "\(unbelievable)")
    }
    let mislabelled = try read("ISO-8859-1", body.replacingOccurrences(of: "Hi+1", with: "Café"))
    #expect(mislabelled.text == ["Café"])
    #expect(mislabelled.warnings == ["the XML declaration says ISO-8859-1, but the text is UTF-8; read as UTF-8"])
    #expect(TextEncoding.detect(Array("<?xml version='1.0' encoding='GBK'?>".utf8)).name.uppercased() == "GB18030")
  }
}
