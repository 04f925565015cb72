import SubtitleTimeline

/// Writes canonical SRT: cues numbered from 1, `HH:MM:SS,mmm` times, `<i> <b> <u> <font>` tags.
///
/// What SRT cannot carry (regions, cue settings, ruby, voices, classes, karaoke
/// timestamps) is dropped with a warning naming the cue's source line.
public final class SubRipWriter: SubtitleWriter {
  private let output: TextOutput
  private let context: SourceContext
  private let crlf: Bool
  private var number: Int64 = 0
  private var losses: [String] = []
  /// Whether the cue being written has text a reader would take for `<i>`, `{\an8}` or the like.
  private var writesMarkupAsText = false
  /// Whether the cue being written had `-->` in its text, written `-- >`.
  private var writesArrowApart = false
  /// Whether text on the current line has a `<` that a later `>` on the line would make a tag.
  private var openBracketPending = false

  /// A writer into `output`; `crlf` ends lines with CRLF, as SubRip itself wrote, instead of LF.
  public init(_ output: TextOutput, context: SourceContext, crlf: Bool = false) {
    self.output = output
    self.context = context
    self.crlf = crlf
  }

  /// Warns about header parts SRT cannot carry.
  public func begin(_ header: DocumentHeader) throws(SubtitleError) {
    if !header.regions.isEmpty { try context.warn("SRT has no regions; dropped", line: 1) }
    if !header.styleSheets.isEmpty {
      try context.warn("SRT has no style sheets; dropped", line: 1)
    }
    if !header.title.isEmpty || !header.comments.isEmpty {
      try context.warn("SRT has no title or comments; dropped", line: 1)
    }
  }

  /// Writes one numbered cue.
  public func write(_ cue: Cue) throws(SubtitleError) {
    number += 1
    output.write(decimal: number)
    newline()
    try writeTime(cue.start, cue: cue)
    output.write(" --> ")
    try writeTime(cue.end, cue: cue)
    newline()
    if let anchor = cue.placement.anchor {
      output.write("{\\an")
      output.write(decimal: Int64(anchor))
      output.write(byte: UInt8(ascii: "}"))
    }
    losses.removeAll(keepingCapacity: true)
    var settings = cue.placement
    settings.region = nil  // regions are reported once, for the whole document, by begin(_:)
    if !settings.hasDefaultCueSettings { losses.append("cue settings") }
    if !cue.comments.isEmpty { losses.append("comments") }
    var lineIsEmpty = true
    writeNodes(cue.content, lineIsEmpty: &lineIsEmpty)
    if lineIsEmpty, cue.content.lineCount > 1 { noteLoss("empty lines") }  // it would end the cue
    newline()
    newline()
    for loss in losses {
      try context.warn("SRT cannot carry \(loss); dropped", line: cue.sourceLine)
    }
    if writesArrowApart {
      writesArrowApart = false
      try context.warn("\"-->\" in the text is written \"-- >\" (it would read as a timing line)", line: cue.sourceLine)
    }
    if writesMarkupAsText {
      writesMarkupAsText = false
      try context.warn("text that reads as a tag is written as is (SRT has no escapes)", line: cue.sourceLine)
    }
    try output.flushIfFull()
  }

  /// Flushes the output.
  public func end(trailingComments: [String]) throws(SubtitleError) {
    try output.flush()
  }

