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
    newline()
    newline()
    for loss in losses {
      try context.warn("SRT cannot carry \(loss); dropped", line: cue.sourceLine)
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
        if !text.isEmpty { lineIsEmpty = false }
        output.write(text)
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
    case .color(let color):
      output.write("<font color=\"")
      output.write(color)
      output.write("\">")
      writeNodes(span.children, lineIsEmpty: &lineIsEmpty)
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
    output.write(byte: UInt8(ascii: "<"))
    output.write(tag.description)
    output.write(byte: UInt8(ascii: ">"))
    writeNodes(span.children, lineIsEmpty: &lineIsEmpty)
    output.write("</")
    output.write(tag.description)
    output.write(byte: UInt8(ascii: ">"))
  }

  private func noteLoss(_ what: String) {
    if !losses.contains(what) { losses.append(what) }
  }

  private func writeTime(_ time: MediaTime, cue: Cue) throws(SubtitleError) {
    var milliseconds = time.roundedMilliseconds
    if milliseconds < 0 {
      try context.warn("negative time written as 00:00:00,000", line: cue.sourceLine)
      milliseconds = 0
    }
    output.write(clockMilliseconds: milliseconds, separator: UInt8(ascii: ","))
  }

  private func newline() {
    if crlf { output.write(byte: 0x0D) }
    output.write(byte: 0x0A)
  }
}
