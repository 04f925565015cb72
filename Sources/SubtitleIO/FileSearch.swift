import SubtitleTimeline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the files under a directory, for commands that take directories.
public enum FileSearch {
  /// Whether something (a file, folder or link, even a dangling one) is at `path`.
  public static func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }

  /// Whether `path` names a regular file (following a symbolic link to it).
  public static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
  }

  /// Whether `path` names a directory (following a symbolic link to it).
  public static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  /// The files under `directory` whose names `include` accepts, sorted by path.
  ///
  /// Hidden files and folders (`.git`, `.build`) are skipped and symbolic links to folders are not
  /// followed, so a link loop cannot trap the search; only regular files (or links to them) are
  /// taken, since a FIFO or a device would block or never end. A name that is not UTF-8 cannot be
  /// named again (its text holds U+FFFD where its bytes were): such a folder, or a file `include`
  /// would take, is skipped with a warning to `reporter`.
  public static func files(
    under directory: String, reporter: FindingReporter = .silent, where include: (String) -> Bool
  ) throws(SubtitleError) -> [String] {
    var found: [String] = []
    var pending = [directory]
    while let folder = pending.popLast() {
      guard let handle = opendir(folder) else {
        throw SubtitleError(at: SourceLocation(file: folder, line: 0), systemMessage("cannot list the folder"))
      }
      defer { closedir(handle) }
      while let entry = readdir(handle) {
        let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
        let name = String(decoding: bytes, as: UTF8.self)
        guard !name.hasPrefix(".") else { continue }
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        guard name.utf8.elementsEqual(bytes) else {
          if entry.pointee.d_type == UInt8(DT_DIR) || include(name) {
            try reporter.warn(
              "skipped: its name is not UTF-8 (rename it to read it)", at: SourceLocation(file: path, line: 0))
          }
          continue
        }
        var status = stat()
        guard lstat(path, &status) == 0 else { continue }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR {
          pending.append(path)
        } else if (type == S_IFREG || type == S_IFLNK && isRegularFile(path)) && include(name) {
          found.append(path)
        }
      }
    }
    return found.sorted()
  }
}

extension FileSearch {
  /// The nearest entry called `name` in the folder of `path` (the working folder for `-`) or in a
  /// folder above it, with `path` relative to that entry's folder; the entry may be other than a
  /// regular file (a folder, a FIFO), for the caller to refuse rather than pass over in silence.
  public static func nearest(_ name: String, above path: String) -> (file: String, relativePath: String)? {
    guard let absolute = absolutePath(path == "-" ? "." : path) else { return nil }
    var folder = path == "-" || isDirectory(path) ? absolute : parent(of: absolute)
    while true {
      let candidate = folder == "/" ? "/" + name : folder + "/" + name
      if exists(candidate) {
        return (candidate, relative(absolute, to: folder))
      }
      guard folder != "/" else { return nil }
      folder = parent(of: folder)
    }
  }

  /// `path` relative to `folder` when it lies inside it, else `path` as given.
  public static func relativePath(of path: String, inside folder: String) -> String {
    guard let file = absolutePath(path), let base = absolutePath(folder) else { return path }
    return relative(file, to: base)
  }

  /// The absolute path of an existing `path`, its symbolic links resolved.
  static func absolutePath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private static func parent(of path: String) -> String {
    guard let folder = path.folderAndName.folder, !folder.isEmpty else { return "/" }
    return folder
  }

  private static func relative(_ path: String, to folder: String) -> String {
    let prefix = folder == "/" ? "/" : folder + "/"
    return path.droppingPathPrefix(prefix) ?? path
  }
}

/// Whether standard output is a terminal, so text may be coloured.
public func standardOutputIsTerminal() -> Bool { isatty(1) == 1 }
