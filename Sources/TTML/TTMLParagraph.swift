import SubtitleTimeline
import TextUnicode

/// A `p` being read: its content tree, and what it needs from its container to be timed.
final class TTMLParagraph {
  /// The most instants at which one paragraph's text may change; past it, later changes are not
  /// shown separately (bounded time on hostile input: each change rebuilds the paragraph's text).
  static let maximumChanges = 2000
  /// The most bytes of text and ids one paragraph's cues may hold together: each change repeats
  /// the text, so a long text that changes often shows fewer changes (bounded memory).
  static let maximumRepeatedBytes = 16 << 20

  let id: String
  let root: TTMLContentNode
  let syncBase: Fraction?
  /// Whether the times of elements inside count from the document's start (Apple's lyrics).
  let absoluteTimes: Bool
  let parentEnd: Fraction?
  let parentIsSequence: Bool
  let region: String?
  let language: String
  /// Whether the paragraph itself keeps white space (`xml:space="preserve"`).
  let preservesSpace: Bool
  let line: Int

  init(
    id: String, root: TTMLContentNode, syncBase: Fraction?, absoluteTimes: Bool, parentEnd: Fraction?,
    parentIsSequence: Bool,
    region: String?, language: String, preserveSpace: Bool, line: Int
  ) {
    self.id = id
    self.root = root
    self.syncBase = syncBase
    self.absoluteTimes = absoluteTimes
    self.parentEnd = parentEnd
    self.parentIsSequence = parentIsSequence
    self.region = region
    self.language = language
    preservesSpace = preserveSpace
    self.line = line
  }

  /// Whether any element inside has timing of its own (then its text can change while it shows).
  private(set) var hasTimedContent = false
  /// Whether any element inside names a region.
  var hasRegionedContent = false
  /// How many `span` and `br` elements have been read inside.
  var elementCount = 0
  /// How many line breaks (`br`, or line feeds under `xml:space="preserve"`) have been kept.
  private var lineBreaks = 0
  /// Whether line breaks past `Cue.maximumLines` were read as spaces.
  private(set) var joinedLines = false
  /// Whether later changes of the text were not shown separately, to bound memory or time.
  private(set) var changesCut = false

  /// Whether one more line break may be kept; past `Cue.maximumLines` lines it is read as a space.
  func takesLineBreak() -> Bool {
    guard lineBreaks < Cue.maximumLines - 1 else {
      joinedLines = true
      return false
    }
    lineBreaks += 1
    return true
  }

  /// Resolves the paragraph's timing; its interval is then `root.interval`.
  func resolve() throws(TTMLTimeExpression.Failure) {
    hasTimedContent = root.hasTimedDescendants || root.timing.isSequence
    guard let syncBase else { return }
    try root.resolve(
      syncBase: syncBase, parentEnd: parentEnd, parentIsSequence: parentIsSequence, timed: hasTimedContent,
      absolute: absoluteTimes)
  }

