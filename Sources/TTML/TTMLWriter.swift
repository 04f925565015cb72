import SubtitleTimeline

/// Writes IMSC 1.1 Text profile TTML: one `p` per cue, each line a `span` with its `xml:lang`,
/// regions for placement, and exact times (clock time, or frames and ticks at the document's rates).
///
/// What IMSC text cannot carry from the timeline (voices, classes, karaoke timestamps, WebVTT cue
/// settings beyond a region) is dropped with a warning naming the cue's source line.
public final class TTMLWriter: SubtitleWriter {
  private let output: TextOutput
  private let context: SourceContext
  private var times = TTMLTimeWriter(rates: nil)
  private var regionIDs: Set<String> = []
  private var writtenIDs: Set<String> = []
  private var currentLineLanguage: String?
  private var losses: [String] = []
  /// Whether text since the last warning held characters XML cannot (written as U+FFFD).
  private var replacedControls = false
  /// The longest text written between two tags in the current cue, in bytes as a reader counts them.
  private var longestText = 0
  /// The bytes of text written since the last tag.
  private var textRun = 0

  /// The regions written when the document has none: subtitles at the bottom, and at the top for `{\an7-9}`.
  static let defaultRegions = [
    ("bottom", "10% 10%", "80% 80%", "after"), ("top", "10% 10%", "80% 80%", "before"),
  ]

  /// A writer into `output`.
  public init(_ output: TextOutput, context: SourceContext) {
    self.output = output
    self.context = context
  }

  /// Writes the root element, the head with its regions, and opens the body.
  public func begin(_ header: DocumentHeader) throws(SubtitleError) {
    times = TTMLTimeWriter(rates: header.timeRates)
    output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    output.write("<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:ttp=\"http://www.w3.org/ns/ttml#parameter\"")
    output.write(" xmlns:tts=\"http://www.w3.org/ns/ttml#styling\" xmlns:ttm=\"http://www.w3.org/ns/ttml#metadata\"")
    output.write(" ttp:contentProfiles=\"http://www.w3.org/ns/ttml/profile/imsc1.1/text\"")
    if let rates = header.timeRates {
      if rates.countsFrames {
        output.write(" ttp:frameRate=\"\(rates.frameRate)\"")
        if rates.multiplierNumerator != 1 || rates.multiplierDenominator != 1 {
          output.write(" ttp:frameRateMultiplier=\"\(rates.multiplierNumerator) \(rates.multiplierDenominator)\"")
        }
        if rates.subFrameRate != 1 { output.write(" ttp:subFrameRate=\"\(rates.subFrameRate)\"") }
      }
      if rates.tickRateDenominator == 1 { output.write(" ttp:tickRate=\"\(rates.tickRateNumerator)\"") }
    }
    output.write(" xml:lang=\"")
    writeEscaped(header.language ?? "")
    output.write("\">\n  <head>\n")
    if !header.title.isEmpty {
      output.write("    <metadata><ttm:title>")
      writeEscaped(header.title)
      output.write("</ttm:title></metadata>\n")
    }
    try warnOfReplacedControls(line: 0)
    output.write("    <layout>\n")
    for (id, origin, extent, align) in Self.defaultRegions {
      output.write("      <region xml:id=\"\(id)\" tts:origin=\"\(origin)\" tts:extent=\"\(extent)\"")
      output.write(" tts:displayAlign=\"\(align)\" tts:textAlign=\"center\"/>\n")
    }
    for region in header.regions where Self.isDefaultRegion(region.id) {
      try context.warn("region \(region.id) has the name of a region subkit writes; its cues use that one", line: 0)
    }
    for region in header.regions
    where TTMLNamespace.isName(region.id) && !Self.isDefaultRegion(region.id) {
      regionIDs.insert(region.id)
      let area = TTMLRegionArea(region)
      if area.wasClamped {
        try context.warn(
          "region \(region.id) reaches outside the video, where IMSC cannot place it; moved inside", line: 0)
      }
      output.write(
        "      <region xml:id=\"\(region.id)\" tts:origin=\"\(Self.percent(area.x)) \(Self.percent(area.y))\"")
      output.write(" tts:extent=\"\(Self.percent(area.width)) \(Self.percent(area.height))\"/>\n")
    }
    output.write("    </layout>\n  </head>\n  <body region=\"bottom\">\n    <div>\n")
  }

