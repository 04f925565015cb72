import SubtitleTimeline
import TextUnicode

/// Reads TTML (IMSC 1.x text profiles) as a stream: the head first, then the cues of each `p` as it closes.
///
/// The bytes are UTF-8, whatever the XML declaration says (`Subtitles.open` decodes other encodings first).
///
/// Times stay exact fractions, whatever mix of clock, frame, tick and offset times the document uses;
/// `par`/`seq` time containers and implicit durations follow TTML2 §12. Styles subkit does not carry
/// are reported once each.
public final class TTMLReader: SubtitleReader, XMLPushParser.Handler {
  private let source: any ByteSource
  private let context: SourceContext
  private var xml: XMLPushParser?
  private var rates = TimeRates()
  private var header = DocumentHeader()
  private var styles: [String: TTMLStyle] = [:]
  private var regions: [String: TTMLRegionDefinition] = [:]
  private var openRegion: String?
  private var rootExtent: (Double, Double)?
  private var containers: [TTMLContainer] = []
  private var paragraph: TTMLParagraph?
  /// The open elements of the paragraph being read, innermost last, each with whether it keeps white space.
  private var openElements: [(node: TTMLContentNode, preservesSpace: Bool)] = []
  private var ready: [Cue] = []
  private var readyIndex = 0
  private var skipDepth = 0
  private var bodyStarted = false
  private var finished = false
  private var reported: Set<String> = []
  private var capturingTitle = false
  /// Whether the root element has been read.
  private var rootRead = false
  /// Whether the document's elements have no namespace, and are read as TTML's.
  private var unqualified = false
  /// Whether reading a draft's namespace as TTML's has been reported.
  private var draftReported = false
  /// Whether nested elements' times count from the document's start (Apple's lyrics), not their parent's begin.
  private var absoluteTimes = false
  private let chinese = ChineseScriptDetector()

  /// The most regions one paragraph's content shows in.
  static let maximumRegionsPerParagraph = 100

  /// Comments after the last cue: TTML has none that subkit keeps.
  public var trailingComments: [String] { [] }

  /// A reader over `source`.
  public init(_ source: any ByteSource, context: SourceContext) {
    self.source = source
    self.context = context
  }

  /// Reads up to the start of `body`: parameters, styles and regions.
  public func readHeader() throws(SubtitleError) -> DocumentHeader {
    xml = XMLPushParser(
      source, sourceName: context.sourceName, namespaces: TTMLNamespace.uris, aliases: TTMLNamespace.drafts,
      handler: self)
    while !bodyStarted, !finished { try step() }
    if !finished || bodyStarted { header.regions = regionsInOrder() }
    return header
  }

  /// The next cue, in the order the paragraphs close.
  public func nextCue() throws(SubtitleError) -> Cue? {
    while readyIndex == ready.count {
      if finished { return nil }
      ready.removeAll(keepingCapacity: true)
      readyIndex = 0
      try step()
    }
    defer { readyIndex += 1 }
    return ready[readyIndex]
  }

  private var regionOrder: [String] = []

  /// The document's regions, but for the bottom and top ones subkit writes when it has none of its own.
  private func regionsInOrder() -> [Region] {
    regionOrder.compactMap { regions[$0] }.filter { $0.defaultAnchor == nil }.map(\.region)
  }

  /// Parses the next chunk of the document, which queues the cues of every paragraph it closes.
  private func step() throws(SubtitleError) {
    guard let xml, try xml.feed() else {
      finished = true
      return
    }
  }

