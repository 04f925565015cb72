import Foundation
import SubkitTestSupport
import Testing

/// `subkit report` read by a real browser: headless Chromium (Debian's `chromium`, which
/// Scripts/test installs) loads each page; what its script built must match `check --format json`,
/// and its console must stay empty.
@Suite(.serialized) struct ReportCommandTests {
  /// Where the screenshots go: Scripts/test keeps them as artifacts (never compared to a golden image).
  static let screenshots = PackagePaths.path(".build/report-screenshots")

  /// What Chromium made of the page at `path`: its DOM after the scripts ran, and its console.
  func browse(_ path: String, screenshot: String? = nil) throws -> (dom: String, console: [String]) {
    let flags = "--headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=5000"
    let run = try shell("chromium \(flags) --enable-logging=stderr --v=0 --dump-dom 'file://\(path)'")
    #expect(run.status == 0, "chromium: \(run.stderr.suffix(500))")
    if let screenshot {
      try FileManager.default.createDirectory(atPath: Self.screenshots, withIntermediateDirectories: true)
      let shot = try shell(
        "chromium \(flags) --window-size=1400,1400 --screenshot='\(Self.screenshots)/\(screenshot)' 'file://\(path)'")
      #expect(shot.status == 0 && FileManager.default.fileExists(atPath: "\(Self.screenshots)/\(screenshot)"))
    }
    let console = run.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
    return (run.stdout, console)
  }

  /// The number in the attribute `name` of the DOM, nil when absent.
  func attribute(_ name: String, in dom: String) -> Int? {
    guard let range = dom.range(of: "\(name)=\"") else { return nil }
    return Int(dom[range.upperBound...].prefix { $0.isNumber })
  }

  /// The finding rows in the table's view (not the script's text that makes them).
  func findingRows(in dom: String) -> Int {
    dom.components(separatedBy: "<tr class=\"finding sev-").dropFirst().filter { $0.first?.isNumber == true }.count
  }

  /// What `check --format json` says with `arguments` (inputs and options): the cues, the findings,
  /// the first one's message.
  func checked(_ arguments: [String]) throws -> (cues: Int, findings: Int, first: String?) {
    let run = try subkit(["check", "--format", "json"] + arguments)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let summary = try #require(object["summary"] as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    return (try #require(summary["cues"] as? Int), findings.count, findings.first?["message"] as? String)
  }

  /// Checks the findings table of `dom` against `expected`: the table holds every finding, and the
  /// rows in view (the table draws only those) start with the first.
  func expectFindings(in dom: String, _ expected: (cues: Int, findings: Int, first: String?)) {
    #expect(attribute("data-findings", in: dom) == expected.findings)
    #expect(attribute("aria-rowcount", in: dom) == expected.findings + 1)
    #expect(dom.contains("\(expected.findings) of \(expected.findings) findings shown"))
    let rows = findingRows(in: dom)
    #expect(rows <= expected.findings && rows >= min(expected.findings, 10), "rows in view: \(rows)")
    if let first = expected.first {
      let firstRow = dom.components(separatedBy: "aria-rowindex=\"2\"").dropFirst().first ?? ""
      #expect(firstRow.prefix(while: { $0 != "\n" }).contains(first), "the first row is check's first finding")
    }
  }

