import SubtitleTimeline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Folders that outputs go into.
public enum Directory {
  /// Makes `path` a directory, with any parent missing (as `mkdir -p`); an existing directory is
  /// left as it is.
  public static func create(_ path: String) throws(SubtitleError) {
    var status = stat()
    if stat(path, &status) == 0 {
      guard status.st_mode & S_IFMT == S_IFDIR else {
        throw SubtitleError(at: SourceLocation(file: path, line: 0), "exists and is not a directory")
      }
      return
    }
    let parent = String(path.reversed().drop { $0 == "/" }.drop { $0 != "/" }.reversed())
    if !parent.isEmpty && parent != "/" { try create(String(parent.dropLast(parent.hasSuffix("/") ? 1 : 0))) }
    guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
      throw SubtitleError(at: SourceLocation(file: path, line: 0), systemMessage("cannot create the directory"))
    }
  }
}
