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
    var parts = path.pathParts
    while parts.count > 1 && parts.last == "" { parts.removeLast() }  // trailing slashes
    let parent = parts.dropLast().joined(separator: "/")
    if !parent.isEmpty { try create(parent) }
    guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
      throw SubtitleError(at: SourceLocation(file: path, line: 0), systemMessage("cannot create the directory"))
    }
  }
}
