import SubtitleTimeline
import TextUnicode

/// Reads SubRip (`.srt`) cues one at a time, leniently, warning about each repair it makes.
///
/// ```swift
/// let reader = SubRipReader(MemoryByteSource("1\n00:00:01,000 --> 00:00:02,000\nHi\n"),
///                           context: SourceContext(sourceName: "a.srt"))
/// let document = try reader.readDocument()
/// ```
public final class SubRipReader: SubtitleReader {
  private let scanner: LineScanner
  private let context: SourceContext
  private var pending: [PendingLine] = []
  private var current: PendingLine?
  private var currentNumber = 0
  private var cueCount = 0
  /// The number of the last cue read (its place in the file when it had none).
  private var previousNumber = 0
  private var blankRun = 0
  private var startedReading = false
  private var warnedNumbering = false
  /// The first line that was not blank, and whether the end of the input has been reported.
  private var firstTextLine: Int?
  private var reachedEnd = false
  private var lastLanguages: [String?] = []
  private let chinese = ChineseScriptDetector()

  /// A reader over `source`.
  public init(_ source: any ByteSource, context: SourceContext) {
    scanner = LineScanner(source, sourceName: context.sourceName)
    self.context = context
  }

  /// Comments after the last cue: SRT has none.
  public var trailingComments: [String] { [] }

  /// SRT has no header; returns an empty one.
  public func readHeader() throws(SubtitleError) -> DocumentHeader {
    DocumentHeader()
  }

  /// The next cue, skipping (with a warning) blocks that are not cues.
  ///
  /// Input with text but not one cue is refused ("no cues found"); empty or blank input is an
  /// empty track, with a warning. A cue is returned once the next one has been found: text after
  /// a blank line that starts no cue belongs to it (as ffmpeg and pysubs2 read it).
  public func nextCue() throws(SubtitleError) -> Cue? {
    if held == nil { held = try readNextCue() }
    let next = try readNextCue()
    defer { held = next }
    return held
  }

  /// The cue read but not returned yet: text blocks after it may still belong to it.
  private var held: Cue?

  private func readNextCue() throws(SubtitleError) -> Cue? {
    while let line = try nextLine() {
      if isBlank(line) {
        blankRun += 1
        if blankRun == 2 && cueCount > 0 { try warn("extra blank line between cues", column: 1) }
        continue
      }
      blankRun = 0
      if firstTextLine == nil { firstTextLine = currentNumber }
      let cue = try readCue(startingWith: line)
      if cue != nil { return cue }
    }
    if cueCount == 0 && !reachedEnd {
      reachedEnd = true
      guard let firstTextLine else {
        try context.warn("empty input: no cues", line: max(currentNumber, 1))
        return nil
      }
      throw SubtitleError(
        at: context.location(line: firstTextLine), "no cues found: is this a subtitle file? (read as SRT)")
    }
    reachedEnd = true
    return nil
  }

  private func readCue(startingWith first: UnsafeBufferPointer<UInt8>) throws(SubtitleError) -> Cue? {
    var id = ""
    var number: Int?
    var timingLine = first
    var canonical: SubRipTiming?
    if SubRipLineKind(first) != .timing {
      guard let (digits, marked) = numberDigits(first) else {
        try continueHeldCue(with: first)
        return nil
      }
      if marked {
        try warn("an invisible mark (byte order mark, U+200B, U+200E or U+200F) before the cue number", column: 1)
      }
      id = String(decoding: digits, as: UTF8.self)
      number = digits.count <= 18 ? digits.reduce(0) { $0 * 10 + Int($1 &- 0x30) } : nil
      let numberLine = currentNumber
      let next = try nextLine()
      // The canonical timing line, nearly every cue's, needs no classifying first.
      canonical = next.flatMap(SubRipTiming.parseCanonical)
      guard let next, canonical != nil || SubRipLineKind(next) == .timing || SubRipTiming.isReadable(next) else {
        try context.warn("cue number \(id) is not followed by a timing line; skipped", line: numberLine)
        if let next, !isBlank(next) { try skipBlock() }
        return nil
      }
      timingLine = next
    } else if let length = gluedNumberLength(first) {
      number = previousNumber + 1
      id = String(previousNumber + 1)
      timingLine = UnsafeBufferPointer(rebasing: first[length...])
      try warn("cue number \(id) written onto its timing line, with no line end between; read apart", column: 1)
    } else {
      try warn("cue without a number", column: 1)
    }
    let timingLineNumber = currentNumber
    let timing: SubRipTiming
    do throws(TimingFailure) {
      if let canonical { timing = canonical } else { timing = try SubRipTiming.parse(timingLine) }
    } catch {
      try warn("\(error.message); cue skipped", column: error.column)
      try skipBlock()
      return nil
    }
    for leniency in timing.leniencies { try warn(leniency.message, column: leniency.column) }
    if timing.end < timing.start { try warn("cue ends before it starts", column: 1) }
    cueCount += 1
    previousNumber = number ?? cueCount
    if !id.isEmpty && number != cueCount && !warnedNumbering {
      warnedNumbering = true
      try context.warn(
        "cue number \(id) where \(cueCount) was expected; cues are not numbered 1, 2, 3 … (warned once)",
        line: timingLineNumber - 1)
    }
    return try readText(id: id, start: timing.start, end: timing.end, line: timingLineNumber)
  }

