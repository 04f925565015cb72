import SubtitleTimeline

/// Options of the SRT reader.
public struct SubRipReaderOptions: Sendable {
  /// The input's name for diagnostics (`<stdin>` for standard input).
  public var sourceName: String
  /// Where leniency warnings go; strict makes them errors.
  public var reporter: DiagnosticReporter

  /// Options for reading `sourceName`.
  public init(sourceName: String, reporter: DiagnosticReporter = .silent) {
    self.sourceName = sourceName
    self.reporter = reporter
  }
}

/// Reads SubRip (`.srt`) cues one at a time, leniently, warning about each repair it makes.
///
/// ```swift
/// let reader = SubRipReader(MemoryByteSource("1\n00:00:01,000 --> 00:00:02,000\nHi\n"),
///                           options: SubRipReaderOptions(sourceName: "a.srt"))
/// let document = try reader.readDocument()
/// ```
public final class SubRipReader: SubtitleReader {
  private let scanner: LineScanner
  private let options: SubRipReaderOptions
  private var pending: [PendingLine] = []
  private var current: PendingLine?
  private var currentNumber = 0
  private var cueCount = 0
  private var blankRun = 0
  private var startedReading = false
  private var warnedNumbering = false

  /// A reader over `source`.
  public init(_ source: any ByteSource, options: SubRipReaderOptions) {
    scanner = LineScanner(source, sourceName: options.sourceName)
    self.options = options
  }

  /// Comments after the last cue: SRT has none.
  public var trailingComments: [String] { [] }

  /// SRT has no header; returns an empty one.
  public func readHeader() throws(SubtitleError) -> DocumentHeader {
    DocumentHeader()
  }

  /// The next cue, skipping (with a warning) blocks that are not cues.
  public func nextCue() throws(SubtitleError) -> Cue? {
    while let line = try nextLine() {
      if isBlank(line) {
        blankRun += 1
        if blankRun == 2 && cueCount > 0 { try warn("extra blank line between cues", column: 1) }
        continue
      }
      blankRun = 0
      if let cue = try readCue(startingWith: line) { return cue }
    }
    return nil
  }

  private func readCue(startingWith first: UnsafeBufferPointer<UInt8>) throws(SubtitleError) -> Cue? {
    var id = ""
    var timingLine = first
    if !SubRipTiming.looksLikeTiming(first) {
      guard isNumber(first) else {
        try warn("expected a cue number or a timing line; skipped to the next blank line", column: 1)
        try skipBlock()
        return nil
      }
      id = String(decoding: first, as: UTF8.self).trimmingSpaces()
      let numberLine = currentNumber
      let next = try nextLine()
      guard let next, SubRipTiming.looksLikeTiming(next) else {
        try options.reporter.warn(
          "cue number \(id) is not followed by a timing line; skipped",
          at: SourceLocation(file: options.sourceName, line: numberLine))
        if let next, !isBlank(next) { try skipBlock() }
        return nil
      }
      timingLine = next
    } else {
      try warn("cue without a number", column: 1)
    }
    let timingLineNumber = currentNumber
    switch SubRipTiming.parse(timingLine) {
    case .failure(let failure):
      try warn("\(failure.message); cue skipped", column: failure.column)
      try skipBlock()
      return nil
    case .success(let timing):
      for leniency in timing.leniencies { try warn(leniency.message, column: leniency.column) }
      if timing.end < timing.start { try warn("cue ends before it starts", column: 1) }
      cueCount += 1
      if !id.isEmpty && id != String(cueCount) && !warnedNumbering {
        warnedNumbering = true
        try options.reporter.warn(
          "cue number \(id) where \(cueCount) was expected; cues are not numbered 1, 2, 3 … (warned once)",
          at: SourceLocation(file: options.sourceName, line: timingLineNumber - 1))
      }
      var cue = try readText(start: timing.start, end: timing.end, line: timingLineNumber)
      cue.id = id
      return cue
    }
  }