  /// A start tag.
  func start(_ tag: XMLPushParser.StartTag) throws(SubtitleError) {
    if skipDepth > 0 {
      skipDepth += 1
      return
    }
    if !rootRead { try readRootElement(tag) }
    if !draftReported, let draft = xml?.aliasMet {  // on the root, or first met further in
      draftReported = true
      try context.warn(
        "namespace \(draft) is a draft of TTML's (DFXP); read as \(TTMLNamespace.drafts[draft] ?? "TTML's")",
        line: tag.line, column: tag.column)
    }
    if unqualified && tag.namespace == .none {  // a document whose elements have no namespace at all
      var tag = tag
      tag.namespace = TTMLNamespace.tt
      return try start(tag)
    }
    if tag.namespace == TTMLNamespace.metadata && tag.name == "title" && !bodyStarted {
      capturingTitle = true
      return
    }
    if tag.namespace == TTMLNamespace.metadata {
      skipDepth = 1  // descriptions, agents, copyright: metadata, not content
      return
    }
    guard tag.namespace == TTMLNamespace.tt else {
      try skip(
        tag,
        because: "element <\(tag.name)> of namespace \(xml?.uri(of: tag.namespace) ?? "") is not carried"
      )
      return
    }
    switch tag.name {  // the most frequent names first: each case is a string comparison
    case "span" where paragraph != nil, "br" where paragraph != nil: try openInline(tag)
    case "p": try openParagraph(tag)
    case "div", "body": try openContainer(tag)
    case "tt": try readRoot(tag)
    case "head", "styling", "layout": break
    case "style": try readStyle(tag)
    case "region": try readRegion(tag)
    case "metadata" where bodyStarted: skipDepth = 1
    case "metadata": break
    case "set": try skip(tag, because: "animation (<set>) is not carried")
    default: try skip(tag, because: "element <\(tag.name)> is not carried here")
    }
  }

  /// An end tag.
  func end(namespace: XMLNamespace, name: String) throws(SubtitleError) {
    if skipDepth > 0 {
      skipDepth -= 1
      return
    }
    switch name {  // the most frequent names first
    case "span", "br":
      if paragraph != nil, openElements.count > 1 { openElements.removeLast() }
    case "p": try closeParagraph()
    case "div", "body": closeContainer()
    case "title": capturingTitle = false
    case "region": openRegion = nil
    default: break
    }
  }

  /// Checks that the document is TTML: its root is `tt`, in TTML's namespace, one of its drafts' (with a
  /// warning), or none (with a warning: then every element without a namespace is read as TTML's).
  private func readRootElement(_ tag: XMLPushParser.StartTag) throws(SubtitleError) {
    rootRead = true
    guard tag.name == "tt", tag.namespace == TTMLNamespace.tt || tag.namespace == .none else {
      throw SubtitleError(
        at: context.location(line: tag.line, column: tag.column),
        "no cues found: is this a subtitle file? (the root element is <\(tag.name)> of namespace "
          + "\(xml?.uri(of: tag.namespace) ?? ""), not TTML's <tt>)")
    }
    if xml?.rootDeclarations.contains(TTMLNamespace.appleLyrics) == true {
      absoluteTimes = true
      try context.warn(
        "Apple Music lyrics (namespace \(TTMLNamespace.appleLyrics)): begin and end of nested elements are read "
          + "as times from the document's start, as Apple writes them, not from their parent's begin",
        line: tag.line, column: tag.column)
    }
    if tag.namespace == .none {
      unqualified = true
      try context.warn(
        "<tt> has no namespace (TTML's is \(TTMLNamespace.uris[0])); elements without one are read as TTML's",
        line: tag.line, column: tag.column)
    }
  }

  private func skip(_ tag: XMLPushParser.StartTag, because reason: String) throws(SubtitleError) {
    skipDepth = 1
    try warnOnce(reason, line: tag.line)
  }

  private func warnOnce(_ message: String, line: Int) throws(SubtitleError) {
    guard reported.insert(message).inserted else { return }
    try context.warn(message + " (reported once)", line: line)
  }

  /// The timing attributes of `tag`, with a warning for each malformed time read leniently.
  private func timing(of tag: XMLPushParser.StartTag) throws(SubtitleError) -> TTMLTiming {
    var leniencies: [String] = []
    let timing: TTMLTiming
    do { timing = try TTMLTiming(tag, rates: rates, leniencies: &leniencies) } catch { throw failure(error, tag) }
    for leniency in leniencies { try context.warn(leniency, line: tag.line, column: tag.column) }
    return timing
  }

  private func failure(_ error: TTMLTimeExpression.Failure, _ tag: XMLPushParser.StartTag) -> SubtitleError {
    SubtitleError(at: context.location(line: tag.line, column: tag.column), error.message)
  }

