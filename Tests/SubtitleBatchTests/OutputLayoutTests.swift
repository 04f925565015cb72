import SubtitleBatch
import Testing

@Suite struct OutputLayoutTests {
  @Test func keepsTheRelativePathAndChangesTheExtension() {
    let layout = OutputLayout(directory: "web")
    #expect(
      layout.path(for: BatchInput(path: "lib/s1/e01.srt", relativePath: "s1/e01.srt"), format: .vtt) == "web/s1/e01.vtt"
    )
    #expect(layout.path(for: BatchInput(path: "e01"), format: .ttml) == "web/e01.ttml")
    #expect(layout.path(for: BatchInput(path: ".hidden"), format: .srt) == "web/.hidden.srt")
    #expect(
      OutputLayout(directory: "web/", suffix: ".zh").path(for: BatchInput(path: "a.b.srt"), format: .vtt)
        == "web/a.b.zh.vtt")
  }

  @Test func namedInputsStayInsideTheFolder() {
    #expect(BatchInput(path: "../../etc/x.srt").relativePath == "etc/x.srt")
    #expect(BatchInput(path: "/abs/./y.srt").relativePath == "abs/y.srt")
    #expect(BatchInput(path: "-").relativePath == "stdin")
    // '/' followed by a combining mark is one Character: paths are split at the byte.
    #expect(BatchInput(path: "../\u{05BB}x.srt").relativePath == "\u{05BB}x.srt")
    #expect(
      OutputLayout(directory: "out").path(for: BatchInput(path: "a/\u{05BB}"), format: .vtt) == "out/a/\u{05BB}.vtt")
  }
}
