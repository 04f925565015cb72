import FindingReports
import SubtitleChecks
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline

extension CheckRun {
  /// `check --fix`: reads `input` whole, applies the fixes, writes the result to `output`
  /// atomically in the input's format, and reports each fix and every finding left (to standard
  /// output, or standard error when the fixed file goes there).
  func fix(_ input: String, to output: String, format: ReportFormat, failOn: Finding.Severity) throws(SubtitleError)
    -> CheckSummary
  {
    let name = input == "-" ? "<stdin>" : input
    let text = TextOutput(output == "-" ? FileByteSink.standardError() : FileByteSink.standardOutput())
    let report = format.report(into: text, rules: ReportRule.listed(RuleRegistry.all), failOn: failOn)
    var summary = CheckSummary()
    summary.files = 1
    report.beginFile(name)
    let read = Locked<[Finding]>([])
    let reporter = FindingReporter { finding in read.withLock { $0.append(finding) } }
    let opened = try Subtitles.open(
      input, format: files.reading.from, encoding: files.reading.inputEncoding, reporter: reporter)
    let document = try opened.reader.readDocument()
    let (preset, customize) = try files.checkSettings(for: input)
    let (resolved, _) = TrackChecker.settings(for: document.cues, file: name, preset: preset, customize: customize)
    let (cues, fixes) = TrackFixer(settings: resolved, file: name).fix(document.cues)
    var fixed = document
    fixed.cues = cues
    // Fixed in place, the file is the user's only copy: it reaches the disk before it replaces the old one.
    try Subtitles.write(
      output, format: opened.format, sourceName: name, durable: isSameFile(input, output), reporter: reporter
    ) {
      (writer) throws(SubtitleError) in try writer.write(fixed)
    }
    var checker = TrackChecker(file: name, preset: preset, customize: customize)
    let left = checker.check(cues) + checker.finish()
    for finding in fixes { report.add(finding) }  // reported, not counted: they are done
    for finding in read.withLock({ $0 }) + left {
      summary.count(finding)
      report.add(finding)
    }
    summary.cues = cues.count
    report.endFile(name)
    report.finish(summary)
    try text.flush()
    return summary
  }
}
