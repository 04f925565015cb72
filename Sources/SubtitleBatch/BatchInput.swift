import SubtitleIO

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