  /// The cues this paragraph shows in `region` (nil when the document defines no regions).
  ///
  /// One cue for each stretch of time in which its visible text stays the same. Call `resolve()` first.
  func cues(
    in region: String?, regionTiming: (begin: Fraction, end: Fraction?)?, firstNumber: Int = 1,
    chinese: ChineseScriptDetector
  ) -> [Cue] {
    guard syncBase != nil else { return [] }
    var window = root.interval
    let limit = Fraction(MediaTime.limit)  // times past it, sums of nested begins, are not shown
    window.end = min(window.end ?? limit, limit)
    if let regionTiming {
      window.begin = max(window.begin, regionTiming.begin)
      if let regionEnd = regionTiming.end { window.end = window.end.map { min($0, regionEnd) } ?? regionEnd }
    }
    var changes: [Fraction] = []
    if hasTimedContent {
      var instants: Set<Fraction> = []
      // The paragraph's own begin and end are instants too, but no changes: two more, and one to tell.
      root.collectInstants(into: &instants, limit: Self.maximumChanges + 3)
      changes = instants.filter { instant in window.begin < instant && (window.end.map { instant < $0 } ?? true) }
        .sorted()
      let allowed = min(Self.maximumRepeatedBytes / max(root.textBytes + id.utf8.count, 1), Self.maximumChanges)
      if instants.count > Self.maximumChanges + 2 || changes.count > allowed {
        // What shows after the last change kept is not known: the paragraph ends at the next one.
        changesCut = true
        if allowed < changes.count { window.end = changes[max(allowed, 0)] }
        changes = Array(changes.prefix(max(allowed, 0)))
      }
    }
    var cues: [Cue] = []
    for index in 0...changes.count {  // from the window's begin to the first change, and so on to its end
      let start = index == 0 ? window.begin : changes[index - 1]
      let end = index < changes.count ? changes[index] : window.end
      if let end, !(start < end) { continue }
      let instant: Fraction? = hasTimedContent ? start : nil
      let languages = TTMLInlineBuilder.lineLanguages(
        of: root, at: instant, region: region, inherited: self.region, language: language, chinese: chinese)
      var content = TTMLInlineBuilder.content(
        of: root, at: instant, region: region, inherited: self.region, lineLanguages: languages)
      if !preservesSpace, TTMLWhitespace.hasEdgeSpaces(content) {
        TTMLWhitespace.trimLineEdges(&content)
      }
      var dropped = 0
      while case .lineBreak? = content.last { content.removeLast() }  // a br whose next words are not showing yet
      while case .lineBreak? = content.first {
        content.removeFirst()
        dropped += 1
      }
      guard TTMLWhitespace.hasVisibleText(content), let begin = start.mediaTime, begin < MediaTime.limit else {
        continue
      }
      let finish = end?.mediaTime ?? MediaTime.limit
      if let last = cues.last, last.content == content, last.end == begin {
        cues[cues.count - 1].end = finish  // nothing visible changed at this instant
        continue
      }
      let number = firstNumber + cues.count
      var placement = CuePlacement()
      placement.region = region
      let lineLanguages = Array(languages.dropFirst(dropped).prefix(content.lineCount))
      cues.append(
        Cue(
          id: number == 1 || id.isEmpty ? id : "\(id).\(number)", start: begin, end: finish, content: content,
          lineLanguages: lineLanguages.contains { $0 != nil } ? lineLanguages : [], placement: placement,
          sourceLine: line))
    }
    return cues
  }
}

/// Builds the inline tree a paragraph shows at one instant.
enum TTMLInlineBuilder {

  /// The content shown at `instant` in `region`; `inherited` is the region the paragraph gets from its ancestors.
  ///
  /// `lineLanguages` are the languages `lineLanguages(of:…)` found: a span that says its line's
  /// language already gets no language wrapper.
  static func content(
    of node: TTMLContentNode, at instant: Fraction?, region: String?, inherited: String?, lineLanguages: [String?]
  ) -> [InlineNode] {
    var nodes: [InlineNode] = []
    nodes.reserveCapacity(8)
    var context = BuildContext(region: region, lineLanguages: lineLanguages)
    build(
      node, at: instant, parentStyle: TTMLStyle(italic: false, bold: false, underline: false), current: inherited,
      context: &context, into: &nodes)
    return nodes
  }

  /// The language of each line shown at `instant`: what `xml:lang` says for all its text, else by script.
  static func lineLanguages(
    of node: TTMLContentNode, at instant: Fraction?, region: String?, inherited: String?, language: String,
    chinese: ChineseScriptDetector
  ) -> [String?] {
    var finder = LineLanguageFinder()
    finder.languages.refineChinese = chinese.language(of:)
    finder.visit(node, at: instant, region: region, current: inherited, language: language.isEmpty ? nil : language)
    finder.languages.closeLine()
    return finder.languages.lines
  }

  /// What a build keeps track of besides its position in the tree.
  private struct BuildContext {
    let region: String?
    let lineLanguages: [String?]
    var line = 0
  }

