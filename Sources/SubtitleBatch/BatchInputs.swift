import SubtitleFormats
import SubtitleIO
import SubtitleTimeline

/// Collects a batch's inputs: files, folders searched for subtitle files, and lists of paths
/// (`--files-from`, newline- or NUL-separated), in the order given, each once.
public enum BatchInputs {
  /// Extensions of files a folder search takes without looking inside.
  static let subtitleExtensions: Set<String> = ["srt", "vtt", "ttml", "dfxp"]
  /// Extensions (and none) of files a folder search takes when their first bytes are subtitles.
  static let sniffedExtensions: Set<String> = ["xml", "json", "jsonl", "txt", "sub", ""]
  /// The longest list of paths read (`--files-from`).
  public static let listLimit = 256 << 20

  /// The inputs `arguments` name, then those listed in the file `list` (`-`: standard input)
  /// separated by `separator` (a line feed, or NUL as `find -print0` writes); a folder is searched
  /// when `recursive`, and refused otherwise; files a search passes over are warned of to `reporter`.
  public static func collect(
    _ arguments: [String], recursive: Bool, listedIn list: String? = nil, separator: UInt8 = 0x0A,
    reporter: FindingReporter = .silent
  ) throws(SubtitleError) -> [BatchInput] {
    var named = arguments
    if let list { named += try paths(listedIn: list, separator: separator) }
    var inputs: [BatchInput] = []
    var seen: Set<String> = []
    for path in named {
      for input in try expand(path, recursive: recursive, reporter: reporter) where seen.insert(input.path).inserted {
        inputs.append(input)
      }
    }
    return inputs
  }

  /// The paths in the list file `list`, one per `separator`.
  static func paths(listedIn list: String, separator: UInt8) throws(SubtitleError) -> [String] {
    let name = list == "-" ? "<stdin>" : list
    return try paths(
      in: try FileByteSource(path: list).readAll(limit: listLimit, name: name), separator: separator, name: name)
  }

  /// The paths in the list `name`'s `bytes`, one per `separator`.
  ///
  /// Blank entries are skipped, and a carriage return ending a line is not part of its path. A line
  /// that holds a NUL is an error: no path can hold one, and the system would open the path cut at
  /// it (a NUL-separated list wants `-0`).
  public static func paths(in bytes: [UInt8], separator: UInt8, name: String) throws(SubtitleError) -> [String] {
    var paths: [String] = []
    for (index, entry) in bytes.split(separator: separator, omittingEmptySubsequences: false).enumerated() {
      var entry = entry[...]
      if separator == 0x0A, entry.last == 0x0D { entry = entry.dropLast() }
      if let nul = entry.firstIndex(of: 0) {
        throw SubtitleError(
          at: SourceLocation(file: name, line: index + 1, column: nul - entry.startIndex + 1),
          "a path holds a NUL byte; for a NUL-separated list (find -print0) give -0")
      }
      if !entry.isEmpty { paths.append(String(decoding: entry, as: UTF8.self)) }
    }
    return paths
  }

  /// The inputs one path names: itself, or the subtitle files under a folder.
  private static func expand(_ path: String, recursive: Bool, reporter: FindingReporter) throws(SubtitleError)
    -> [BatchInput]
  {
    guard path != "-", FileSearch.isDirectory(path) else { return [BatchInput(path: path)] }
    guard recursive else {
      throw SubtitleError(
        at: SourceLocation(file: path, line: 0), "is a folder; give -r to convert the subtitle files inside it")
    }
    let root = path.hasSuffix("/") ? path : path + "/"
    return try FileSearch.files(under: path, reporter: reporter) { name in isSubtitleName(name) != false }
      .filter { isSubtitleName($0) == true || Subtitles.sniff($0) != nil }
      .map { BatchInput(path: $0, relativePath: BatchInput.contained($0.droppingPathPrefix(root) ?? $0)) }
  }

  /// Whether a file called `name` is a subtitle file by its extension: true, false, or nil when
  /// only its content can tell.
  static func isSubtitleName(_ name: String) -> Bool? {
    let suffix = (name.pathParts.last ?? name).stemAndExtension.extension.lowercased()
    if subtitleExtensions.contains(suffix) { return true }
    return sniffedExtensions.contains(suffix) ? nil : false
  }
}