  /// Writes one cue as a `p`.
  public func write(_ cue: Cue) throws(SubtitleError) {
    guard TTMLWhitespace.hasVisibleText(cue.content) else {
      try context.warn("IMSC text cannot carry a cue with no visible text; dropped", line: cue.sourceLine)
      return
    }
    losses.removeAll(keepingCapacity: true)
    (longestText, textRun) = (0, 0)
    var cue = cue
    if TTMLWhitespace.hasEmptyEdgeLine(cue.content) { losses.append("an empty first or last line") }
    if TTMLRubyBreaks.occur(in: cue.content) {
      cue.content = TTMLRubyBreaks.removed(from: cue.content)
      losses.append("line breaks inside ruby")
    }
    output.write("      <p")
    // A cue number (SRT's, WebVTT's) is left out quietly: TTML orders paragraphs itself.
    if TTMLNamespace.isName(cue.id) {
      if writtenIDs.insert(cue.id).inserted {
        output.write(" xml:id=\"")
        output.write(cue.id)
        output.write("\"")
      } else {
        losses.append("a second use of the id \(cue.id)")
      }
    } else if !cue.id.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
      losses.append("the id \(cue.id), which is not an XML name")
    }
    output.write(" begin=\"")
    try writeTime(cue.start, cue)
    output.write("\" end=\"")
    try writeTime(cue.end, cue)
    output.write("\"")
    if let region = cue.placement.region, regionIDs.contains(region) || region == "top" {
      output.write(" region=\"\(region)\"")  // a region of the header named "top" is written as subkit's
    } else if let anchor = cue.placement.anchor, anchor >= 7 {
      output.write(" region=\"top\"")
    }
    if let region = cue.placement.region, !regionIDs.contains(region),
      !Self.isDefaultRegion(region)
    {
      losses.append("the region \(region)")  // not defined, or not an XML name
    }
    var placement = cue.placement
    placement.region = nil
    placement.anchor = nil
    if placement != CuePlacement() { losses.append("cue settings") }
    if let anchor = cue.placement.anchor, ![2, 8].contains(anchor), cue.placement.region == nil {
      losses.append("the alignment of {\\an\(anchor)} beyond top or bottom")
    }
    if TTMLWhitespace.needsPreserving(cue.content) { output.write(" xml:space=\"preserve\"") }
    output.write(">")
    writeLines(cue)
    output.write("</p>\n")
    for loss in losses { try context.warn("IMSC text cannot carry \(loss); dropped", line: cue.sourceLine) }
    try warnOfReplacedControls(line: cue.sourceLine)
    if longestText > XMLPushParser.maximumTextBytes {
      try context.warn(
        "a text of \(longestText) bytes between two tags: TTML readers refuse more than "
          + "\(XMLPushParser.maximumTextBytes) (libxml2's limit, and subkit's)", line: cue.sourceLine)
    }
    if cue.end <= cue.start {
      try context.warn("the cue ends when or before it begins, so TTML never shows it", line: cue.sourceLine)
    }
    try output.flushIfFull()
  }

  /// Closes the document and flushes.
  public func end(trailingComments: [String]) throws(SubtitleError) {
    output.write("    </div>\n  </body>\n</tt>\n")
    try output.flush()
  }

  /// Each line of the cue in a span with its language, lines separated by `<br/>`.
  private func writeLines(_ cue: Cue) {
    let breaksAreTopLevel = cue.content.allSatisfy { node in
      if case .span(let span) = node { span.children.lineCount == 1 } else { true }
    }
    var line = 0
    func open() {
      currentLineLanguage = line < cue.lineLanguages.count ? cue.lineLanguages[line] : nil
      if let language = currentLineLanguage {
        writeTag("<span xml:lang=\"\(escaped(language))\">")
      }
    }
    func close() {
      if line < cue.lineLanguages.count, cue.lineLanguages[line] != nil { writeTag("</span>") }
    }
    guard breaksAreTopLevel else {
      for (index, nodes) in cue.content.lines.enumerated() {
        line = index
        if index > 0 { writeTag("<br/>") }
        open()
        writeNodes(nodes)
        close()
      }
      return
    }
    open()
    for node in cue.content {
      if case .lineBreak = node {
        close()
        writeTag("<br/>")
        line += 1
        open()
      } else {
        writeNode(node)
      }
    }
    close()
  }

  private func writeTime(_ time: MediaTime, _ cue: Cue) throws(SubtitleError) {
    if times.rates == nil, 1000 % time.denominator == 0, time.numerator >= 0 {
      // The usual case, written without making a String.
      output.write(clockMilliseconds: time.roundedMilliseconds, separator: UInt8(ascii: "."))
      return
    }
    if let expression = times.expression(for: time) {
      output.write(expression)
      return
    }
    let rounded = MediaTime(milliseconds: time.roundedMilliseconds)
    // One message for every such time (the cue's line tells them apart), so a long track gives ten
    // lines and a count, not one line a cue.
    try context.warn(
      "a cue's time has no exact TTML form at this document's rates; rounded to the millisecond", line: cue.sourceLine)
    output.write(times.expression(for: rounded) ?? "00:00:00.000")
  }

  private func writeNodes(_ nodes: [InlineNode]) {
    for node in nodes { writeNode(node) }
  }

  private func writeNode(_ node: InlineNode) {
    switch node {
    case .text(let text): writeText(text)
    case .lineBreak: writeTag("<br/>")
    case .timestamp: noteLoss("karaoke timestamps")
    case .span(let span): writeSpan(span)
    }
  }

  private func writeSpan(_ span: InlineSpan) {
    if !span.classes.isEmpty { noteLoss("classes") }
    let attribute: String
    switch span.style {
    case .italic: attribute = "tts:fontStyle=\"italic\""
    case .bold: attribute = "tts:fontWeight=\"bold\""
    case .underline: attribute = "tts:textDecoration=\"underline\""
    case .color(let color):
      guard Self.isColor(color) else {
        noteLoss("colour \"\(color)\"")
        writeNodes(span.children)
        return
      }
      attribute = "tts:color=\"\(color)\""
    case .language(let language):
      guard language != currentLineLanguage else {
        writeNodes(span.children)  // the line's own span says it already
        return
      }
      attribute = "xml:lang=\"\(escaped(language))\""
    case .ruby:
      writeRuby(span.children)
      return
    case .rubyText: attribute = "tts:ruby=\"text\""
    case .voice:
      noteLoss("voice names")
      writeNodes(span.children)
      return
    case .classOnly:
      writeNodes(span.children)
      return
    }
    writeTag("<span \(attribute)>")
    writeNodes(span.children)
    writeTag("</span>")
  }

  /// A ruby container: its base text in a `base` span, each annotation in a `text` span.
  private func writeRuby(_ children: [InlineNode]) {
    writeTag("<span tts:ruby=\"container\"><span tts:ruby=\"base\">")
    writeNodes(children.filter { if case .span(let span) = $0 { span.style != .rubyText } else { true } })
    writeTag("</span>")
    for case .span(let text) in children where text.style == .rubyText { writeSpan(text) }
    writeTag("</span>")
  }

  private func warnOfReplacedControls(line: Int) throws(SubtitleError) {
    guard replacedControls else { return }
    replacedControls = false
    try context.warn("XML cannot hold control characters; written as U+FFFD", line: line)
  }

  private func noteLoss(_ what: String) {
    if !losses.contains(what) { losses.append(what) }
  }

  private func writeEscaped(_ text: String) {
    output.write(escaped(text))
  }

  /// Writes a cue's text, adding it to the text since the last tag (one text to a reader).
  private func writeText(_ text: String) {
    textRun += text.utf8.count
    longestText = max(longestText, textRun)
    output.write(escaped(text))
  }

  /// Writes markup that ends the text before it.
  private func writeTag(_ markup: String) {
    textRun = 0
    output.write(markup)
  }

  /// `text` escaped for XML; what XML cannot hold is replaced, and reported after the cue.
  private func escaped(_ text: String) -> String {
    let (escaped, replaced) = XMLEscaping.escaped(text)
    if replaced { replacedControls = true }
    return escaped
  }

  /// Whether `id` names one of the regions every document subkit writes defines.
  private static func isDefaultRegion(_ id: String) -> Bool {
    defaultRegions.contains { $0.0 == id }
  }

  /// Whether TTML accepts `color` as a colour: `#rrggbb`, `#rrggbbaa` or a named colour.
  static func isColor(_ color: String) -> Bool {
    if color.hasPrefix("#") {
      return (color.count == 7 || color.count == 9) && color.dropFirst().allSatisfy(\.isHexDigit)
    }
    return color.allSatisfy { $0.isLetter && $0.isASCII }
  }

  /// A percentage to three decimals; values come clamped to 0–100 (`TTMLRegionArea`).
  private static func percent(_ value: Double) -> String {
    PlainDecimal.format((value * 1000).rounded() / 1000) + "%"
  }
}
