import SubtitleTimeline

/// Writes the whole timeline model as JSON, or as JSON Lines (header line, then one cue per line).
///
/// Times are seconds as JSON numbers (`"start": 1.5`); a time that is not whole
/// milliseconds also gets its exact fraction (`"startExact": "1001/30000"`).
public final class TimelineJSONWriter: SubtitleWriter {
  private let output: TextOutput
  private let isLines: Bool
  private var cueCount = 0

  /// A writer into `output`; `lines` selects JSON Lines.
  public init(_ output: TextOutput, lines: Bool = false) {
    self.output = output
    self.isLines = lines
  }

  /// Writes the header members (JSON) or the header line (JSON Lines).
  public func begin(_ header: DocumentHeader) throws(SubtitleError) {
    output.write(isLines ? "{\"kind\":\"header\"," : "{\"format\":\"subkit-timeline\",\"version\":1,")
    output.write("\"title\":")
    output.writeJSONString(header.title)
    output.write(",\"regions\":[")
    for (index, region) in header.regions.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      writeRegion(region)
    }
    output.write("],\"styleSheets\":")
    output.writeJSONStrings(header.styleSheets)
    output.write(",\"comments\":")
    output.writeJSONStrings(header.comments)
    if let language = header.language {
      output.write(",\"language\":")
      output.writeJSONString(language)
    }
    if let rates = header.timeRates {
      output.write(",\"timeRates\":{")
      if rates.countsFrames {
        output.write("\"frameRate\":")
        output.write(decimal: rates.frameRate)
        output.write(byte: UInt8(ascii: ","))
      }
      output.write("\"frameRateMultiplier\":[")
      output.write(decimal: rates.multiplierNumerator)
      output.write(byte: UInt8(ascii: ","))
      output.write(decimal: rates.multiplierDenominator)
      output.write("],\"subFrameRate\":")
      output.write(decimal: rates.subFrameRate)
      output.write(",\"tickRate\":[")
      output.write(decimal: rates.tickRateNumerator)
      output.write(byte: UInt8(ascii: ","))
      output.write(decimal: rates.tickRateDenominator)
      output.write("]}")
    }
    output.write(isLines ? "}\n" : ",\"cues\":[")
  }

  /// Writes one cue object.
  public func write(_ cue: Cue) throws(SubtitleError) {
    if !isLines { output.write(cueCount == 0 ? "\n" : ",\n") }
    cueCount += 1
    writeCue(cue)
    if isLines { output.write(byte: 0x0A) }
    try output.flushIfFull()
  }

  /// Closes the document and flushes.
  public func end(trailingComments: [String]) throws(SubtitleError) {
    if isLines {
      if !trailingComments.isEmpty {
        output.write("{\"kind\":\"end\",\"trailingComments\":")
        output.writeJSONStrings(trailingComments)
        output.write("}\n")
      }
    } else {
      output.write(cueCount == 0 ? "]" : "\n]")
      output.write(",\"trailingComments\":")
      output.writeJSONStrings(trailingComments)
      output.write("}\n")
    }
    try output.flush()
  }

  private func writeRegion(_ region: Region) {
    output.write("{\"id\":")
    output.writeJSONString(region.id)
    for (name, value) in [
      ("width", region.width), ("lines", region.lines), ("regionAnchorX", region.regionAnchorX),
      ("regionAnchorY", region.regionAnchorY), ("viewportAnchorX", region.viewportAnchorX),
      ("viewportAnchorY", region.viewportAnchorY),
    ] {
      output.write(",\"" + name + "\":")
      output.writeJSONNumber(value)
    }
    if let height = region.height {
      output.write(",\"height\":")
      output.writeJSONNumber(height)
    }
    output.write(region.scrollsUp ? ",\"scroll\":\"up\"}" : ",\"scroll\":\"\"}")
  }

  private func writeCue(_ cue: Cue) {
    output.write("{\"id\":")
    output.writeJSONString(cue.id)
    writeTime("start", cue.start)
    writeTime("end", cue.end)
    output.write(",\"text\":")
    output.writeJSONString(cue.content.plainText)
    if !cue.lineLanguages.isEmpty {
      output.write(",\"lineLanguages\":[")
      for (index, language) in cue.lineLanguages.enumerated() {
        if index > 0 { output.write(byte: UInt8(ascii: ",")) }
        if let language { output.writeJSONString(language) } else { output.write("null") }
      }
      output.write(byte: UInt8(ascii: "]"))
    }
    output.write(",\"content\":")
    writeNodes(cue.content)
    if cue.sourceText != nil || !cue.placement.hasDefaultCueSettings {
      output.write(",\"webvtt\":")
      writeWebVTT(cue)
    }
    if let anchor = cue.placement.anchor {
      output.write(",\"anchor\":")
      output.write(decimal: Int64(anchor))
    }
    if !cue.comments.isEmpty {
      output.write(",\"comments\":")
      output.writeJSONStrings(cue.comments)
    }
    if cue.sourceLine > 0 {
      output.write(",\"sourceLine\":")
      output.write(decimal: Int64(cue.sourceLine))
    }
    output.write(byte: UInt8(ascii: "}"))
  }

  private func writeTime(_ name: String, _ time: MediaTime) {
    output.write(",\"" + name + "\":")
    if !output.writeJSONSeconds(time) {
      output.write(",\"" + name + "Exact\":")
      output.writeJSONString(time.description)
    }
  }

  private func writeWebVTT(_ cue: Cue) {
    let placement = cue.placement
    output.write(byte: UInt8(ascii: "{"))
    if let text = cue.sourceText {
      output.write("\"text\":")
      output.writeJSONString(text)
      output.write(byte: UInt8(ascii: ","))
    }
    output.write("\"region\":")
    if let region = placement.region { output.writeJSONString(region) } else { output.write("null") }
    output.write(",\"vertical\":")
    output.writeJSONString(placement.vertical.rawValue)
    output.write(",\"snapToLines\":")
    if case .percentage = placement.line { output.write("false") } else { output.write("true") }
    output.write(",\"line\":")
    switch placement.line {
    case nil: output.write("\"auto\"")
    case .number(let number), .percentage(let number): output.writeJSONNumber(number)
    }
    output.write(",\"lineAlign\":")
    output.writeJSONString(placement.lineAlign.rawValue)
    output.write(",\"position\":")
    if let position = placement.position { output.writeJSONNumber(position) } else { output.write("\"auto\"") }
    output.write(",\"positionAlign\":")
    output.writeJSONString(placement.positionAlign.rawValue)
    output.write(",\"size\":")
    output.writeJSONNumber(placement.size)
    output.write(",\"align\":")
    output.writeJSONString(placement.align.rawValue)
    output.write(byte: UInt8(ascii: "}"))
  }

  private func writeNodes(_ nodes: [InlineNode]) {
    output.write(byte: UInt8(ascii: "["))
    for (index, node) in nodes.enumerated() {
      if index > 0 { output.write(byte: UInt8(ascii: ",")) }
      switch node {
      case .text(let text):
        output.write("{\"type\":\"text\",\"text\":")
        output.writeJSONString(text)
        output.write(byte: UInt8(ascii: "}"))
      case .lineBreak:
        output.write("{\"type\":\"lineBreak\"}")
      case .timestamp(let time):
        output.write("{\"type\":\"timestamp\"")
        writeTime("time", time)
        output.write(byte: UInt8(ascii: "}"))
      case .span(let span):
        writeSpan(span)
      }
    }
    output.write(byte: UInt8(ascii: "]"))
  }

  private func writeSpan(_ span: InlineSpan) {
    output.write("{\"type\":")
    output.writeJSONString(SpanType(span.style).rawValue)
    switch span.style {
    case .voice(let name):
      output.write(",\"voice\":")
      output.writeJSONString(name)
    case .language(let language):
      output.write(",\"lang\":")
      output.writeJSONString(language)
    case .color(let color):
      output.write(",\"color\":")
      output.writeJSONString(color)
    default: break
    }
    output.write(",\"classes\":")
    output.writeJSONStrings(span.classes)
    output.write(",\"children\":")
    writeNodes(span.children)
    output.write(byte: UInt8(ascii: "}"))
  }
}

extension TimelineJSONWriter {
  /// Whether seconds as a JSON number hold the time exactly; others also get `…Exact` fractions.
  ///
  /// Exact means whole milliseconds within a double's exact integers (2^53 ms, about 285,000 years).
  static func isMilliseconds(_ time: MediaTime) -> Bool {
    1000 % time.denominator == 0 && time.numerator.magnitude < (1 << 53) / 1000 * UInt64(time.denominator)
  }
}

/// The `type` names of spans in the JSON.
enum SpanType: String {
  case italic, bold, underline, `class`, voice, language, color, ruby, rubyText

  init(_ style: SpanStyle) {
    switch style {
    case .italic: self = .italic
    case .bold: self = .bold
    case .underline: self = .underline
    case .classOnly: self = .class
    case .voice: self = .voice
    case .language: self = .language
    case .color: self = .color
    case .ruby: self = .ruby
    case .rubyText: self = .rubyText
    }
  }
}
