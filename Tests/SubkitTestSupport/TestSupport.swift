import SubtitleTimeline

/// Collects the findings a reader or writer reports, for assertions.
public final class FindingCollector: @unchecked Sendable {
  private var collected: [Finding] = []

  /// An empty collector.
  public init() {}

  /// A reporter that records into this collector.
  public func reporter(strict: Bool = false) -> FindingReporter {
    FindingReporter(strict: strict) { [self] finding in collected.append(finding) }
  }

  /// The messages reported so far.
  public var messages: [String] { collected.map(\.message) }

  /// The findings reported so far.
  public var findings: [Finding] { collected }
}

/// Paths inside this package, for tests that load fixtures or run the built binary.
public enum PackagePaths {
  /// The package root, found from this source file's path.
  public static let root: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
    return path
  }()

  /// An absolute path for `relative` inside the package.
  public static func path(_ relative: String) -> String { root + "/" + relative }
}

extension SubtitleReader {
  /// Reads everything, for tests.
  public func all() throws -> SubtitleDocument { try readDocument() }
}

/// Runs a writer over a document into memory and returns the text.
public func render(_ document: SubtitleDocument, _ makeWriter: (TextOutput) -> any SubtitleWriter) throws -> String {
  let sink = MemoryByteSink()
  try makeWriter(TextOutput(sink)).write(document)
  return sink.text
}
