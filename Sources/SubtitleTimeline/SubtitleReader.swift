/// A streaming reader: the header first, then one cue at a time.
public protocol SubtitleReader: AnyObject {
  /// Reads everything before the first cue and returns the header; call once, first.
  func readHeader() throws(SubtitleError) -> DocumentHeader
  /// The next cue in file order, or nil at the end.
  func nextCue() throws(SubtitleError) -> Cue?
  /// Comments after the last cue; complete once `nextCue` has returned nil.
  var trailingComments: [String] { get }
}

/// A streaming writer: the header first, then one cue at a time, then the end.
public protocol SubtitleWriter: AnyObject {
  /// Writes the document header.
  func begin(_ header: DocumentHeader) throws(SubtitleError)
  /// Writes one cue.
  func write(_ cue: Cue) throws(SubtitleError)
  /// Writes what follows the last cue and flushes the output.
  func end(trailingComments: [String]) throws(SubtitleError)
}

extension SubtitleReader {
  /// Reads the whole document into memory.
  public func readDocument() throws(SubtitleError) -> SubtitleDocument {
    var document = SubtitleDocument(header: try readHeader())
    while let cue = try nextCue() { document.cues.append(cue) }
    document.trailingComments = trailingComments
    return document
  }

  /// Streams every cue, changed by `transform` when given (nil leaves the cue out), into `writer`
  /// without holding the document; returns the count of cues written.
  @discardableResult
  public func copy(
    to writer: any SubtitleWriter, transform: ((Cue) throws(SubtitleError) -> Cue?)? = nil
  ) throws(SubtitleError) -> Int {
    try writer.begin(try readHeader())
    var count = 0
    while let cue = try nextCue() {
      guard let written = try transform.map({ (transform) throws(SubtitleError) in try transform(cue) }) ?? cue else {
        continue
      }
      try writer.write(written)
      count += 1
    }
    try writer.end(trailingComments: trailingComments)
    return count
  }
}

extension SubtitleWriter {
  /// Writes a whole document.
  public func write(_ document: SubtitleDocument) throws(SubtitleError) {
    try begin(document.header)
    for cue in document.cues { try write(cue) }
    try end(trailingComments: document.trailingComments)
  }
}