  // MARK: head

  private func readRoot(_ tag: XMLPushParser.StartTag) throws(SubtitleError) {
    func integer(_ name: String) throws(SubtitleError) -> Int64? {
      guard let text = tag.attribute(name, in: TTMLNamespace.parameter) else { return nil }
      guard let value = Int64(text.trimmingASCIISpaces()), value > 0, value < 1_000_000_000 else {
        throw SubtitleError(
          at: context.location(line: tag.line), "ttp:\(name) must be a positive whole number, not \"\(text)\"")
      }
      return value
    }
    if let base = tag.attribute("timeBase", in: TTMLNamespace.parameter)?.trimmingASCIISpaces(), base != "media" {
      guard base == "smpte" else {
        throw SubtitleError(
          at: context.location(line: tag.line),
          "ttp:timeBase=\"\(base)\" is not supported: IMSC documents use media time")
      }
      // Premiere Pro and EBU-TT files: ttconv reads their timecodes as media time too.
      let dropMode = tag.attribute("dropMode", in: TTMLNamespace.parameter)?.trimmingASCIISpaces() ?? "nonDrop"
      try context.warn(
        "ttp:timeBase=\"smpte\" read as media time: timecodes count as hh:mm:ss:frames at the frame rate"
          + (dropMode == "nonDrop"
            ? "" : ", with no frames dropped (ttp:dropMode=\"\(dropMode.prefix(20))\" is not applied)"),
        line: tag.line, column: tag.column)
    }
    let frameRate = try integer("frameRate")
    var multiplier: (Int64, Int64) = (1, 1)
    if let text = tag.attribute("frameRateMultiplier", in: TTMLNamespace.parameter) {
      let parts = text.split(separator: " ").compactMap { Int64($0) }
      guard parts.count == 2, parts[0] > 0, parts[1] > 0, parts[0] < 1_000_000_000, parts[1] < 1_000_000_000 else {
        throw SubtitleError(
          at: context.location(line: tag.line), "ttp:frameRateMultiplier must be two positive numbers, not \"\(text)\"")
      }
      multiplier = (parts[0], parts[1])
    }
    let subFrameRate = try integer("subFrameRate")
    let tickRate = try integer("tickRate")
    let defaultTicks = Int128(frameRate ?? 30) * Int128(multiplier.0) * Int128(subFrameRate ?? 1)
    if tickRate == nil && frameRate != nil && defaultTicks > Int128(Int64.max) {
      throw SubtitleError(
        at: context.location(line: tag.line, column: tag.column),
        "ttp:frameRate × frameRateMultiplier × subFrameRate is too large to count ticks in; give ttp:tickRate")
    }
    rates = TimeRates(
      frameRate: frameRate ?? 30, multiplier: multiplier, subFrameRate: subFrameRate ?? 1,
      tickRate: tickRate.map { ($0, 1) } ?? (frameRate == nil ? (1, 1) : nil), countsFrames: frameRate != nil)
    if frameRate != nil || tickRate != nil { header.timeRates = rates }
    header.language = tag.attribute("lang", in: TTMLNamespace.xml)
    if let extent = tag.attribute("extent", in: TTMLNamespace.styling) {
      rootExtent = TTMLRegionDefinition.pixels(extent)
      if rootExtent == nil, !["auto", "contain", "cover"].contains(extent.trimmingASCIISpaces()) {
        try context.warn(
          "tts:extent=\"\(extent.prefix(40))\" on tt is not two positive lengths in px; pixel lengths are ignored",
          line: tag.line, column: tag.column)
      }
    }
  }

  private func readStyle(_ tag: XMLPushParser.StartTag) throws(SubtitleError) {
    let own = try ownStyle(tag)
    if let region = openRegion, var definition = regions[region] {
      definition.style = own.over(definition.style)
      regions[region] = definition
    } else if let id = tag.attribute("id", in: TTMLNamespace.xml) {
      styles[id] = own  // its references are folded in now, so a later reference needs no chasing
    }
    skipDepth = 1  // the style element's own end tag closes the skip
  }

