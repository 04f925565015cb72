import SubtitleTimeline

/// A `p` being read: its content tree, and what it needs from its container to be timed.
final class TTMLParagraph {
  /// The most instants at which one paragraph's text may change; past it, later changes are not
  /// shown separately (bounded time on hostile input: each change rebuilds the paragraph's text).
  static let maximumChanges = 2000

  let id: String
  let root: TTMLContentNode
  var stack: [TTMLContentNode]
  let syncBase: Fraction?
  let parentEnd: Fraction?
  let parentIsSequence: Bool
  let region: String?
  let language: String
  var preserveSpace: [Bool]
  let line: Int
  /// Set when the paragraph changed more often than `maximumChanges` and later changes were merged.
  private(set) var changesTruncated = false

  init(
    id: String, root: TTMLContentNode, syncBase: Fraction?, parentEnd: Fraction?, parentIsSequence: Bool,
    region: String?, language: String, preserveSpace: Bool, line: Int
  ) {
    self.id = id
    self.root = root
    stack = [root]
    self.syncBase = syncBase
    self.parentEnd = parentEnd
    self.parentIsSequence = parentIsSequence
    self.region = region
    self.language = language
    self.preserveSpace = [preserveSpace]
    self.line = line
  }

  /// Resolves the paragraph's timing; its interval is then `root.interval`.
  func resolve() throws(TTMLTimeExpression.Failure) {
    guard let syncBase else { return }
    try root.resolve(syncBase: syncBase, parentEnd: parentEnd, parentIsSequence: parentIsSequence)
  }

  /// The cues this paragraph shows in `region` (nil when the document defines no regions).
  ///
  /// One cue for each stretch of time in which its visible text stays the same. Call `resolve()` first.
  func cues(in region: String?, regionTiming: (begin: Fraction, end: Fraction?)?, firstNumber: Int = 1) -> [Cue] {
    guard syncBase != nil else { return [] }
    var window = root.interval
    if let regionTiming {
      window.begin = max(window.begin, regionTiming.begin)
      if let regionEnd = regionTiming.end { window.end = window.end.map { min($0, regionEnd) } ?? regionEnd }
    }
    var changes: [Fraction] = []
    if root.hasTimedDescendants || root.timing.isSequence {
      var instants: Set<Fraction> = []
      root.collectInstants(into: &instants, limit: Self.maximumChanges)
      if instants.count >= Self.maximumChanges { changesTruncated = true }
      changes = instants.filter { instant in window.begin < instant && (window.end.map { instant < $0 } ?? true) }
        .sorted()
    }
    let starts = [window.begin] + changes
    var cues: [Cue] = []
    for (index, start) in starts.enumerated() {
      let end = index + 1 < starts.count ? starts[index + 1] : window.end
      if let end, !(start < end) { continue }
      var content = TTMLInlineBuilder.content(of: root, at: start, region: region, inherited: self.region)
      if TTMLWhitespace.hasEdgeSpaces(content) { TTMLWhitespace.trimLineEdges(&content) }
      while case .lineBreak? = content.last { content.removeLast() }  // a br whose next words are not showing yet
      while case .lineBreak? = content.first { content.removeFirst() }
      guard content.plainText.contains(where: { !$0.isWhitespace }), let begin = start.mediaTime else { continue }
      let finish = end?.mediaTime ?? MediaTime.limit
      let number = firstNumber + cues.count
      let cueID = number == 1 || id.isEmpty ? id : "\(id).\(number)"
      var cue = Cue(id: cueID, start: begin, end: finish, content: content, sourceLine: line)
      cue.placement.region = region
      if let last = cues.last, last.content == content, last.end == begin {
        cues[cues.count - 1].end = finish  // nothing visible changed at this instant
        continue
      }
      LineLanguages.tag(&cue, fileLanguage: language)
      if cue.content.contains(where: {
        if case .span(let span) = $0, case .language = span.style { true } else { false }
      }) {
        cue.content = Self.unwrappingLineLanguages(cue.content, cue.lineLanguages)
      }
      cues.append(cue)
    }
    return cues
  }
}

