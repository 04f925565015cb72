import SubkitTestSupport
import SubtitleBatch
import SubtitleTimeline
import Testing

@Suite struct BatchInputsTests {
  static let srt = "1\n00:00:01,000 --> 00:00:02,000\n回家\nGoing home\n\n"

  @Test func aFolderSearchTakesSubtitlesByExtensionAndByContent() throws {
    try TestFiles.withScratchDirectory { root in
      for (name, text) in [
        ("lib/b/e2.srt", Self.srt), ("lib/a/e1.vtt", "WEBVTT\n"), ("lib/notes.txt", "shopping list\n"),
        ("lib/untitled", Self.srt), ("lib/cover.jpg", Self.srt), ("lib/.hidden/e3.srt", Self.srt),
        ("lib/package.json", "{\"name\": \"x\"}\n"), ("lib/feed.xml", "<rss/>\n"),
        ("lib/z.xml", "<tt xmlns=\"http://www.w3.org/ns/ttml\"><body/></tt>\n"),
      ] {
        try TestFiles.write(text, toPath: "\(root)/\(name)")
      }
      let found = try BatchInputs.collect(["\(root)/lib"], recursive: true)
      #expect(found.map(\.relativePath) == ["a/e1.vtt", "b/e2.srt", "untitled", "z.xml"])
      #expect(found.first?.path == "\(root)/lib/a/e1.vtt")
    }
  }

  /// A name starting with a combining mark makes one Character of the slash before it.
  @Test func aNameStartingWithACombiningMarkKeepsItsRelativePath() throws {
    try TestFiles.withScratchDirectory { root in
      try TestFiles.write(Self.srt, toPath: "\(root)/lib/a.srt")  // Foundation cannot find the folder of the next
      try TestFiles.write(Self.srt, toPath: "\(root)/lib/\u{05BB}x.srt")
      let found = try BatchInputs.collect(["\(root)/lib"], recursive: true)
      #expect(found.map(\.relativePath) == ["a.srt", "\u{05BB}x.srt"])
    }
  }

  @Test func aFolderWithoutRecursiveIsRefused() throws {
    try TestFiles.withScratchDirectory { root in
      _ = #expect(throws: SubtitleError.self) { try BatchInputs.collect([root], recursive: false) }
    }
  }

  @Test func listsAreReadNewlineOrNULSeparatedAndEachInputComesOnce() throws {
    try TestFiles.withScratchDirectory { root in
      try TestFiles.write("a.srt\r\nb c.srt\n\na.srt\n", toPath: "\(root)/list")
      try TestFiles.write("x.srt\0with\nnewline.srt\0", toPath: "\(root)/list0")
      let lines = try BatchInputs.collect(["first.srt", "a.srt"], recursive: false, listedIn: "\(root)/list")
      #expect(lines.map(\.path) == ["first.srt", "a.srt", "b c.srt"])
      let nul = try BatchInputs.collect([], recursive: false, listedIn: "\(root)/list0", separator: 0)
      #expect(nul.map(\.path) == ["x.srt", "with\nnewline.srt"])
    }
  }
}