  private func readRegion(_ tag: XMLPushParser.StartTag) throws(SubtitleError) {
    guard let id = tag.attribute("id", in: TTMLNamespace.xml) else {
      try warnOnce("a region without xml:id is ignored", line: tag.line)
      skipDepth = 1
      return
    }
    guard regions.count < Region.maximumCount || regions[id] != nil else {
      try warnOnce(Region.tooManyMessage, line: tag.line)
      skipDepth = 1
      return
    }
    let timing = try timing(of: tag)
    let style = try ownStyle(tag)
    let definition = try TTMLRegionDefinition(
      tag, id: id, style: style, timing: timing, rootExtent: rootExtent, context: context)
    if regions.updateValue(definition, forKey: id) == nil { regionOrder.append(id) }
    openRegion = id
  }

  /// An element's own style: its referenced styles (in order, each already folded with its own
  /// references when it was defined), then its inline attributes.
  private func ownStyle(_ tag: XMLPushParser.StartTag) throws(SubtitleError) -> TTMLStyle {
    guard
      tag.attributes.contains(where: {
        $0.namespace == TTMLNamespace.styling || ($0.namespace == .none && $0.name == "style")
      })
    else { return TTMLStyle() }
    let references = tag.attribute("style")?.split(whereSeparator: { $0 == " " || $0 == "\t" }) ?? []
    var referenced = TTMLStyle()
    for reference in references { referenced = (styles[String(reference)] ?? TTMLStyle()).over(referenced) }
    let inline = TTMLStyle.from(tag.attributes)
    for name in inline.ignored { try warnOnce("\(name) is not carried", line: tag.line) }
    return inline.style.over(referenced)
  }

  // MARK: body

  private func openContainer(_ tag: XMLPushParser.StartTag) throws(SubtitleError) {
    if tag.name == "body" {
      bodyStarted = true
      header.regions = regionsInOrder()
    }
    let parent = containers.last
    let timing = try timing(of: tag)
    var frame = TTMLContainer(
      isSequence: timing.isSequence, timing: timing,
      style: try ownStyle(tag).inheriting(parent?.style ?? TTMLStyle()),
      region: tag.attribute("region") ?? parent?.region,
      language: tag.attribute("lang", in: TTMLNamespace.xml) ?? parent?.language ?? header.language ?? "",
      preserveSpace: tag.attribute("space", in: TTMLNamespace.xml).map { $0 == "preserve" } ?? parent?.preserveSpace
        ?? false)
    if let syncBase = parent.map({ $0.syncBaseForNextChild }) ?? .zero {
      do {
        let interval = try timing.interval(
          syncBase: syncBase, parentEnd: parent?.end, implicit: nil,
          absolute: absoluteTimes && parent?.isSequence != true)
        frame.begin = interval.begin
        frame.end = interval.end
        frame.running = interval.begin
      } catch { throw failure(error, tag) }
    }
    containers.append(frame)
  }

  private func closeContainer() {
    guard let frame = containers.popLast() else { return }
    let end = frame.resolvedEnd
    if !containers.isEmpty { containers[containers.count - 1].childEnded(at: end) }
  }

  private func openParagraph(_ tag: XMLPushParser.StartTag) throws(SubtitleError) {
    let parent = containers.last
    let timing = try timing(of: tag)
    let language = tag.attribute("lang", in: TTMLNamespace.xml) ?? parent?.language ?? ""
    let style = try ownStyle(tag).inheriting(parent?.style ?? TTMLStyle())
    let root = TTMLContentNode(.span, timing: timing, style: style)
    var id = tag.attribute("id", in: TTMLNamespace.xml) ?? ""
    if !id.isEmpty && !TTMLNamespace.isName(id) {
      try context.warn("xml:id \"\(id)\" is not an XML name; the cue keeps no id", line: tag.line)
      id = ""
    }
    let preservesSpace =
      tag.attribute("space", in: TTMLNamespace.xml).map { $0 == "preserve" } ?? parent?.preserveSpace ?? false
    paragraph = TTMLParagraph(
      id: id, root: root,
      syncBase: parent.map { $0.syncBaseForNextChild } ?? .zero, absoluteTimes: absoluteTimes, parentEnd: parent?.end,
      parentIsSequence: parent?.isSequence ?? false, region: tag.attribute("region") ?? parent?.region,
      language: language, preserveSpace: preservesSpace, line: tag.line)
    openElements.removeAll(keepingCapacity: true)
    openElements.append((root, preservesSpace))
  }

