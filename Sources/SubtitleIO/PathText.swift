/// Paths taken apart at the byte `/`.
///
/// A Swift `Character` can join a slash to the combining mark after it (`/` + U+05BB is one
/// character), so splitting, prefixes and counts by character miss such a slash — and a `..`
/// before it. Every path subkit takes apart goes through these.
extension String {
  /// The parts between the slashes (empty ones too: a leading `/` gives a first empty part).
  public var pathParts: [String] {
    utf8.split(separator: 0x2F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The path before its last slash (nil when it has none) and the name after it.
  public var folderAndName: (folder: String?, name: String) {
    guard let slash = utf8.lastIndex(of: 0x2F) else { return (nil, self) }
    return (
      String(decoding: utf8[..<slash], as: UTF8.self),
      String(decoding: utf8[utf8.index(after: slash)...], as: UTF8.self)
    )
  }

  /// A file name's text before its last `.` (all of it when the only dot starts it, or there is
  /// none), and the text after that dot.
  public var stemAndExtension: (stem: String, extension: String) {
    guard let dot = utf8.lastIndex(of: 0x2E), dot != utf8.startIndex else { return (self, "") }
    return (
      String(decoding: utf8[..<dot], as: UTF8.self), String(decoding: utf8[utf8.index(after: dot)...], as: UTF8.self)
    )
  }

  /// The path with `prefix` taken off, compared byte for byte; nil when it does not start with it.
  public func droppingPathPrefix(_ prefix: String) -> String? {
    utf8.starts(with: prefix.utf8) ? String(decoding: utf8.dropFirst(prefix.utf8.count), as: UTF8.self) : nil
  }
}
