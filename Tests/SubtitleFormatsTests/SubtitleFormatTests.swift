import SubtitleFormats
import Testing

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
