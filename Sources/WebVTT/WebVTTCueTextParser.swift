import SubtitleTimeline

/// Parses WebVTT cue text into the inline tree, following the W3C cue text parsing rules.
///
/// `"<v Fan>我<i>是</i></v>"` becomes a voice span holding text and an italic span;
/// unknown tags are ignored and character references decoded, as in a browser.
enum WebVTTCueTextParser {
  /// The tree for `text`, whose lines are separated by `\n`; whether tags nested too deep were
  /// ignored, and whether tags past `Cue.maximumTags` were.
  ///
  /// `lines` are the same text split at line feeds, when the caller has them: text without markup
  /// then becomes text nodes without being split again.
  static func parse(
    _ text: String, lines: [String]? = nil
  ) -> (content: [InlineNode], ignoredDeepTags: Bool, ignoredTags: Bool) {
    let hasMarkup =
      text.utf8.withContiguousStorageIfAvailable {
        ByteComparison.occurrences(of: UInt8(ascii: "<"), UInt8(ascii: "&"), 0, in: $0) & 3 != 0
      } ?? true
    if !hasMarkup {
      var builder = TreeBuilder()
      if let lines {
        builder.appendLines(lines)
      } else {
        builder.appendText(text)
      }
      return (builder.finish(), false, false)
    }
    var tokenizer = WebVTTCueTextTokenizer(Array(text.unicodeScalars))
    var builder = TreeBuilder()
    var tags = 0
    while let token = tokenizer.next() {
      switch token {
      case .text(let text): builder.appendText(text)
      case .startTag(let name, let classes, let annotation):
        tags += 1
        if tags <= Cue.maximumTags { builder.open(name, classes: classes, annotation: annotation) }
      case .endTag(let name): builder.close(name)
      case .timestamp(let text):
        tags += 1
        if tags <= Cue.maximumTags, let time = WebVTTTimestamp.parse(text) { builder.append(.timestamp(time)) }
      }
    }
    let ignoredDeepTags = builder.ignoredDeepTags
    return (builder.finish(), ignoredDeepTags, tags > Cue.maximumTags)
  }
}

/// Builds the tree from tokens: a stack of open elements, as the spec's "current node".
private struct TreeBuilder {
  private struct OpenElement {
    var name: String
    var style: SpanStyle
    var classes: [String]
    var children: [InlineNode] = []
  }

  private var root: [InlineNode] = []
  private var stack: [OpenElement] = []
  /// Whether start tags past `InlineSpan.maximumNesting` were ignored.
  private(set) var ignoredDeepTags = false

  mutating func appendText(_ text: String) {
    var lineStart = text.utf8.startIndex
    var index = lineStart
    while index < text.utf8.endIndex {
      if text.utf8[index] == 0x0A {
        if index > lineStart { append(.text(String(Substring(text.utf8[lineStart..<index])))) }
        append(.lineBreak)
        lineStart = text.utf8.index(after: index)
      }
      index = text.utf8.index(after: index)
    }
    if lineStart < text.utf8.endIndex { append(.text(String(Substring(text.utf8[lineStart...])))) }
  }

  /// Appends lines that hold no markup, with line breaks between them.
  mutating func appendLines(_ lines: [String]) {
    root.reserveCapacity(lines.count * 2)
    for (index, line) in lines.enumerated() {
      if index > 0 { append(.lineBreak) }
      if !line.isEmpty { append(.text(line)) }
    }
  }

  mutating func append(_ node: InlineNode) {
    if stack.isEmpty { root.appendJoiningText(node) } else { stack[stack.count - 1].children.appendJoiningText(node) }
  }

  mutating func open(_ name: String, classes: [String], annotation: String) {
    let style: SpanStyle
    switch name {
    case "c": style = .classOnly
    case "i": style = .italic
    case "b": style = .bold
    case "u": style = .underline
    case "ruby": style = .ruby
    case "rt":
      guard stack.last?.name == "ruby" else { return }
      style = .rubyText
    case "v": style = .voice(annotation)
    case "lang": style = .language(annotation)
    default: return
    }
    guard stack.count < InlineSpan.maximumNesting else {
      ignoredDeepTags = true
      return
    }
    stack.append(OpenElement(name: name, style: style, classes: classes.filter { !$0.isEmpty }))
  }

  mutating func close(_ name: String) {
    guard let current = stack.last else { return }
    if current.name == name {
      closeCurrent()
    } else if name == "ruby" && current.name == "rt" {
      closeCurrent()
      closeCurrent()
    }
  }

  private mutating func closeCurrent() {
    let element = stack.removeLast()
    append(.span(InlineSpan(element.style, classes: element.classes, children: element.children)))
  }

  mutating func finish() -> [InlineNode] {
    while !stack.isEmpty { closeCurrent() }
    return root
  }
}