extension TTMLParagraph {
  /// The content without `xml:lang` spans that only say a whole line's language: that is what
  /// `lineLanguages` is for, and what the writer's per-line spans mean.
  static func unwrappingLineLanguages(_ content: [InlineNode], _ languages: [String?]) -> [InlineNode] {
    var result: [InlineNode] = []
    var line = 0
    for node in content {
      switch node {
      case .lineBreak:
        line += 1
        result.append(node)
      case .span(let span):
        if case .language(let tag) = span.style, span.classes.isEmpty, line < languages.count, languages[line] == tag,
          span.children.lineCount == 1
        {
          result.append(contentsOf: span.children)
        } else {
          result.append(node)
        }
        line += span.children.lineCount - 1
      default: result.append(node)
      }
    }
    return result
  }
}

/// Builds the inline tree a paragraph shows at one instant.
enum TTMLInlineBuilder {
  /// The on/off styles and their spans, innermost first (immutable: key paths are not Sendable yet).
  private nonisolated(unsafe) static let toggles: [(WritableKeyPath<TTMLStyle, Bool?>, SpanStyle)] = [
    (\.italic, .italic), (\.bold, .bold), (\.underline, .underline),
  ]

  /// The content shown at `instant` in `region`; `inherited` is the region the paragraph gets from its ancestors.
  static func content(of node: TTMLContentNode, at instant: Fraction, region: String?, inherited: String?)
    -> [InlineNode]
  {
    var nodes: [InlineNode] = []
    build(
      node, at: instant, parentStyle: TTMLStyle(italic: false, bold: false, underline: false), region: region,
      current: inherited, into: &nodes)
    return nodes
  }

  /// Appends what `node` shows to `nodes`.
  ///
  /// TTML2 region association: a text shows in the region named by its nearest ancestor that names one.
  private static func build(
    _ node: TTMLContentNode, at instant: Fraction, parentStyle: TTMLStyle, region: String?, current: String?,
    into nodes: inout [InlineNode]
  ) {
    guard node.isActive(at: instant), node.style.removed != true else { return }
    let current = node.region ?? current
    switch node.kind {
    case .text(let text):
      guard current == region && node.style.hidden != true else { return }
      // `parentStyle` says which of italic, bold and underline the wrappers above apply already.
      var text: [InlineNode] = [.text(text)]
      for (property, wrapper) in toggles
      where node.style[keyPath: property] == true && parentStyle[keyPath: property] != true {
        text = [.span(InlineSpan(wrapper, children: text))]
      }
      nodes.append(contentsOf: text)
    case .lineBreak: if current == region { nodes.append(.lineBreak) }
    case .span:
      let style = node.style
      var wrappers: [SpanStyle] = []
      switch style.ruby {
      case "container": wrappers.append(.ruby)
      case "text": wrappers.append(.rubyText)
      case "delimiter": return
      default: break
      }
      if let language = node.language { wrappers.append(.language(language)) }
      if let color = style.color, color != parentStyle.color { wrappers.append(.color(color)) }
      // A style wrapper opens where the style turns on, unless a descendant turns it off again
      // (`tts:fontStyle="normal"` inside italics): then the texts under it get their own wrappers.
      var applied = parentStyle
      applied.color = style.color
      for (property, wrapper) in toggles.reversed()
      where style[keyPath: property] == true && applied[keyPath: property] != true && !node.turnsOff(property) {
        wrappers.append(wrapper)
        applied[keyPath: property] = true
      }
      guard !wrappers.isEmpty else {
        for child in node.children {
          build(child, at: instant, parentStyle: applied, region: region, current: current, into: &nodes)
        }
        return
      }
      var inner: [InlineNode] = []
      for child in node.children {
        build(child, at: instant, parentStyle: applied, region: region, current: current, into: &inner)
      }
      for wrapper in wrappers { inner = [.span(InlineSpan(wrapper, children: inner))] }
      nodes.append(contentsOf: inner)
    }
  }
}
