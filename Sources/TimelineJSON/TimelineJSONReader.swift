import SubtitleTimeline
import TextUnicode

/// Options of the JSON reader.
public struct TimelineJSONReaderOptions: Sendable {
  /// The input's name for diagnostics.
  public var sourceName: String
  /// Whether the input is JSON Lines (a header line, then one cue per line).
  public var lines: Bool

  /// Options for reading `sourceName`.
  public init(sourceName: String, lines: Bool = false) {
    self.sourceName = sourceName
    self.lines = lines
  }
}

/// Reads what `TimelineJSONWriter` writes, losslessly; JSON Lines stream, JSON is parsed whole.
public final class TimelineJSONReader: SubtitleReader {
  private let scanner: LineScanner
  private let options: TimelineJSONReaderOptions
  private var cues: [JSONValue] = []
  private var nextIndex = 0
  private var lineOffsets: [Int] = [0]
  private var lineBase = 0
  private let chinese = ChineseScriptDetector()

  /// Comments after the last cue.
  public private(set) var trailingComments: [String] = []

  /// A reader over `source`.
  public init(_ source: any ByteSource, options: TimelineJSONReaderOptions) {
    scanner = LineScanner(source, sourceName: options.sourceName)
    self.options = options
  }

  /// Parses the header (JSON Lines: the first line; JSON: the whole document).
  public func readHeader() throws(SubtitleError) -> DocumentHeader {
    options.lines ? try readHeaderLine() : try readWholeDocument()
  }

  /// The next cue.
  public func nextCue() throws(SubtitleError) -> Cue? {
    if options.lines { return try nextCueLine() }
    guard nextIndex < cues.count else { return nil }
    defer { nextIndex += 1 }
    return try decode { () throws(JSONShapeError) in
      guard case .object(let object) = cues[nextIndex] else {
        throw JSONShapeError(offset: 0, message: "cue \(nextIndex + 1) is not a JSON object")
      }
      return try TimelineJSONDecoding.cue(object, chinese: chinese)
    }
  }

  private func readWholeDocument() throws(SubtitleError) -> DocumentHeader {
    var bytes: [UInt8] = []
    while let line = try scanner.nextLine() {
      bytes.append(contentsOf: line)
      bytes.append(0x0A)
      lineOffsets.append(bytes.count)
    }
    let value = try parse(bytes)
    guard case .object(let root) = value else {
      throw SubtitleError(at: location(offset: 0), "the JSON document is not an object")
    }
    return try decode { () throws(JSONShapeError) in
      guard case .array(let values) = root.members["cues"] ?? .array([]) else {
        throw JSONShapeError(offset: root.offset, message: "\"cues\" should be an array")
      }
      cues = values
      if case .array(let comments) = root.members["trailingComments"] {
        trailingComments = comments.compactMap { if case .string(let text) = $0 { text } else { nil } }
      }
      return try TimelineJSONDecoding.header(root)
    }
  }

  private func readHeaderLine() throws(SubtitleError) -> DocumentHeader {
    guard let object = try nextObjectLine() else { return DocumentHeader() }
    return try decode { () throws(JSONShapeError) in try TimelineJSONDecoding.header(object) }
  }

  private func nextCueLine() throws(SubtitleError) -> Cue? {
    while let object = try nextObjectLine() {
      guard case .string("end") = object.members["kind"] else {
        return try decode { () throws(JSONShapeError) in try TimelineJSONDecoding.cue(object, chinese: chinese) }
      }
      if case .array(let comments) = object.members["trailingComments"] {
        trailingComments = comments.compactMap { if case .string(let text) = $0 { text } else { nil } }
      }
    }
    return nil
  }

  /// The next non-blank line parsed as an object; errors name that line.
  private func nextObjectLine() throws(SubtitleError) -> JSONObject? {
    while let line = try scanner.nextLine() {
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      lineBase = scanner.lineNumber - 1
      lineOffsets = [0]
      let value = try parse(Array(line))
      guard case .object(let object) = value else {
        throw SubtitleError(at: location(offset: 0), "each JSON Lines line must be an object")
      }
      return object
    }
    return nil
  }

  private func parse(_ bytes: [UInt8]) throws(SubtitleError) -> JSONValue {
    let result = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(JSONSyntaxError) in try JSONParser.parse(buffer) }
    }
    switch result {
    case .success(let value): return value
    case .failure(let error): throw SubtitleError(at: location(offset: error.offset), error.message)
    }
  }

  private func decode<T>(_ body: () throws(JSONShapeError) -> T) throws(SubtitleError) -> T {
    do {
      return try body()
    } catch {
      throw SubtitleError(at: location(offset: error.offset), error.message)
    }
  }

  /// The line and column of a byte offset into the parsed text.
  private func location(offset: Int) -> SourceLocation {
    var low = 0
    var high = lineOffsets.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineOffsets[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return SourceLocation(file: options.sourceName, line: lineBase + low + 1, column: offset - lineOffsets[low] + 1)
  }
}