  /// Appends what `node` shows to `nodes`.
  ///
  /// TTML2 region association: a text shows in the region named by its nearest ancestor that names one.
  private static func build(
    _ node: TTMLContentNode, at instant: Fraction?, parentStyle: TTMLStyle, current: String?,
    context: inout BuildContext, into nodes: inout [InlineNode]
  ) {
    let region = context.region
    guard instant.map(node.isActive) ?? true, node.style.removed != true else { return }
    let current = node.region ?? current
    switch node.kind {
    case .text(let text):
      guard current == region && node.style.hidden != true else { return }
      // `parentStyle` says which of italic, bold and underline the wrappers above apply already.
      let missing = node.style.toggles(missingFrom: parentStyle)
      guard !missing.isEmpty else {
        nodes.appendJoiningText(.text(text))  // texts of unwrapped spans side by side are one text
        return
      }
      var wrapped: [InlineNode] = [.text(text)]
      for toggle in TTMLStyle.Toggle.allCases.reversed() where missing.contains(toggle) {
        wrapped = [.span(InlineSpan(toggle.span, children: wrapped))]
      }
      nodes.append(contentsOf: wrapped)
    case .lineBreak:
      if current == region {
        nodes.append(.lineBreak)
        context.line += 1
      }
    case .span:
      let style = node.style
      var wrappers: [SpanStyle] = []
      switch style.ruby {
      case "container": wrappers.append(.ruby)
      case "text": wrappers.append(.rubyText)
      case "delimiter": return
      default: break
      }
      if let language = node.language,
        context.line >= context.lineLanguages.count || context.lineLanguages[context.line] != language
          || node.containsLineBreak
      {
        wrappers.append(.language(language))
      }
      if let color = style.color, color != parentStyle.color { wrappers.append(.color(color)) }
      // A style wrapper opens where the style turns on, unless a descendant turns it off again
      // (`tts:fontStyle="normal"` inside italics): then the texts under it get their own wrappers.
      var applied = parentStyle
      applied.color = style.color
      let missing = style.toggles(missingFrom: parentStyle)
      if !missing.isEmpty {
        for toggle in TTMLStyle.Toggle.allCases where missing.contains(toggle) && !node.turnsOff(toggle) {
          wrappers.append(toggle.span)
          applied.set(toggle)
        }
      }
      guard !wrappers.isEmpty else {
        for child in node.children {
          build(child, at: instant, parentStyle: applied, current: current, context: &context, into: &nodes)
        }
        return
      }
      var inner: [InlineNode] = []
      for child in node.children {
        build(child, at: instant, parentStyle: applied, current: current, context: &context, into: &inner)
      }
      if style.ruby == "container" { inner = Self.baseBeforeAnnotations(inner) }
      for wrapper in wrappers { inner = [.span(InlineSpan(wrapper, children: inner))] }
      nodes.append(contentsOf: inner)
    }
  }
}

extension TTMLInlineBuilder {
  /// A ruby container's content as TTML means it: all that is not an annotation is the base, and
  /// the base comes before the annotations (text a file puts after a `text` span joins the base).
  static func baseBeforeAnnotations(_ nodes: [InlineNode]) -> [InlineNode] {
    var base: [InlineNode] = []
    var annotations: [InlineNode] = []
    for node in nodes {
      if case .span(let span) = node, span.style == .rubyText {
        annotations.append(node)
      } else {
        base.appendJoiningText(node)
      }
    }
    return base + annotations
  }
}

/// Finds each line's language in one walk: the `xml:lang` all its text shares, else its script.
private struct LineLanguageFinder {
  var languages = LineLanguageAccumulator()

  mutating func visit(
    _ node: TTMLContentNode, at instant: Fraction?, region: String?, current: String?, language: String?
  ) {
    guard instant.map(node.isActive) ?? true, node.style.removed != true else { return }
    let current = node.region ?? current
    let language = node.language.flatMap { $0.isEmpty ? nil : $0 } ?? language
    switch node.kind {
    case .text(let text):
      if current == region, node.style.hidden != true { languages.add(text, declared: language) }
    case .lineBreak:
      if current == region { languages.closeLine() }
    case .span:
      if node.style.ruby == "text" || node.style.ruby == "delimiter" { return }
      for child in node.children { visit(child, at: instant, region: region, current: current, language: language) }
    }
  }
}
