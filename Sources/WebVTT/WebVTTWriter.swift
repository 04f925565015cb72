import SubtitleTimeline

/// Writes WebVTT: header, regions, STYLE and NOTE blocks, then cues with settings and markup.
///
/// Everything the reader keeps is written back; SRT's `{\anN}` anchor becomes
/// `line`/`align` settings, and text colour (which WebVTT cannot say inline) is dropped with a warning.
public final class WebVTTWriter: SubtitleWriter {
  private let output: TextOutput
  private let context: SourceContext

  /// A writer into `output`.
  public init(_ output: TextOutput, context: SourceContext) {
    self.output = output
    self.context = context
  }

  /// Writes the signature line and the header blocks.
  public func begin(_ header: DocumentHeader) throws(SubtitleError) {
    output.write("WEBVTT")
    if !header.title.isEmpty {
      output.write(" - ")
      output.write(header.title.replacingNewlines())
    }
    output.write(byte: 0x0A)
    for region in header.regions { writeRegion(region) }
    for sheet in header.styleSheets {
      output.write("\nSTYLE\n")
      output.write(sheet)
      output.write(byte: 0x0A)
    }
    for comment in header.comments { writeComment(comment) }
  }

  /// Writes one cue block.
  public func write(_ cue: Cue) throws(SubtitleError) {
    for comment in cue.comments { writeComment(comment) }
    output.write(byte: 0x0A)
    if !cue.id.isEmpty {
      if !Self.isValidIdentifier(cue.id) {
        try warn("cue identifier with a line break or '-->' dropped", cue)
      } else {
        output.write(cue.id)
        output.write(byte: 0x0A)
      }
    }
    if cue.start < .zero || cue.end < .zero { try warn("negative time written as 00:00:00.000", cue) }
    if max(cue.start.roundedMilliseconds, cue.end.roundedMilliseconds) > MediaTime.largestClockMilliseconds {
      try warn("time past 999999999:59:59.999 written as that", cue)
    }
    output.write(clockMilliseconds: cue.start.clockMilliseconds, separator: UInt8(ascii: "."))
    output.write(" --> ")
    output.write(clockMilliseconds: cue.end.clockMilliseconds, separator: UInt8(ascii: "."))
    writeSettings(cue.placement)
    output.write(byte: 0x0A)
    var text = WebVTTCueTextWriter(output: output)
    text.writeCue(cue.content)
    for loss in text.losses { try warn("WebVTT cannot carry \(loss); dropped", cue) }
    if text.wroteNULAsReplacement { try warn("NUL characters written as U+FFFD, as WebVTT reads them", cue) }
    output.write(byte: 0x0A)
    try output.flushIfFull()
  }

  /// Writes trailing NOTE blocks and flushes.
  public func end(trailingComments: [String]) throws(SubtitleError) {
    for comment in trailingComments { writeComment(comment) }
    try output.flush()
  }

  private func writeRegion(_ region: Region) {
    output.write("\nREGION\nid:")
    output.write(region.id)
    output.write(" width:")
    output.write(percent(region.width))
    output.write(" lines:")
    output.write(PlainDecimal.format(region.lines))
    output.write(" regionanchor:")
    output.write(percent(region.regionAnchorX) + "," + percent(region.regionAnchorY))
    output.write(" viewportanchor:")
    output.write(percent(region.viewportAnchorX) + "," + percent(region.viewportAnchorY))
    if region.scrollsUp { output.write(" scroll:up") }
    output.write(byte: 0x0A)
  }

  private func writeComment(_ comment: String) {
    output.write(comment.contains("\n") ? "\nNOTE\n" : (comment.isEmpty ? "\nNOTE" : "\nNOTE "))
    output.write(comment.replacingArrows())
    output.write(byte: 0x0A)
  }

  private func writeSettings(_ placement: CuePlacement) {
    var placement = placement
    if let anchor = placement.anchor, placement.hasDefaultCueSettings {
      placement = Self.settings(forAnchor: anchor)
    }
    if placement.vertical != .horizontal { output.write(" vertical:" + placement.vertical.rawValue) }
    if let line = placement.line {
      switch line {
      case .number(let number): output.write(" line:" + PlainDecimal.format(number))
      case .percentage(let number): output.write(" line:" + percent(number))
      }
      if placement.lineAlign != .start { output.write("," + placement.lineAlign.rawValue) }
    }
    if let position = placement.position {
      output.write(" position:" + percent(position))
      if placement.positionAlign != .auto { output.write("," + placement.positionAlign.rawValue) }
    }
    if placement.size != 100 { output.write(" size:" + percent(placement.size)) }
    if placement.align != .center { output.write(" align:" + placement.align.rawValue) }
    if let region = placement.region { output.write(" region:" + region) }
  }

  /// Whether `id` can stand on a line of its own: no line break and no `-->`.
  static func isValidIdentifier(_ id: String) -> Bool {
    if id.utf8.count <= 15, id.utf8.allSatisfy({ $0 &- 0x30 < 10 }) { return true }  // SRT's numbers
    var id = id
    return id.withUTF8 { bytes in
      ByteComparison.occurrences(of: 0x0A, 0x0D, 0, in: bytes) == 0 && !ByteComparison.containsArrow(bytes)
    }
  }

  /// WebVTT settings that put a cue where SRT's numeric-keypad anchor says.
  static func settings(forAnchor anchor: Int) -> CuePlacement {
    var placement = CuePlacement()
    switch anchor {
    case 7, 8, 9: placement.line = .number(0)
    case 4, 5, 6:
      placement.line = .percentage(50)
      placement.lineAlign = .center
    default: break
    }
    switch anchor {
    case 1, 4, 7: placement.align = .left
    case 3, 6, 9: placement.align = .right
    default: break
    }
    placement.anchor = anchor
    return placement
  }

  private func percent(_ value: Double) -> String { PlainDecimal.format(value) + "%" }

  private func warn(_ message: String, _ cue: Cue) throws(SubtitleError) {
    try context.warn(message, line: cue.sourceLine)
  }
}

extension String {
  fileprivate func replacingNewlines() -> String {
    String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
  }

  /// A NOTE may not contain `-->`; `--&gt;` is the closest that parses back as text.
  fileprivate func replacingArrows() -> String {
    utf8.containsArrow ? split(separator: "-->", omittingEmptySubsequences: false).joined(separator: "--&gt;") : self
  }
}