  @Test(arguments: [
    "Transcripts/last-train-home-qa.srt", "Transcripts/last-train-home-dialogue.vtt",
    "Transcripts/last-train-home-qa.ttml",
  ])
  func theFilmsTranscriptsShowWhatCheckFinds(transcript: String) throws {
    try TestFiles.withScratchDirectory { folder in
      let run = try subkit(["report", transcript, "-o", "\(folder)/page.html"])
      #expect(run.status == 0, "\(run.stderr)")
      let name = String(transcript.split(separator: "/").last ?? "").replacingOccurrences(of: ".", with: "-")
      let (dom, console) = try browse("\(folder)/page.html", screenshot: "\(name).png")
      let expected = try checked([transcript])
      #expect(console.isEmpty, "the console: \(console)")
      #expect(dom.contains("data-ready=\"true\""), "the script ran to its end")
      #expect(attribute("data-cue-bars", in: dom) == expected.cues)
      expectFindings(in: dom, expected)
      // The print stylesheet: Chromium prints the page to a PDF.
      let printed = try shell(
        "chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf='\(folder)/page.pdf' "
          + "'file://\(folder)/page.html'")
      let pdf = (try? Data(contentsOf: URL(fileURLWithPath: "\(folder)/page.pdf"))) ?? Data()
      #expect(printed.status == 0 && pdf.starts(with: Data("%PDF".utf8)) && pdf.count > 10_000)
    }
  }

  @Test func twoTracksShowTheirPairingAndTheOffsetSyncFinds() throws {
    try TestFiles.withScratchDirectory { folder in
      let source = "Transcripts/last-train-home-qa.srt"
      #expect(try subkit(["split", source, "--lang", "zh", "-o", "\(folder)/zh.srt"]).status == 0)
      #expect(try subkit(["split", source, "--lang", "en", "-o", "\(folder)/en.srt", "-q"]).status == 0)
      let shifted = try subkit(["shift", "\(folder)/en.srt", "--by", "2.5s", "-o", "\(folder)/en.late.srt"])
      #expect(shifted.status == 0)
      let tracks = ["\(folder)/zh.srt", "\(folder)/en.late.srt"]
      try TestFiles.write("4.2\n00:01:00.000\n3000\n", toPath: "\(folder)/cuts.txt")
      let cuts = ["--shot-changes", "\(folder)/cuts.txt", "--fps", "25"]
      let run = try subkit(["report"] + tracks + cuts + ["-o", "\(folder)/pair.html"])
      #expect(run.status == 0, "\(run.stderr)")
      let (dom, console) = try browse("\(folder)/pair.html", screenshot: "two-tracks.png")
      let expected = try checked(tracks + cuts)
      #expect(dom.contains("\"shots\":[4200,60000,120000]"), "frame 3000 at 25 fps is 2 minutes")
      #expect(console.isEmpty, "the console: \(console)")
      #expect(attribute("data-cue-bars", in: dom) == expected.cues)
      expectFindings(in: dom, expected)
      #expect(dom.contains("111 links pair the cues"), "every cue of one half pairs its other half")
      #expect(dom.contains("0 cues are left unpaired"))
      #expect(dom.contains("Sync offset of the second track from -2.500 s to -2.500 s, 0 split(s)"))
    }
  }

  @Test func aBatchWritesAPagePerFileAndAnIndex() throws {
    try TestFiles.withScratchDirectory { folder in
      try TestFiles.write(
        try TestFiles.text(atPath: PackagePaths.path("Transcripts/last-train-home-dialogue.srt")),
        toPath: "\(folder)/in/a/one.srt")
      try TestFiles.write("not subtitles\n", toPath: "\(folder)/in/bad.srt")
      let webVTT = try subkit(["convert", "\(folder)/in/a/one.srt", "-o", "\(folder)/in/a/one.vtt"])
      #expect(webVTT.status == 0, "\(webVTT.stderr)")
      let run = try subkit(["report", "-r", "\(folder)/in", "--out-dir", "\(folder)/out", "-j", "2"])
      #expect(run.status == 2, "one input cannot be read: \(run.stderr)")
      #expect(run.stderr.contains("bad.srt:1:1: error: no cues found"))
      #expect(TestFiles.names(in: "\(folder)/out/a") == ["one.srt.html", "one.vtt.html"], "one page per file")
      #expect(run.stderr.hasSuffix("subkit: 2 pages and \(folder)/out/index.html\n"))
      let index = try TestFiles.text(atPath: "\(folder)/out/index.html")
      #expect(index.contains("<a href=\"a/one.srt.html\">\(folder)/in/a/one.srt</a></td><td>3</td>"))
      #expect(index.contains("not read: \(folder)/in/bad.srt:1:1: error: no cues found"))
      let (dom, console) = try browse("\(folder)/out/a/one.srt.html")
      #expect(console.isEmpty && attribute("data-cue-bars", in: dom) == 3)
    }
  }

