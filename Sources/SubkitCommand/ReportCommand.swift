import ArgumentParser
import SubtitleBatch
import SubtitleIO
import SubtitleTimeline
import TimelineReport

/// `subkit report IN [IN2] [-o report.html] | IN... --out-dir DIR`.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Draw a track, or two tracks of one film, as one self-contained HTML page to look at.",
    discussion: """
      The page shows the cues on a zoomable timeline, one lane per language (or per file), \
      coloured by reading speed against the preset's limit; overlaps, gaps under the minimum and \
      shot changes; histograms of reading speed and duration; and every finding of `subkit check` \
      (the same rules, presets and .subkit.yml) in a table that filters and jumps to its cue. \
      For two files it adds the pairing `merge` makes and the offsets `sync` finds. The page loads \
      nothing from anywhere: open it from disk or keep it as a CI artifact. With --out-dir, each \
      input gets its own page (-j at once) and index.html links them with their counts. Exit \
      status: 0, or 1 when there are errors (as `check` fails on), 2 when an input cannot be read.

        subkit report film.srt -o film.html
        subkit report film.zh.srt film.en.srt --shot-changes cuts.txt -o pair.html
        subkit report -r season/ --out-dir reports/
      """
  )

  @Argument(help: "One or two subtitle files (- for standard input); with --out-dir, any number and folders.")
  var inputs: [String] = []

  @Flag(name: .shortAndLong, help: "Search folders for subtitle files (with --out-dir).")
  var recursive = false

  @OptionGroup var list: InputListOptions

  @OptionGroup var rules: RuleOptions

  @OptionGroup var reading: ReadingOptions

  @Option(name: .shortAndLong, help: "The page, or - for standard output (the default when it is not a terminal).")
  var output: String = "-"

  @Option(help: "Write one page per input into DIR, at its input's path, and DIR/index.html.")
  var outDir: String?

  @Flag(name: .shortAndLong, help: "Print no summary line, and no warning about files a folder search skips.")
  var quiet = false

  func validate() throws {
    if inputs.isEmpty && list.filesFrom == nil { throw ValidationError("give one or two subtitle files") }
    if outDir != nil && output != "-" { throw ValidationError("give either -o FILE or --out-dir DIR") }
    try OutputGuard.refuse([("-o", output)], over: inputs)
    if outDir == nil && (inputs.count > 2 || list.filesFrom != nil || recursive || list.shard != nil) {
      throw ValidationError("one page shows one or two files; give --out-dir DIR for a page per file")
    }
    if outDir == nil && output == "-" && standardOutputIsTerminal() {
      throw ValidationError("the page would go to the terminal: give -o FILE.html, or redirect standard output")
    }
  }

  func run() throws {
    let files = FileCheck(settings: try rules.settings(), reading: reading)
    let found = try list.inputs(inputs, recursive: recursive || outDir != nil, quiet: quiet)
    if let outDir { return try runBatch(found, into: outDir, files: files) }
    guard !found.isEmpty else { throw ValidationError("no subtitle file to report on") }
    var tracks: [ReportTrack] = []
    for input in found {
      do { tracks.append(try Self.track(input.path, files: files)) } catch {
        StandardError.writeLine(error.description)
        throw ExitCode(2)
      }
    }
    let page = tracks.count == 2 ? TimelinePage(tracks[0], tracks[1]) : TimelinePage(tracks[0])
    try TextFile.write(output) { text in page.write(to: text) }
    if tracks.contains(where: { $0.count(.error) > 0 }) { throw ExitCode(1) }
  }

  /// One page per input into `folder`, `jobs` at once, and an index of them.
  private func runBatch(_ found: [BatchInput], into folder: String, files: FileCheck) throws {
    Interruption.stopGracefully()
    let base = folder.hasSuffix("/") ? folder : folder + "/"
    var entries: [ReportIndex.Entry] = []
    var failed = false
    _ = BatchRunner.run(count: found.count, jobs: list.workers) { index in
      let input = found[index]
      let path = Self.pagePath(for: input, in: folder)
      do throws(SubtitleError) {
        let track = try Self.track(input.path, files: files)
        if let parent = path.folderAndName.folder { try Directory.create(parent) }
        try TextFile.write(path) { text in TimelinePage(track).write(to: text) }
        let counts = (track.count(.error), track.count(.warning), track.count(.info))
        let link = path.droppingPathPrefix(base) ?? path
        return ReportIndex.Entry(input: input.path, link: link, cues: track.cues.count, counts: counts)
      } catch {
        return ReportIndex.Entry(input: input.path, link: nil, failure: error.description)
      }
    } deliver: { _, entry in
      if let failure = entry.failure {
        StandardError.writeLine(failure)
        failed = true
      }
      entries.append(entry)
    }
    try Directory.create(folder)
    try TextFile.write(base + "index.html") { text in ReportIndex(entries).write(to: text) }
    if let signal = Interruption.receivedSignal {
      StandardError.writeLine(
        "subkit: interrupted (signal \(signal)): \(entries.count) of \(found.count) pages written")
      Interruption.endAsSignalled()
    }
    if !quiet {
      let written = entries.count { $0.link != nil }
      StandardError.writeLine("subkit: \(written) pages and \(base)index.html")
    }
    if failed { throw ExitCode(2) }
    if entries.contains(where: { $0.counts.errors > 0 }) { throw ExitCode(1) }
  }

  /// Where the page of `input` goes below `folder`: at its path, named after the whole file
  /// (`e01.srt.html`, so `e01.vtt` beside it keeps its own page), never over `index.html`.
  static func pagePath(for input: BatchInput, in folder: String) -> String {
    let kept = (input.relativePath.pathParts.last ?? "").stemAndExtension.extension
    let path = OutputLayout(directory: folder).path(for: input, extension: kept.isEmpty ? "html" : kept + ".html")
    let index = (folder.hasSuffix("/") ? folder : folder + "/") + "index.html"
    return path == index ? OutputLayout(directory: folder, suffix: ".page").path(for: input, extension: "html") : path
  }

  /// The track at `path`, read and checked as `subkit check` does it; a file that cannot be read
  /// to its end is an error.
  static func track(_ path: String, files: FileCheck) throws(SubtitleError) -> ReportTrack {
    var cues: [Cue] = []
    var findings: [Finding] = []
    let outcome = files.check(
      path, keeping: { cues += $0 },
      emit: { found in
        findings += found
        return true
      })
    guard !outcome.unreadable, let read = outcome.read, let settings = outcome.settings else {
      let last = findings.last { $0.severity == .error }
      throw SubtitleError(
        at: last?.location ?? SourceLocation(file: path, line: 0), last?.message ?? "cannot be read",
        rule: last?.rule ?? Finding.Source.reader)
    }
    return ReportTrack(
      name: path == "-" ? "<stdin>" : path, format: read.format.rawValue, encoding: read.encoding.name, cues: cues,
      findings: findings, settings: settings, preset: outcome.preset ?? "")
  }
}
