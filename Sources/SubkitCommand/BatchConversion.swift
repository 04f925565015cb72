import ArgumentParser
import SubtitleBatch
import SubtitleFormats
import SubtitleIO
import SubtitleTimeline
import TextUnicode

/// What a command does to each cue of one file; made afresh for each file (on the thread that
/// converts it), given the printer of that file's findings.
typealias CueEditor = @Sendable (FindingPrinter) -> ((Cue) throws(SubtitleError) -> Cue?)?

/// Converts a command's inputs, each cue changed by the command's editor: one input to `-o` (or
/// standard output), or many into `--out-dir`, on several workers, in input order, with a record
/// per input — the one path every converting command takes.
struct BatchConversion {
  /// The inputs as given.
  var arguments: [String]
  /// The batch options.
  var batch: BatchOptions
  /// The input format, when not detected.
  var inputFormat: SubtitleFormat?
  /// The input encoding, when not detected.
  var inputEncoding: TextEncoding?
  /// The output format, when not by -o's extension or the input's.
  var outputFormat: SubtitleFormat?
  /// Where one output goes, its encoding, and how loud diagnostics are.
  var writing: OutputOptions

  /// Refuses options that do not fit together.
  func validate() throws {
    if arguments.isEmpty && batch.list.filesFrom == nil {
      throw ValidationError("give an input file, or - for standard input")
    }
    if batch.outDir != nil && writing.output != "-" { throw ValidationError("give either -o FILE or --out-dir DIR") }
    if batch.report == "-" && batch.outDir == nil && writing.output == "-" {
      throw ValidationError("--report - needs the data to go to files (-o or --out-dir)")
    }
    if batch.outDir == nil && (arguments.count > 1 || batch.list.filesFrom != nil || batch.recursive) {
      throw ValidationError("several inputs need --out-dir DIR for their outputs (-o takes one input)")
    }
    if arguments.count == 1 && batch.outDir == nil { try writing.validate(input: arguments[0]) }
    try OutputGuard.refuse([("--report", batch.report)], over: arguments)
  }

  /// Converts every input with `editor` into one output; exits 2 when an input failed, else 1
  /// when any had findings; ends as the signal did when one interrupted the batch.
  func run(editor: CueEditor? = nil) throws {
    let output = writing.output
    try run(editor: editor) { job, input, naming in [job.run(input, to: naming?.path() ?? output)] }
  }

