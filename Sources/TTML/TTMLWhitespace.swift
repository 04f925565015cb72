import SubtitleTimeline

/// TTML's default whitespace handling (`xml:space="default"`): runs collapse to one space, and
/// spaces at the start and end of each line go.
enum TTMLWhitespace {
  /// Text with every run of spaces, tabs and line feeds made one space.
  static func collapse(_ text: String) -> String {
    guard !isCollapsed(text) else { return text }
    var result = ""
    var inSpace = false
    for scalar in text.unicodeScalars {
      if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
        if !inSpace { result.unicodeScalars.append(" ") }
        inSpace = true
      } else {
        result.unicodeScalars.append(scalar)
        inSpace = false
      }
    }
    return result
  }

  /// Whether `text` has no tab, line feed, carriage return or doubled space to collapse.
  static func isCollapsed(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var previousIsSpace = false
      for byte in bytes {
        guard byte <= 0x20 else {  // one comparison for nearly every byte
          previousIsSpace = false
          continue
        }
        if byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x20 && previousIsSpace { return false }
        previousIsSpace = byte == 0x20
      }
      return true
    } ?? false
  }

  /// Whether default handling could change this text, so a writer must ask for `xml:space="preserve"`:
  /// a tab or line feed, a doubled space (within a text or across two), or a space at a line's edge.
  static func needsPreserving(_ nodes: [InlineNode]) -> Bool {
    var place = Place.lineStart
    return needsPreserving(nodes, place: &place) || place == .afterSpace
  }

  /// Where a walk through a line stands: a space here would be collapsed or trimmed unless after text.
  private enum Place { case lineStart, afterSpace, afterText }

  private static func needsPreserving(_ nodes: [InlineNode], place: inout Place) -> Bool {
    for node in nodes {
      switch node {
      case .text(let text):
        guard let first = text.utf8.first, let last = text.utf8.last else { continue }
        if first == 0x20 && place != .afterText || !isCollapsed(text) { return true }
        place = last == 0x20 ? .afterSpace : .afterText
      case .lineBreak:
        if place == .afterSpace { return true }
        place = .lineStart
      case .span(let span):
        if needsPreserving(span.children, place: &place) { return true }
      case .timestamp: continue
      }
    }
    return false
  }

  /// Whether any text node starts or ends with a space: only then is there anything to trim.
  static func hasEdgeSpaces(_ nodes: [InlineNode]) -> Bool {
    nodes.contains { node in
      switch node {
      case .text(let text): text.utf8.first == 0x20 || text.utf8.last == 0x20
      case .span(let span): hasEdgeSpaces(span.children)
      case .lineBreak, .timestamp: false
      }
    }
  }

  /// Whether the first or the last line is empty: readers drop line breaks at a paragraph's edges.
  static func hasEmptyEdgeLine(_ nodes: [InlineNode]) -> Bool {
    startsWithBreak(nodes, reversed: false) == true || startsWithBreak(nodes, reversed: true) == true
  }

  /// Whether a line break comes before any text (from the end when `reversed`); nil when neither does.
  private static func startsWithBreak(_ nodes: [InlineNode], reversed: Bool) -> Bool? {
    let (first, last, step) = reversed ? (nodes.count - 1, 0, -1) : (0, nodes.count - 1, 1)
    for index in stride(from: first, through: last, by: step) {
      switch nodes[index] {
      case .lineBreak: return true
      case .text(let text) where !text.isEmpty: return false
      case .span(let span):
        if let decided = startsWithBreak(span.children, reversed: reversed) { return decided }
      case .text, .timestamp: continue
      }
    }
    return nil
  }

  /// Whether any text is more than spaces.
  static func hasVisibleText(_ nodes: [InlineNode]) -> Bool {
    nodes.contains { node in
      switch node {
      case .text(let text): text.utf8.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
      case .span(let span): span.style != .rubyText && hasVisibleText(span.children)
      case .lineBreak, .timestamp: false
      }
    }
  }

  /// Removes spaces at line edges and doubled spaces across node boundaries, then empty text nodes.
  static func trimLineEdges(_ nodes: inout [InlineNode]) {
    var afterSpace = true  // the start of a line counts as after a space
    trimLeading(&nodes, afterSpace: &afterSpace)
    var beforeSpace = true
    trimTrailing(&nodes, beforeSpace: &beforeSpace)
  }

  private static func trimLeading(_ nodes: inout [InlineNode], afterSpace: inout Bool) {
    var index = 0
    while index < nodes.count {
      switch nodes[index] {
      case .text(var text):
        if afterSpace { text = String(text.drop { $0 == " " }) }
        if !text.isEmpty { afterSpace = text.hasSuffix(" ") }
        if text.isEmpty {
          nodes.remove(at: index)
          continue
        }
        nodes[index] = .text(text)
      case .lineBreak: afterSpace = true
      case .timestamp: break
      case .span(var span):
        trimLeading(&span.children, afterSpace: &afterSpace)
        nodes[index] = .span(span)
      }
      index += 1
    }
  }

  private static func trimTrailing(_ nodes: inout [InlineNode], beforeSpace: inout Bool) {
    var index = nodes.count - 1
    while index >= 0 {
      switch nodes[index] {
      case .text(var text):
        if beforeSpace { while text.hasSuffix(" ") { text.removeLast() } }
        if !text.isEmpty { beforeSpace = false }
        if text.isEmpty { nodes.remove(at: index) } else { nodes[index] = .text(text) }
      case .lineBreak: beforeSpace = true
      case .timestamp: break
      case .span(var span):
        trimTrailing(&span.children, beforeSpace: &beforeSpace)
        nodes[index] = .span(span)
      }
      index -= 1
    }
  }
}