  private func openInline(_ tag: XMLPushParser.StartTag) throws(SubtitleError) {
    guard let open = paragraph, let (parent, preservesSpace) = openElements.last else { return }
    open.elementCount += 1
    guard open.elementCount <= Cue.maximumTags, tag.name != "br" || open.takesLineBreak() else {
      // Bounded memory: past the limits an element adds no node; its text goes to the parent, a
      // line break becomes a space. The parent is pushed again for the end tag to pop.
      if open.elementCount == Cue.maximumTags + 1 { try context.warn(Cue.tooManyTagsMessage, line: tag.line) }
      if tag.name == "br" { parent.appendText(" ", collapsing: !preservesSpace) }
      openElements.append((parent, preservesSpace))
      return
    }
    let timing = try timing(of: tag)
    let style = try ownStyle(tag).inheriting(parent.style)
    let language = tag.attribute("lang", in: TTMLNamespace.xml)
    let node = TTMLContentNode(
      tag.name == "br" ? .lineBreak : .span, timing: timing, style: style, language: language,
      region: tag.attribute("region"))
    parent.children.append(node)
    if node.region != nil { open.hasRegionedContent = true }
    openElements.append(
      (node, tag.attribute("space", in: TTMLNamespace.xml).map { $0 == "preserve" } ?? preservesSpace))
  }

  /// Whether text read now can matter: inside a paragraph or the document's title.
  var wantsText: Bool { capturingTitle || (skipDepth == 0 && paragraph != nil) }