  private func writeNodes(_ nodes: [InlineNode], lineIsEmpty: inout Bool) {
    for node in nodes {
      switch node {
      case .text(let text):
        if text.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 }) { lineIsEmpty = false }  // else it reads as blank
        if noteMarkupIn(text) {
          // A text line holding the arrow would read back as a timing line and start a cue.
          writesArrowApart = true
          output.write(text.replacing("-->", with: "-- >"))
        } else {
          output.write(text)
        }
      case .lineBreak:
        if lineIsEmpty {
          noteLoss("empty lines")  // an empty line would end the cue: the break is not written
        } else {
          newline()
          lineIsEmpty = true
        }
      case .timestamp:
        noteLoss("karaoke timestamps")
      case .span(let span):
        writeSpan(span, lineIsEmpty: &lineIsEmpty)
      }
    }
  }

  private func writeSpan(_ span: InlineSpan, lineIsEmpty: inout Bool) {
    if !span.classes.isEmpty { noteLoss("classes") }
    switch span.style {
    case .italic: wrap("i", span, &lineIsEmpty)
    case .bold: wrap("b", span, &lineIsEmpty)
    case .underline: wrap("u", span, &lineIsEmpty)
    case .color(let color) where color.isEmpty:
      writeNodes(span.children, lineIsEmpty: &lineIsEmpty)
    case .color(let color) where color.utf8.contains { $0 == 0x22 || $0 == 0x3C || $0 == 0x3E || $0 < 0x20 }:
      noteLoss("colour \"\(color)\"")  // a quote or bracket would end the attribute or the tag
      writeNodes(span.children, lineIsEmpty: &lineIsEmpty)
    case .color(let color):
      noteTagWritten()
      output.write("<font color=\"")
      output.write(color)
      output.write("\">")
      writeNodes(span.children, lineIsEmpty: &lineIsEmpty)
      noteTagWritten()
      output.write("</font>")
    case .rubyText:
      noteLoss("ruby annotations")
    case .voice:
      noteLoss("voice names")
      writeNodes(span.children, lineIsEmpty: &lineIsEmpty)
    case .language:
      noteLoss("language spans")
      writeNodes(span.children, lineIsEmpty: &lineIsEmpty)
    case .classOnly, .ruby:
      writeNodes(span.children, lineIsEmpty: &lineIsEmpty)
    }
  }

  private func wrap(_ tag: StaticString, _ span: InlineSpan, _ lineIsEmpty: inout Bool) {
    noteTagWritten()
    output.write(byte: UInt8(ascii: "<"))
    output.write(tag.description)
    output.write(byte: UInt8(ascii: ">"))
    writeNodes(span.children, lineIsEmpty: &lineIsEmpty)
    noteTagWritten()
    output.write("</")
    output.write(tag.description)
    output.write(byte: UInt8(ascii: ">"))
  }

  private func noteLoss(_ what: String) {
    if !losses.contains(what) { losses.append(what) }
  }

  private func writeTime(_ time: MediaTime, cue: Cue) throws(SubtitleError) {
    let milliseconds = time.clockMilliseconds
    if milliseconds != time.roundedMilliseconds {
      try context.warn(
        milliseconds == 0 ? "negative time written as 00:00:00,000" : "time past 999999999:59:59,999 written as that",
        line: cue.sourceLine)
    }
    output.write(clockMilliseconds: milliseconds, separator: UInt8(ascii: ","))
  }

  /// Notes text that would not read back as itself: a tag of its own, or a `<` that the next `>`
  /// on the line closes (SRT readers take the first `>` after a `<` as the tag's end); returns
  /// whether it holds `-->`, which would read back as a timing line (one scan finds both).
  private func noteMarkupIn(_ text: String) -> Bool {
    let (brackets, arrow) =
      text.utf8.withContiguousStorageIfAvailable { bytes in
        let found = ByteComparison.occurrences(of: UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "{"), in: bytes)
        return (found, found & 2 != 0 && ByteComparison.containsArrow(bytes))
      } ?? (UInt8(7), text.contains("-->"))
    guard brackets != 0 else { return false }
    if openBracketPending && brackets & 2 != 0 || SubRipMarkup.readsAsMarkup(text) { writesMarkupAsText = true }
    if brackets & 1 != 0, let open = text.utf8.lastIndex(of: UInt8(ascii: "<")) {
      openBracketPending = !text.utf8[open...].contains(UInt8(ascii: ">"))
    } else if brackets & 2 != 0 {
      openBracketPending = false
    }
    return arrow
  }

  /// A tag about to be written ends with `>`: a pending `<` in the text before it would swallow it.
  private func noteTagWritten() {
    if openBracketPending { writesMarkupAsText = true }
    openBracketPending = false
  }

  private func newline() {
    openBracketPending = false
    if crlf { output.write(byte: 0x0D) }
    output.write(byte: 0x0A)
  }
}
