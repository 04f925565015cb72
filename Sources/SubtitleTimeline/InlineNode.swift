/// One node of a cue's rich text: text, a line break, a karaoke timestamp or a styled span.
///
/// Not `indirect`: spans hold their children in an array already, and boxing every text node
/// would cost an allocation per line on the hot path.
public enum InlineNode: Sendable, Hashable {
  /// Plain text, with no line breaks in it.
  case text(String)
  /// An explicit line break between two lines of the cue.
  case lineBreak
  /// A karaoke timestamp: the text after it is spoken from this time on.
  case timestamp(MediaTime)
  /// A span of children carrying a style.
  case span(InlineSpan)
}

/// A styled run of inline nodes, such as `<i>…</i>` or `<v Fan>…</v>`.
public struct InlineSpan: Sendable, Hashable {
  /// What the span means.
  public var style: SpanStyle
  /// Class names attached to the span (WebVTT `<c.a.b>`, TTML `style` references).
  public var classes: [String]
  /// The nodes inside the span.
  public var children: [InlineNode]

  /// How deep spans may nest; readers ignore deeper tags (with a warning) so every walk of a tree stays bounded.
  public static let maximumNesting = 64

  /// A span of `style` around `children`.
  public init(_ style: SpanStyle, classes: [String] = [], children: [InlineNode]) {
    self.style = style
    self.classes = classes
    self.children = children
  }
}

/// The meaning of an inline span.
public enum SpanStyle: Sendable, Hashable {
  /// Italic text.
  case italic
  /// Bold text.
  case bold
  /// Underlined text.
  case underline
  /// A span that only carries classes (WebVTT `<c>`).
  case classOnly
  /// Text spoken by the named voice or speaker.
  case voice(String)
  /// Text in the given BCP 47 language.
  case language(String)
  /// Text in a colour, as the source wrote it (`#ff0000`, `red`).
  case color(String)
  /// A ruby container: base text with `rubyText` annotations.
  case ruby
  /// The annotation of a ruby container.
  case rubyText
}

extension Array where Element == InlineNode {
  /// The text with all markup and ruby annotations removed, and line breaks as `\n`.
  public var plainText: String {
    var result = ""
    appendPlainText(to: &result)
    return result
  }

  /// The plain text of each line (without ruby annotations), split at line breaks at any depth.
  public var plainLines: [String] {
    var lines = [""]
    appendLines(to: &lines)
    return lines
  }

  /// How many lines the text has: one more than its line breaks.
  public var lineCount: Int {
    var count = 1
    forEachNode { if case .lineBreak = $0 { count += 1 } }
    return count
  }

  /// Calls `body` for every node in document order, children after their span.
  public func forEachNode(_ body: (InlineNode) -> Void) {
    for node in self {
      body(node)
      if case .span(let span) = node { span.children.forEachNode(body) }
    }
  }

  private func appendPlainText(to result: inout String) {
    for node in self {
      switch node {
      case .text(let text): result += text
      case .lineBreak: result += "\n"
      case .timestamp: break
      case .span(let span) where span.style == .rubyText: break
      case .span(let span): span.children.appendPlainText(to: &result)
      }
    }
  }

  private func appendLines(to lines: inout [String]) {
    for node in self {
      switch node {
      case .text(let text): lines[lines.count - 1] += text
      case .lineBreak: lines.append("")
      case .timestamp: break
      case .span(let span) where span.style == .rubyText: break
      case .span(let span): span.children.appendLines(to: &lines)
      }
    }
  }
}

extension Array where Element == InlineNode {
  /// The content cut at its line breaks; spans that cross a break are repeated on each side,
  /// so `<i>a⏎b</i>` becomes `[[<i>a</i>], [<i>b</i>]]`.
  public var lines: [[InlineNode]] {
    var lines: [[InlineNode]] = [[]]
    for node in self {
      switch node {
      case .lineBreak: lines.append([])
      case .span(let span):
        let inner = span.children.lines
        for (index, part) in inner.enumerated() {
          if index > 0 { lines.append([]) }
          if !part.isEmpty || inner.count == 1 {
            lines[lines.count - 1].append(.span(InlineSpan(span.style, classes: span.classes, children: part)))
          }
        }
      default: lines[lines.count - 1].append(node)
      }
    }
    return lines
  }
}

extension Array where Element == InlineNode {
  /// Appends `node`, joining text to a text node just before it, so a tree never holds two texts
  /// side by side (a parser that skips a tag between them would otherwise).
  public mutating func appendJoiningText(_ node: InlineNode) {
    guard case .text(let text) = node, case .text(var previous)? = last else {
      append(node)
      return
    }
    removeLast()  // `previous` is then the string's only owner, so the append below is in place
    previous += text
    append(.text(previous))
  }
}