  /// Character data.
  func text(_ text: String) {
    if capturingTitle {
      header.title += text
      return
    }
    guard skipDepth == 0, let open = paragraph, let (parent, preservesSpace) = openElements.last else { return }
    if case .lineBreak = parent.kind { return }
    if preservesSpace {
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if index > 0 {
          if open.takesLineBreak() {
            parent.children.append(TTMLContentNode(.lineBreak, style: parent.style))
          } else {
            parent.appendText(" ")
          }
        }
        if !line.isEmpty { parent.appendText(String(line)) }
      }
    } else {
      parent.appendText(TTMLWhitespace.collapse(text), collapsing: true)
    }
  }

  private func closeParagraph() throws(SubtitleError) {
    guard let open = paragraph else { return }
    paragraph = nil
    openElements.removeAll(keepingCapacity: true)
    if open.joinedLines { try context.warn(Cue.tooManyLinesMessage, line: open.line) }
    do throws(TTMLTimeExpression.Failure) {
      try open.resolve()
    } catch {
      throw SubtitleError(at: context.location(line: open.line), error.message)
    }
    // TTML2 region association: with no regions defined, everything shows in the default region;
    // otherwise each text shows in the region its nearest ancestor names, and nowhere if none does.
    var produced = 0
    if regions.isEmpty {
      let cues = open.cues(in: nil, regionTiming: nil, chinese: chinese)
      produced = cues.count
      ready.append(contentsOf: cues)
    } else {
      var named: Set<String> = []
      if open.hasRegionedContent {
        if let region = open.region { named.insert(region) }
        open.root.collectRegions(into: &named)
      }
      var regionNames = open.hasRegionedContent ? named.sorted() : open.region.map { [$0] } ?? []
      if regionNames.count > Self.maximumRegionsPerParagraph {  // each region walks the paragraph again
        try warnOnce(
          "a <p> with content in more than \(Self.maximumRegionsPerParagraph) regions: only the first "
            + "\(Self.maximumRegionsPerParagraph) in name order are shown", line: open.line)
        regionNames = Array(regionNames.prefix(Self.maximumRegionsPerParagraph))
      }
      for name in regionNames {
        guard let definition = regions[name] else {
          try warnOnce("region \"\(name)\" is not defined; its content is not shown", line: open.line)
          continue
        }
        let timing: (begin: Fraction, end: Fraction?)?
        do throws(TTMLTimeExpression.Failure) {
          let timed = definition.timing.begin != nil || definition.timing.hasExplicitEnd
          timing = timed ? try definition.timing.interval(syncBase: .zero, parentEnd: nil, implicit: nil) : nil
        } catch {
          throw SubtitleError(at: context.location(line: open.line), error.message)
        }
        var cues = open.cues(in: name, regionTiming: timing, firstNumber: produced + 1, chinese: chinese)
        if let anchor = definition.defaultAnchor {  // subkit's own default region: no region, as before writing
          for index in cues.indices {
            cues[index].placement.region = nil
            cues[index].placement.anchor = anchor
          }
        }
        produced += cues.count
        ready.append(contentsOf: cues)
      }
    }
    if open.changesCut {
      try warnOnce(
        "a <p> whose text changes more often than bounded memory allows (\(TTMLParagraph.maximumChanges) changes, "
          + "or \(TTMLParagraph.maximumRepeatedBytes >> 20) MB of repeated text): later changes are not shown apart",
        line: open.line)
    }
    let interval = open.root.interval
    if produced == 0, open.syncBase != nil, interval.begin >= Fraction(MediaTime.limit) {
      try warnOnce(
        "a <p> begins past the largest time subkit reads (\(MediaTime.limit.roundedMilliseconds / 1000) s, "
          + "nested begins added up); it is not shown", line: open.line)
    } else if produced == 0, open.hasTimedContent, !absoluteTimes, open.syncBase != nil, open.root.hasVisibleText,
      regions.isEmpty || open.region != nil || open.hasRegionedContent,
      interval.end.map({ interval.begin < $0 }) ?? true
    {
      try warnOnce(
        "a <p> whose elements have times of their own shows nothing: their begin and end count from their "
          + "parent's begin, and fall outside its time", line: open.line)
    }
    if !containers.isEmpty {
      containers[containers.count - 1].childEnded(at: open.syncBase == nil ? nil : open.root.interval.end)
    }
  }
}

/// A `body` or `div` being read: its interval so far and what its children need to be timed.
struct TTMLContainer {
  var isSequence: Bool
  var timing: TTMLTiming
  var style: TTMLStyle
  var region: String?
  var language: String
  var preserveSpace: Bool
  /// The absolute begin; nil when the container never begins (it follows an indefinite sibling in a `seq`).
  var begin: Fraction?
  /// The end its own and its ancestors' explicit timing impose; nil for none.
  var end: Fraction?
  /// In a `seq`, where the next child's timing counts from; nil after a child without end.
  var running: Fraction?
  private var latestChildEnd: Fraction?
  private var hasIndefiniteChild = false

  init(isSequence: Bool, timing: TTMLTiming, style: TTMLStyle, region: String?, language: String, preserveSpace: Bool) {
    self.isSequence = isSequence
    self.timing = timing
    self.style = style
    self.region = region
    self.language = language
    self.preserveSpace = preserveSpace
  }

  /// Where the next child's `begin` counts from: the container's begin, or in a `seq` the previous child's end.
  var syncBaseForNextChild: Fraction? { isSequence ? running : begin }

  /// Records that a child ended at `end` (nil for indefinitely).
  mutating func childEnded(at end: Fraction?) {
    if let end {
      latestChildEnd = latestChildEnd.map { max($0, end) } ?? end
    } else {
      hasIndefiniteChild = true
    }
    if isSequence { running = end }
  }

  /// The container's end once all its children are read: explicit, else implicit from its children.
  var resolvedEnd: Fraction? {
    guard let begin else { return nil }
    if timing.hasExplicitEnd { return end }
    let implicit: Fraction? = isSequence ? running : (hasIndefiniteChild ? nil : latestChildEnd ?? begin)
    guard let implicit else { return end }
    return end.map { min($0, implicit) } ?? implicit
  }
}
