import SubkitTestSupport
import SubtitleBatch
import SubtitleTimeline
import Testing

#if canImport(Glibc)
  import Glibc
#endif

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

  /// A name that is not UTF-8 cannot be opened again by its text (U+FFFD stands for its bytes): the
  /// search warns of it and goes on; it was skipped in silence.
  @Test func aNameThatIsNotUTF8IsSkippedWithAWarning() throws {
    try TestFiles.withScratchDirectory { root in
      try TestFiles.write(Self.srt, toPath: "\(root)/lib/a.srt")
      let name = Array("\(root)/lib/b".utf8) + [0xFF] + Array(".srt".utf8) + [0]
      let descriptor = name.withUnsafeBytes {
        open($0.baseAddress!.assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644)
      }
      #expect(descriptor >= 0)
      close(descriptor)
      let warnings = FindingCollector()
      let found = try BatchInputs.collect(["\(root)/lib"], recursive: true, reporter: warnings.reporter())
      #expect(found.map(\.relativePath) == ["a.srt"])
      #expect(warnings.messages == ["skipped: its name is not UTF-8 (rename it to read it)"])
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

  /// A NUL in a list of lines is refused where it stands: the system would open the path cut at it.
  @Test func aNULInAListOfLinesIsAnErrorAtItsLine() throws {
    let error = #expect(throws: SubtitleError.self) {
      try BatchInputs.paths(in: Array("a.srt\nb.srt\0.x\n".utf8), separator: 0x0A, name: "list")
    }
    #expect(error?.finding.location == SourceLocation(file: "list", line: 2, column: 6))
    #expect(
      try BatchInputs.paths(in: Array("a.srt\0b\nc.srt\0".utf8), separator: 0, name: "l") == ["a.srt", "b\nc.srt"])
  }
}