  /// Reads text lines up to a blank line, or up to a line that starts the next cue.
  private func readText(id: String, start: MediaTime, end: MediaTime, line: Int) throws(SubtitleError) -> Cue {
    var texts = CueLines()
    lines: while let text = try nextLine() {
      var line = text
      var numberLine: PendingLine?
      switch SubRipLineKind(text) {
      case .blank:
        blankRun = 1
        break lines
      case .timing:
        try warn("missing blank line before this cue", column: 1)
        pushBack(text, number: currentNumber)
        break lines
      case .number:
        let copy = PendingLine(text, number: currentNumber)
        if try startsCue(after: copy) { break lines }
        numberLine = copy
        line = UnsafeBufferPointer(copy.bytes)
      case .text(let hasMarkup):
        texts.hasMarkup = texts.hasMarkup || hasMarkup
      }
      let decoded = SourceText.decode(line)
      if !decoded.valid {
        try warn("invalid UTF-8 replaced by U+FFFD", column: SourceText.firstInvalidColumn(line) ?? 1)
      }
      var language = texts.hasMarkup ? nil : ScriptCounter.language(of: line)
      if language == LineLanguages.chinese && !texts.traditional { language = chinese.language(of: decoded.text) }
      texts.append(decoded.text, language: language)
      withExtendedLifetime(numberLine) {}
    }
    if texts.joinedLines { try context.warn(Cue.tooManyLinesMessage, line: line) }
    guard texts.hasMarkup else {
      let languages = texts.languages(reusing: &lastLanguages)
      return Cue(id: id, start: start, end: end, content: texts.content(), lineLanguages: languages, sourceLine: line)
    }
    let markup = SubRipMarkup.parse(texts.all)
    for finding in markup.findings {
      try context.warn(finding.message, line: line + 1 + finding.line, column: finding.column, rule: "markup")
    }
    var cue = Cue(id: id, start: start, end: end, content: markup.content, sourceLine: line)
    cue.placement.anchor = markup.anchor
    LineLanguages.tag(&cue, refineChinese: chinese.language(of:))
    return cue
  }

  /// Reads a block after a blank line that starts no cue as more lines of the cue before it.
  ///
  /// While that cue has room for them; else (or before any cue) the block is skipped. Either way with a warning.
  private func continueHeldCue(with first: UnsafeBufferPointer<UInt8>) throws(SubtitleError) {
    guard var cue = held, cue.content.lineCount < Cue.maximumLines else {
      try warn("expected a cue number or a timing line; skipped to the next blank line", column: 1)
      try skipBlock()
      return
    }
    try warn("text after a blank line that starts no cue: read as more lines of the cue before it", column: 1)
    pushBack(first, number: currentNumber)
    let more = try readText(id: "", start: cue.start, end: cue.end, line: currentNumber)
    guard cue.content.lineCount + more.content.lineCount <= Cue.maximumLines else {
      try context.warn(Cue.tooManyLinesMessage + " (text after a blank line dropped)", line: more.sourceLine)
      return
    }
    cue.content += [.lineBreak] + more.content
    // As one cue: a Traditional line makes its other Chinese lines Traditional.
    LineLanguages.tag(&cue, refineChinese: chinese.language(of:))
    held = cue
  }

