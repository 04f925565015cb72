import ArgumentParser
import SubtitleBatch
import SubtitleIO
import SubtitleTimeline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a command takes many inputs besides its arguments: a list of paths, a share of them, and
/// how many to work on at once.
struct InputListOptions: ParsableArguments {
  @Option(help: "Read more input paths from FILE (- for standard input), one a line.")
  var filesFrom: String?

  @Flag(name: [.customShort("0"), .customLong("null")], help: "The --files-from list is NUL-separated (find -print0).")
  var nullSeparated = false

  @Option(help: "Take only part K of N of the inputs (1/4 … 4/4): the same part on every machine.")
  var shard: String?

  @Option(name: .shortAndLong, help: "How many files to work on at once (default: the number of cores; for check, 1).")
  var jobs: Int?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of at least 1") }
    if let shard, Shard(shard) == nil { throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, such as 2/8") }
    if nullSeparated && filesFrom == nil { throw ValidationError("-0 describes the --files-from list; give one") }
  }

  /// The inputs `arguments` and `--files-from` name, folders searched when `recursive` (else
  /// refused; a file a search skips is a warning on standard error unless `quiet`), cut to the shard.
  func inputs(_ arguments: [String], recursive: Bool, quiet: Bool) throws(SubtitleError) -> [BatchInput] {
    let all = try BatchInputs.collect(
      arguments, recursive: recursive, listedIn: filesFrom, separator: nullSeparated ? 0 : 0x0A,
      reporter: quiet ? .silent : FindingReporter { StandardError.writeLine($0.description) })
    guard let part = shard.flatMap(Shard.init) else { return all }
    return all.filter { part.contains($0) }
  }

  /// How many files work at once.
  var workers: Int { jobs ?? max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}

/// How a command that writes one output per input takes many inputs: folders, lists, an output
/// folder, workers, a record per file, and a share of the inputs.
struct BatchOptions: ParsableArguments {
  @Flag(
    name: .shortAndLong,
    help: "Search folders for subtitle files (.srt .vtt .ttml .dfxp; .xml .json .txt and no extension by content).")
  var recursive = false

  @OptionGroup var list: InputListOptions

  @Option(help: "Write each output into DIR, at its input's path below the folder it was found in.")
  var outDir: String?

  @Option(help: "Put this before each output's new extension in --out-dir (.zh: e01.zh.vtt).")
  var suffix = ""

  @Flag(help: "Skip inputs whose output already exists.")
  var noClobber = false

  @Option(help: "Write one JSON line per input (status, format, cues, warnings, findings, time) to FILE, or -.")
  var report: String?

  @Flag(help: "Show progress on standard error even when it is not a terminal.")
  var progress = false

  /// Refuses a `--suffix` that would put outputs in another folder.
  func validate() throws {
    if suffix.contains("/") { throw ValidationError("--suffix is part of a file name: it takes no '/'") }
  }

  /// The inputs `arguments` and `--files-from` name, folders searched with `-r` (skipped files
  /// warned of unless `quiet`), cut to the shard.
  func inputs(_ arguments: [String], quiet: Bool) throws(SubtitleError) -> [BatchInput] {
    try list.inputs(arguments, recursive: recursive, quiet: quiet)
  }

  /// How many files work at once.
  var workers: Int { list.workers }
}