  @Test func theKeyboardReachesEveryFindingAndItsCue() throws {
    try TestFiles.withScratchDirectory { folder in
      let made = try shell("'\(PackagePaths.path("Scripts/make-bilingual-srt"))' 300 '\(folder)/film.srt'")
      #expect(made.status == 0, "\(made.stderr)")
      let run = try subkit(["report", "\(folder)/film.srt", "-o", "\(folder)/film.html"])
      #expect(run.status <= 1, "\(run.stderr)")
      let driven = try shell("python3 '\(PackagePaths.path("Scripts/report-keyboard.py"))' '\(folder)/film.html'")
      #expect(driven.status == 0, "\(driven.stderr)")
      let page = try #require(try JSONSerialization.jsonObject(with: Data(driven.stdout.utf8)) as? [String: Any])
      let check = try subkit(["check", "--format", "json", "\(folder)/film.srt"])
      let object = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
      let findings = try #require(object["findings"] as? [[String: Any]])
      #expect(page["findings"] as? Int == findings.count && findings.count > 100)
      #expect(page["tabStops"] as? Int == 1, "one row of the table is in the Tab order")
      #expect(page["afterThreeDown"] as? String == "3" && page["afterUp"] as? String == "2")
      #expect(Int(page["afterPageDown"] as? String ?? "") ?? 0 > 2 + 5, "Page Down moves a screenful")
      #expect(page["rowHeight"] as? Int == 26, "rows are as tall as the table's arithmetic assumes")
      #expect(page["afterEnd"] as? String == String(findings.count - 1) && page["afterHome"] as? String == "0")
      #expect((page["rowsInDocument"] as? Int ?? .max) < findings.count, "only the rows in view are drawn")
      let first = try #require(findings.first?["message"] as? String)
      #expect((page["detailAfterEnter"] as? String)?.contains(first) == true, "Enter shows the finding's cue")
      let rule = try #require(page["filteredRule"] as? String)
      #expect(page["filteredCount"] as? Int == findings.filter { $0["rule"] as? String == rule }.count)
      #expect(page["filteredRowsAllOfRule"] as? Bool == true)
      #expect(page["viewAfterZoom"] as? String != page["viewBeforeZoom"] as? String, "+ zooms the timeline")
      #expect((page["detailAfterArrowRight"] as? String)?.hasPrefix("Cue ") == true, "→ steps to a cue")
      #expect((page["console"] as? [Any])?.isEmpty == true, "the console: \(page["console"] ?? "")")
    }
  }

  @Test(arguments: [
    ["report", "a.srt", "b.srt", "c.srt", "-o", "x.html"],  // a page shows one or two files
    ["report", "Transcripts/last-train-home-qa.srt", "-o", "x.html", "--out-dir", "out"],
    ["report", "Transcripts/last-train-home-qa.srt", "--preset", "nobody", "-o", "x.html"],
    ["report", "Formats/hostile/missing-file.srt", "-o", "OUT/never-written.html"],
    ["report", "Transcripts/last-train-home-qa.srt", "--shard", "2/2", "-o", "OUT/x.html"],  // --shard: batches
  ])
  func badInputsAreRefused(arguments: [String]) throws {
    try TestFiles.withScratchDirectory { folder in
      let run = try subkit(arguments.map { $0.replacingOccurrences(of: "OUT/", with: "\(folder)/") })
      #expect(run.status == 2 && run.stdout.isEmpty && !run.stderr.isEmpty, "\(run.stderr)")
      #expect(TestFiles.names(in: folder).isEmpty, "nothing written")
    }
  }
}
