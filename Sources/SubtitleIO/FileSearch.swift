import SubtitleTimeline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the files under a directory, for commands that take directories.
public enum FileSearch {
  /// Whether `path` names a directory (following a symbolic link to it).
  public static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  /// The files under `directory` whose names `include` accepts, sorted by path; hidden files and
  /// folders (`.git`, `.build`) are skipped and symbolic links to folders are not followed, so a
  /// link loop cannot trap the search.
  public static func files(under directory: String, where include: (String) -> Bool) throws(SubtitleError)
    -> [String]
  {
    var found: [String] = []
    var pending = [directory]
    while let folder = pending.popLast() {
      guard let handle = opendir(folder) else {
        throw SubtitleError(at: SourceLocation(file: folder, line: 0), systemMessage("cannot list the folder"))
      }
      defer { closedir(handle) }
      while let entry = readdir(handle) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        guard !name.hasPrefix(".") else { continue }
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        var status = stat()
        guard lstat(path, &status) == 0 else { continue }
        if status.st_mode & S_IFMT == S_IFDIR {
          pending.append(path)
        } else if include(name) {
          found.append(path)
        }
      }
    }
    return found.sorted()
  }
}

/// Whether standard output is a terminal, so text may be coloured.
public func standardOutputIsTerminal() -> Bool { isatty(1) == 1 }
