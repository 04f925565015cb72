import Foundation

extension PackagePaths {
  /// The UTF-8 text of the file at `relative` inside the package, or nil when it cannot be read.
  ///
  /// Test files that import `TextUnicode` cannot import Foundation beside it (their ICU headers
  /// clash with Foundation's), so they read fixtures through this.
  public static func text(_ relative: String) -> String? {
    try? String(contentsOfFile: path(relative), encoding: .utf8)
  }
}