  /// After a number-only text line: whether the next line is a timing line (a missing blank line).
  ///
  /// Either way the line after the number is pushed back to be read again.
  private func startsCue(after number: PendingLine) throws(SubtitleError) -> Bool {
    guard let next = try nextLine() else { return false }
    let isTiming = SubRipLineKind(next) == .timing
    pushBack(next, number: currentNumber)
    if isTiming {
      pending.insert(number, at: 0)
      try context.warn("missing blank line before this cue", line: number.number)
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
    if current != nil { current = nil }
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
    SubRipLineKind.isBlank(line)
  }

  /// The digits of a line that holds only a number (spaces around it allowed), or nil; and whether
  /// an invisible mark stood before it (a byte order mark, U+200B, U+200E or U+200F: files joined
  /// together, or written by right-to-left editors, have them).
  private func numberDigits(_ line: UnsafeBufferPointer<UInt8>) -> (UnsafeBufferPointer<UInt8>, marked: Bool)? {
    var first = 0
    var last = line.count
    var marked = false
    while first + 3 <= last,
      line[first] == 0xEF && line[first + 1] == 0xBB && line[first + 2] == 0xBF
        || line[first] == 0xE2 && line[first + 1] == 0x80 && [0x8B, 0x8E, 0x8F].contains(line[first + 2])
    {
      first += 3
      marked = true
    }
    while first < last && (line[first] == 0x20 || line[first] == 0x09) { first += 1 }
    while last > first && (line[last - 1] == 0x20 || line[last - 1] == 0x09) { last -= 1 }
    guard first < last, line[first..<last].allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
    return (UnsafeBufferPointer(rebasing: line[first..<last]), marked)
  }

  /// The length of the next cue's number when a timing line starts with it (`2500:00:09,289 --> …`
  /// for cue 25, hours of two digits after it: a line end lost between the two), else nil.
  private func gluedNumberLength(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
    let expected = Array(String(previousNumber + 1).utf8)
    let digits = line.prefix { $0 &- 0x30 < 10 }.count
    guard digits == expected.count + 2, digits < line.count, line[digits] == UInt8(ascii: ":"),
      line.starts(with: expected), let arrow = line.firstRange(of: Array("-->".utf8))
    else { return nil }
    // The end time's hours must be two digits: `100:00:01,000 --> 100:00:02,000` is a long time.
    let end = line[arrow.upperBound...].drop { $0 == 0x20 || $0 == 0x09 }
    return end.prefix { $0 &- 0x30 < 10 }.count <= 2 ? expected.count : nil
  }

  private func warn(_ message: String, column: Int) throws(SubtitleError) {
    try context.warn(message, line: currentNumber, column: column)
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

/// The text lines of one cue as they are read, kept without allocation for the usual one or two.
private struct CueLines {
  private var first: String?
  private var second: String?
  private var more: [String] = []
  private var firstLanguage: String?
  private var secondLanguage: String?
  private var moreLanguages: [String?] = []
  /// Whether any line has `<` or `{` markup (then languages are found after parsing it).
  var hasMarkup = false
  /// Whether a Chinese line is Traditional: then every Chinese line of the cue is (one passage
  /// split over lines is one script, though a line may hold no character that tells).
  private(set) var traditional = false

  mutating func append(_ text: String, language: String?) {
    var language = language
    if language == LineLanguages.traditionalChinese && !traditional {
      traditional = true
      if firstLanguage == LineLanguages.chinese { firstLanguage = language }
      if secondLanguage == LineLanguages.chinese { secondLanguage = language }
      moreLanguages = moreLanguages.map { $0 == LineLanguages.chinese ? language : $0 }
    } else if traditional && language == LineLanguages.chinese {
      language = LineLanguages.traditionalChinese
    }
    if first == nil {
      (first, firstLanguage) = (text, language)
    } else if second == nil {
      (second, secondLanguage) = (text, language)
    } else if more.count < Cue.maximumLines - 2 {
      more.append(text)
      moreLanguages.append(language)
    } else {
      more[more.count - 1] += " " + text  // bounded memory: joined to the last line kept
      joinedLines = true
    }
  }

  /// Whether lines past `Cue.maximumLines` were joined to the last one.
  private(set) var joinedLines = false

  /// Every line in order.
  var all: [String] { [first, second].compactMap { $0 } + more }

  /// The lines as text nodes with line breaks between them.
  func content() -> [InlineNode] {
    guard let first else { return [] }
    guard let second else { return [.text(first)] }
    var nodes: [InlineNode] = [.text(first), .lineBreak, .text(second)]
    for text in more { nodes += [.lineBreak, .text(text)] }
    return nodes
  }

  /// The line languages; the previous cue's array when equal, so a run of alike cues shares one.
  func languages(reusing previous: inout [String?]) -> [String?] {
    guard first != nil, firstLanguage != nil || secondLanguage != nil || moreLanguages.contains(where: { $0 != nil })
    else { return [] }
    let count = second == nil ? 1 : 2 + more.count
    if previous.count == count, previous[0] == firstLanguage, count < 2 || previous[1] == secondLanguage,
      count < 3 || Array(previous[2...]) == moreLanguages
    {
      return previous
    }
    previous = count == 1 ? [firstLanguage] : [firstLanguage, secondLanguage] + moreLanguages
    return previous
  }
}