  /// Reads text lines up to a blank line, or up to a line that starts the next cue.
  private func readText(start: MediaTime, end: MediaTime, line: Int) throws(SubtitleError) -> Cue {
    var cue = Cue(start: start, end: end, content: [], sourceLine: line)
    var markupLines: [String]?  // set once a line has markup; until then text goes straight into content
    while let text = try nextLine() {
      if isBlank(text) {
        blankRun = 1
        break
      }
      if SubRipTiming.looksLikeTiming(text) {
        try warn("missing blank line before this cue", column: 1)
        pushBack(text, number: currentNumber)
        break
      }
      var line = text
      var numberLine: PendingLine?
      if isNumber(text) {
        let copy = PendingLine(text, number: currentNumber)
        if try startsCue(after: copy) { break }
        numberLine = copy
        line = UnsafeBufferPointer(copy.bytes)
      }
      let decoded = SourceText.decode(line)
      if !decoded.valid {
        try warn("invalid UTF-8 replaced by U+FFFD", column: SourceText.firstInvalidColumn(line) ?? 1)
      }
      if markupLines == nil && line.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "{") }) {
        markupLines = cue.content.compactMap { if case .text(let text) = $0 { text } else { nil } }
      }
      withExtendedLifetime(numberLine) {}
      if markupLines != nil {
        markupLines?.append(decoded.text)
      } else {
        if !cue.content.isEmpty { cue.content.append(.lineBreak) }
        cue.content.append(.text(decoded.text))
      }
    }
    if let markupLines {
      let markup = SubRipMarkup.parse(markupLines)
      cue.content = markup.content
      cue.placement.anchor = markup.anchor
      for finding in markup.findings {
        try options.reporter.warn(
          finding.message,
          at: SourceLocation(file: options.sourceName, line: line + 1 + finding.line, column: finding.column))
      }
    }
    LineLanguages.tag(&cue)
    return cue
  }

  /// After a number-only text line: whether the next line is a timing line (a missing blank line).
  ///
  /// Either way the line after the number is pushed back to be read again.
  private func startsCue(after number: PendingLine) throws(SubtitleError) -> Bool {
    guard let next = try nextLine() else { return false }
    let isTiming = SubRipTiming.looksLikeTiming(next)
    pushBack(next, number: currentNumber)
    if isTiming {
      pending.insert(number, at: 0)
      try options.reporter.warn(
        "missing blank line before this cue", at: SourceLocation(file: options.sourceName, line: number.number))
    }
    return isTiming
  }

  private func skipBlock() throws(SubtitleError) {
    while let line = try nextLine(), !isBlank(line) {}
    blankRun = 1
  }

  private func nextLine() throws(SubtitleError) -> UnsafeBufferPointer<UInt8>? {
    if !pending.isEmpty {
      let line = pending.removeFirst()
      current = line
      currentNumber = line.number
      return UnsafeBufferPointer(line.bytes)
    }
    current = nil
    guard var line = try scanner.nextLine() else { return nil }
    currentNumber = scanner.lineNumber
    if !startedReading {
      startedReading = true
      if SourceText.startsWithByteOrderMark(line) {
        line = UnsafeBufferPointer(rebasing: line[3...])
        try warn("byte order mark at the start of the file", column: 1)
      }
    }
    return line
  }

  private func pushBack(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
    pending.insert(PendingLine(line, number: number), at: 0)
  }

  private func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }

  private func isNumber(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    var sawDigit = false
    for byte in line {
      if byte &- 0x30 < 10 {
        sawDigit = true
      } else if byte != 0x20 && byte != 0x09 {
        return false
      }
    }
    return sawDigit
  }

  private func warn(_ message: String, column: Int) throws(SubtitleError) {
    try options.reporter.warn(
      message, at: SourceLocation(file: options.sourceName, line: currentNumber, column: column))
  }
}

/// A line copied out of the scanner so that it can be read again later.
private final class PendingLine {
  let bytes: UnsafeMutableBufferPointer<UInt8>
  let number: Int

  init(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
    bytes = .allocate(capacity: line.count)
    _ = bytes.initialize(from: line)
    self.number = number
  }

  deinit {
    bytes.deallocate()
  }
}

extension StringProtocol {
  /// The text without spaces and tabs at either end.
  func trimmingSpaces() -> String {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return String(text)
  }
}
