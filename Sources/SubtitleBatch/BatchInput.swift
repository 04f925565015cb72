/// One input of a batch: where it is, and its path below the root it was found under, which is
/// where its output goes inside `--out-dir` and what `--shard` divides by.
public struct BatchInput: Sendable, Hashable {
  /// The path to read (`-` for standard input).
  public var path: String
  /// The path below its root: below the folder it was found in, else the path as given (without
  /// a leading `./` or `/`, and without `..` parts).
  public var relativePath: String

  /// The input at `path`, `relativePath` below its root.
  public init(path: String, relativePath: String) {
    self.path = path
    self.relativePath = relativePath
  }

  /// An input named by itself: its relative path is the path as given, made safe to join below an
  /// output folder.
  public init(path: String) {
    self.init(path: path, relativePath: BatchInput.contained(path))
  }

  /// `path` without `.`, `..` or empty parts, so that it stays inside whatever folder it is joined
  /// to; standard input is `stdin`.
  static func contained(_ path: String) -> String {
    guard path != "-" else { return "stdin" }
    let parts = path.pathParts.filter { !$0.isEmpty && $0 != "." && $0 != ".." }
    return parts.isEmpty ? "stdin" : parts.joined(separator: "/")
  }
}

extension String {
  /// The parts of a path between its slashes, split at the byte `/`: a split by `Character` would
  /// miss a slash that a combining mark follows (`/` + U+05BB is one character), and `..` with it.
  var pathParts: [String] {
    utf8.split(separator: 0x2F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The text before the last `.` of a file name (all of it when the only dot starts it, or there
  /// is none), and the text after it.
  var stemAndExtension: (stem: String, extension: String) {
    let bytes = Array(utf8)
    guard let dot = bytes.lastIndex(of: 0x2E), dot > 0 else { return (self, "") }
    return (String(decoding: bytes[..<dot], as: UTF8.self), String(decoding: bytes[(dot + 1)...], as: UTF8.self))
  }
}