  /// Runs `outputs` for every input (given the job with `editor`, the input and, with --out-dir,
  /// how its outputs are named), and sums the outcomes up as `run(editor:)` does.
  func run(
    editor: CueEditor?, outputs: @escaping @Sendable (FileJob, BatchInput, OutputNaming?) -> [FileJob.Outcome]
  ) throws {
    let inputs = try batch.inputs(arguments, quiet: writing.diagnostics.quiet)
    let intoFolder = batch.outDir != nil
    if intoFolder && outputFormat == nil && inputFormat == nil && inputs.contains(where: { $0.path == "-" }) {
      // Its output is named by its format, and finding that out would use up what it reads.
      throw ValidationError("standard input into --out-dir needs --to or --from")
    }
    if intoFolder { Interruption.stopGracefully() }
    let layout = batch.outDir.map { OutputLayout(directory: $0, suffix: batch.suffix) }
    let job = FileJob(
      reading: (inputFormat, inputEncoding), outputFormat: outputFormat, writing: writing,
      noClobber: batch.noClobber, buffered: intoFolder, editor: editor)
    let namings = layout.map { layout in
      inputs.map { OutputNaming(input: $0, layout: layout, format: job.outputFormat(for: $0)) }
    }
    let shared = namings.map { Self.sharedOutputs($0.map { $0.path() }) } ?? [:]
    let report = try batch.report.map { path throws(SubtitleError) in try RecordReport(path: path) }
    var tally = BatchTally()
    var cutShort = 0  // inputs that started but were interrupted
    var meter = ProgressMeter(total: inputs.count)
    let showProgress = batch.progress || (intoFolder && standardErrorIsTerminal())
    let started = BatchRunner.run(count: inputs.count, jobs: intoFolder ? batch.workers : 1) { index in
      if let (output, earlier) = shared[index] {
        let error = "\(inputs[earlier].path) is written here too: two inputs cannot share an output name"
        return [FileJob.failure(of: inputs[index], SubtitleError(at: SourceLocation(file: output, line: 0), error))]
      }
      return outputs(job, inputs[index], namings?[index])
    } deliver: { index, outcomes in
      if outcomes.contains(where: { $0.record.status == .interrupted }) { cutShort += 1 }
      for outcome in outcomes {
        for line in outcome.lines { StandardError.writeLine(line) }
        tally.count(outcome.record)
        report?.add(outcome.record)
      }
      if showProgress, let line = meter.line(done: index + 1) { StandardError.showProgress(line) }
    }
    if showProgress { StandardError.showProgress(nil) }
    for input in inputs.dropFirst(started) {
      let record = BatchRecord(input: input.path, output: nil, status: .interrupted)
      tally.count(record)
      report?.add(record)
    }
    try report?.commit()
    if let signal = Interruption.receivedSignal {
      StandardError.writeLine(
        "subkit: interrupted (signal \(signal)): \(started - cutShort) of \(inputs.count) files done")
      Interruption.endAsSignalled()
    }
    if intoFolder && inputs.count > 1 && !writing.diagnostics.quiet {
      StandardError.writeLine(summary(tally, of: inputs.count))
    }
    if tally.exitStatus != 0 { throw ExitCode(tally.exitStatus) }
  }

  /// For each output already written by an earlier input (by index in `outputs`), that output and
  /// the earlier input's index: decided in input order before the batch starts, so the first input
  /// always wins, whatever the workers' order. (`split` adds each language to the name given here,
  /// so two inputs sharing it are refused even when their languages differ.)
  private static func sharedOutputs(_ outputs: [String]) -> [Int: (output: String, earlier: Int)] {
    var first: [String: Int] = [:]
    var shared: [Int: (output: String, earlier: Int)] = [:]
    for (index, output) in outputs.enumerated() {
      if let earlier = first[output] { shared[index] = (output, earlier) } else { first[output] = index }
    }
    return shared
  }

  /// The batch's closing line: how many outputs ended each way.
  private func summary(_ tally: BatchTally, of total: Int) -> String {
    let parts = [BatchRecord.Status.ok, .findings, .skipped, .failed].compactMap { status in
      tally[status] > 0 ? "\(tally[status]) \(status.rawValue)" : nil
    }
    let outputs = tally.counts.values.reduce(0, +)
    let counted = outputs == total ? "\(total) files" : "\(total) files, \(outputs) outputs"
    return "subkit: \(counted): " + parts.joined(separator: ", ")
  }
}

/// `--report`: the records of a batch, one JSON line each, in input order, written atomically.
final class RecordReport {
  private let file: OutputFile?
  private let text: TextOutput
  /// The first write to standard output that failed (a full disk, a closed pipe): the batch goes
  /// on, and `commit` reports it.
  private var failure: SubtitleError?

  /// A report into `path` (`-`: standard output).
  init(path: String) throws(SubtitleError) {
    file = path == "-" ? nil : try OutputFile(path: path)
    text = TextOutput(file?.sink ?? FileByteSink.standardOutput())
  }

  /// Adds one record (standard output sees each line at once).
  func add(_ record: BatchRecord) {
    record.write(to: text)
    guard file == nil, failure == nil else { return }
    do { try text.flush() } catch { failure = error }
  }

  /// Finishes the report, or throws the first write that failed.
  func commit() throws(SubtitleError) {
    if let failure { throw failure }
    try text.flush()
    try file?.commit()
  }
}
