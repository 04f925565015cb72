internal import Foundation

/// Files on disk, for test modules that cannot import Foundation themselves.
///
/// A test file that imports a module built on ICU or libxml2 (`TextUnicode`, `TTML`, and through
/// them `SubtitleFormats`) and Foundation in the same compiler job fails to build: their ICU headers
/// clash. Such tests reach the file system only through these helpers.
public enum TestFiles {
  /// The names in the directory at `path`, sorted; empty when it cannot be listed.
  public static func names(in path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  /// The UTF-8 text of the file at `path`.
  public static func text(atPath path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  /// Writes `text` as UTF-8 to the file at `path`, making its folders.
  public static func write(_ text: String, toPath path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: false, encoding: .utf8)
  }

  /// Runs `body` with the path of a new empty directory, removed afterwards.
  public static func withScratchDirectory<Result>(_ body: (String) throws -> Result) throws -> Result {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("subkit-test-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    return try body(scratch)
  }
}

extension PackagePaths {
  /// The bytes of the file at `relative` inside the package, or nil when it cannot be read.
  public static func bytes(_ relative: String) -> [UInt8]? {
    (try? Data(contentsOf: URL(fileURLWithPath: path(relative)))).map { Array($0) }
  }

  /// The UTF-8 text of the file at `relative` inside the package, or nil when it cannot be read.
  public static func text(_ relative: String) -> String? {
    try? TestFiles.text(atPath: path(relative))
  }
}
