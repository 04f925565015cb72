import SubtitleTimeline
import TextUnicode

/// Reads WebVTT by the W3C WebVTT file parsing algorithm, one cue at a time.
///
/// Regions, STYLE and NOTE blocks before the first cue go into the header; NOTE
/// blocks between cues ride on the cue after them, so a VTT → VTT copy keeps them.
public final class WebVTTReader: SubtitleReader {
  private var lines: WebVTTLineReader
  private let context: SourceContext
  /// The regions in the order defined; a later definition of an identifier removes the earlier one (nil here).
  private var regions: [Region?] = []
  /// Where each region identifier's definition is in `regions`.
  private var regionIndex: [String: Int] = [:]
  private var warnedRegionCount = false
  private var seenCue = false
  private var firstCue: Cue?
  private var pendingComments: [String] = []
  private let chinese = ChineseScriptDetector()

  /// Comments after the last cue; complete once `nextCue` has returned nil.
  public private(set) var trailingComments: [String] = []

  /// A reader over `source`.
  public init(_ source: any ByteSource, context: SourceContext) {
    lines = WebVTTLineReader(LineScanner(source, sourceName: context.sourceName), context: context)
    self.context = context
  }

  /// Checks the `WEBVTT` signature and reads every block before the first cue.
  public func readHeader() throws(SubtitleError) -> DocumentHeader {
    var first = try lines.next()
    var skippedBlankLines = false
    while let line = first, line.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
      skippedBlankLines = true
      first = try lines.next()
    }
    guard var signature = first else {
      try context.warn("empty input: no cues", line: 1)
      return DocumentHeader()
    }
    if skippedBlankLines { try context.warn("blank lines before WEBVTT skipped", line: 1) }
    if signature.text.hasPrefix("\u{FEFF}") { signature.text.removeFirst() }
    let bytes = Array(signature.text.utf8)
    guard bytes.starts(with: Array("WEBVTT".utf8)), bytes.count == 6 || bytes[6] == 0x20 || bytes[6] == 0x09
    else {
      if try startsWithCue(signature) {  // cues with the signature line left out: read on, as ttconv does
        try context.warn("no WEBVTT line at the start; read as WebVTT all the same", line: signature.number)
        return DocumentHeader()
      }
      throw SubtitleError(
        at: context.location(line: signature.number), "not a WebVTT file: the first line must start with WEBVTT")
    }
    // "WEBVTT - Title" is the usual way to name a file; the title is what follows the dash.
    var title = String(decoding: bytes.dropFirst(7), as: UTF8.self)
    if title.hasPrefix("- ") { title.removeFirst(2) }
    var header = DocumentHeader(title: title)
    if let second = try lines.next() {
      if !second.text.isEmpty {
        if second.text.utf8.containsArrow {
          try context.warn("no blank line after the WEBVTT line", line: second.number)
        }
        lines.pushBack(second)
        _ = try collectBlock(inHeader: true)
      }
    }
    blocks: while true {
      switch try nextBlock() {
      case .cue(let cue):
        firstCue = cue
        break blocks
      case .styleSheet(let sheet): header.styleSheets.append(sheet)
      case .region: break  // collected in `regions`, deduplicated by identifier
      case .comment(let comment): header.comments.append(comment)
      case .end: break blocks
      }
    }
    header.regions = regions.compactMap { $0 }
    return header
  }

  /// The next cue, with the NOTE blocks that stood before it as its comments.
  public func nextCue() throws(SubtitleError) -> Cue? {
    if let cue = firstCue {
      firstCue = nil
      return cue
    }
    while true {
      switch try nextBlock() {
      case .cue(var cue):
        cue.comments = pendingComments
        pendingComments.removeAll()
        return cue
      case .comment(let comment): pendingComments.append(comment)
      case .styleSheet, .region: break  // only recognised before the first cue
      case .end:
        trailingComments = pendingComments
        return nil
      }
    }
  }

  /// Whether the file begins with a cue (a WebVTT timing line, or an identifier and then one)
  /// instead of `WEBVTT`; the lines read to tell are put back.
  private func startsWithCue(_ first: WebVTTLine) throws(SubtitleError) -> Bool {
    func isTiming(_ line: WebVTTLine) -> Bool {
      var text = line.text
      return text.withUTF8 { WebVTTCueSettings.parseTimingLine($0, regions: [:]) } != nil
    }
    if isTiming(first) {
      lines.pushBack(first)
      return true
    }
    guard let second = try lines.next() else { return false }
    lines.pushBack(second)
    guard isTiming(second) else { return false }
    lines.pushBack(first)
    return true
  }

  private enum Block {
    case cue(Cue)
    case styleSheet(String)
    case region(Region)
    case comment(String)
    case end
  }

  /// Skips blank lines and collects blocks until one means something.
  private func nextBlock() throws(SubtitleError) -> Block {
    while let line = try lines.next() {
      if line.text.isEmpty { continue }
      lines.pushBack(line)
      if let block = try collectBlock(inHeader: false) { return block }
    }
    return .end
  }

  /// The W3C "collect a WebVTT block" steps; nil for a block that means nothing.
  private func collectBlock(inHeader: Bool) throws(SubtitleError) -> Block? {
    var lineCount = 0
    var buffer = ""
    var textLines: [String] = []  // the cue text's lines, kept to build plain content without splitting again
    var joinedLines = false
    var seenArrow = false
    var cue: Cue?
    var kind: (isStyle: Bool, isRegion: Bool) = (false, false)
    let firstLine = lines.peekNumber
    while let line = try lines.next() {
      lineCount += 1
      if line.text.utf8.containsArrow {
        if !inHeader && (lineCount == 1 || (lineCount == 2 && !seenArrow)) {
          seenArrow = true
          cue = try makeCue(id: buffer, timingLine: line)
          if cue != nil {
            buffer = ""
            seenCue = true
          }
          continue
        }
        lines.pushBack(line)
        break
      }
      if line.text.isEmpty { break }
      if !inHeader && lineCount == 2 && !seenCue {
        if buffer.isKeyword("STYLE") {
          kind.isStyle = true
          buffer = ""
        } else if buffer.isKeyword("REGION") {
          kind.isRegion = true
          buffer = ""
        }
      }
      if cue != nil && textLines.count == Cue.maximumLines {
        buffer += " "  // bounded memory: the lines past the limit are joined to the last one
        joinedLines = true
      } else if !buffer.isEmpty {
        buffer += "\n"
      }
      buffer += line.text
      if cue != nil && !joinedLines { textLines.append(line.text) }
    }
    if var cue {
      cue.sourceText = buffer
      let parsed = WebVTTCueTextParser.parse(buffer, lines: joinedLines ? nil : textLines)
      cue.content = parsed.content
      if joinedLines { try context.warn(Cue.tooManyLinesMessage, line: cue.sourceLine) }
      if parsed.ignoredTags { try context.warn(Cue.tooManyTagsMessage, line: cue.sourceLine) }
      if parsed.ignoredDeepTags {
        try context.warn("tags nested deeper than \(InlineSpan.maximumNesting) levels ignored", line: cue.sourceLine)
      }
      LineLanguages.tag(&cue, refineChinese: chinese.language(of:))
      return .cue(cue)
    }
    if kind.isStyle { return .styleSheet(buffer) }
    if kind.isRegion {
      let region = WebVTTCueSettings.parseRegion(buffer)
      guard regionIndex.count < Region.maximumCount || regionIndex[region.id] != nil else {
        if !warnedRegionCount { try context.warn(Region.tooManyMessage, line: firstLine) }
        warnedRegionCount = true
        return nil
      }
      if let earlier = regionIndex[region.id] { regions[earlier] = nil }
      regionIndex[region.id] = regions.count
      regions.append(region)
      return .region(region)
    }
    if buffer.hasPrefix("NOTE"), buffer.utf8.count == 4 || [" ", "\t", "\n"].contains(buffer.dropFirst(4).first) {
      return .comment(String(buffer.dropFirst(5)))
    }
    if !inHeader && !buffer.isEmpty {
      try context.warn("ignored a block that is not a cue, style, region or note", line: firstLine)
    }
    return nil
  }

  private func makeCue(id: String, timingLine line: WebVTTLine) throws(SubtitleError) -> Cue? {
    var text = line.text
    let parsed = text.withUTF8 { WebVTTCueSettings.parseTimingLine($0, regions: regionIndex) }
    guard let parsed else {
      try context.warn("invalid cue timings; block skipped", line: line.number)
      return nil
    }
    if parsed.end < parsed.start {
      try context.warn("cue ends before it starts", line: line.number)
    }
    return Cue(
      id: id, start: parsed.start, end: parsed.end, content: [], placement: parsed.placement, sourceLine: line.number)
  }
}

extension String {
  /// Whether the string is `keyword` followed only by ASCII whitespace.
  fileprivate func isKeyword(_ keyword: String) -> Bool {
    hasPrefix(keyword) && utf8.dropFirst(keyword.utf8.count).allSatisfy(isASCIIWhitespace)
  }
}

extension String.UTF8View {
  /// Whether the text contains `-->`.
  var containsArrow: Bool {
    withContiguousStorageIfAvailable(ByteComparison.containsArrow)
      ?? Array(self).withUnsafeBufferPointer(ByteComparison.containsArrow)
  }
}
