import SubtitleTimeline

/// IMSC ruby holds no line breaks: a writer takes them out of ruby spans, and says so.
enum TTMLRubyBreaks {
  /// Whether a line break sits inside a ruby span (its base or its text).
  static func occur(in nodes: [InlineNode], insideRuby: Bool = false) -> Bool {
    nodes.contains { node in
      switch node {
      case .lineBreak: insideRuby
      case .span(let span): occur(in: span.children, insideRuby: insideRuby || Self.isRuby(span))
      case .text, .timestamp: false
      }
    }
  }

  /// `nodes` without the line breaks inside ruby spans; text on either side of one joins.
  static func removed(from nodes: [InlineNode], insideRuby: Bool = false) -> [InlineNode] {
    var result: [InlineNode] = []
    for node in nodes {
      switch node {
      case .lineBreak where insideRuby: continue
      case .span(let span):
        let children = removed(from: span.children, insideRuby: insideRuby || Self.isRuby(span))
        result.append(.span(InlineSpan(span.style, classes: span.classes, children: children)))
      default: result.appendJoiningText(node)
      }
    }
    return result
  }

  private static func isRuby(_ span: InlineSpan) -> Bool {
    span.style == .ruby || span.style == .rubyText
  }
}
