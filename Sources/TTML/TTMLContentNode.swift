import SubtitleTimeline

/// One node of a `p` element's content: a span, a `br`, or text, with what it needs to be timed and styled.
final class TTMLContentNode {
  enum Kind {
    case span
    case lineBreak
    case text(String)
  }

  private(set) var kind: Kind
  let timing: TTMLTiming
  /// The effective style, inherited from every ancestor.
  let style: TTMLStyle
  /// The `xml:lang` this element itself says, when it differs from its parent's.
  let language: String?
  /// The region this element itself names, if any.
  let region: String?
  var children: [TTMLContentNode] = []

  /// Adds character data: to the last child when it is text (XML parsers deliver text in pieces,
  /// and elements past the limit add none of their own), else as a new text child.
  ///
  /// With `collapsing`, a space where the two meet is not doubled (each piece is collapsed already).
  func appendText(_ text: String, collapsing: Bool = false) {
    if let last = children.last, case .text(var joined) = last.kind {
      last.kind = .text("")  // `joined` is then the string's only owner: the append is in place
      if collapsing && joined.utf8.last == 0x20 && text.utf8.first == 0x20 {
        joined += text.dropFirst()
      } else {
        joined += text
      }
      last.kind = .text(joined)
    } else {
      children.append(TTMLContentNode(.text(text), style: style))
    }
  }

  /// Whether any descendant has timing of its own, so the paragraph's text can change while it shows.
  var hasTimedDescendants: Bool { children.contains { $0.timing.isTimed || $0.hasTimedDescendants } }
  /// The absolute active interval, once resolved; a nil end is indefinite.
  var interval: (begin: Fraction, end: Fraction?) = (.zero, nil)

  init(
    _ kind: Kind, timing: TTMLTiming = TTMLTiming(), style: TTMLStyle, language: String? = nil, region: String? = nil
  ) {
    self.kind = kind
    self.timing = timing
    self.style = style
    self.language = language
    self.region = region
  }

  /// Whether a descendant turns a style off again (`tts:fontStyle="normal"` inside italics).
  func turnsOff(_ toggle: TTMLStyle.Toggle) -> Bool {
    children.contains { $0.style.value(toggle) == false || $0.turnsOff(toggle) }
  }

  /// Whether a `br` is somewhere inside.
  var containsLineBreak: Bool {
    children.contains { if case .lineBreak = $0.kind { true } else { $0.containsLineBreak } }
  }

  /// Whether the subtree holds text other than white space.
  var hasVisibleText: Bool {
    if case .text(let text) = kind { return text.utf8.contains { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } }
    return children.contains { $0.hasVisibleText }
  }

  /// How many bytes of text the subtree holds.
  var textBytes: Int {
    if case .text(let text) = kind { return text.utf8.count }
    return children.reduce(0) { $0 + $1.textBytes }
  }

  /// Every region this subtree names.
  func collectRegions(into regions: inout Set<String>) {
    if let region { regions.insert(region) }
    for child in children { child.collectRegions(into: &regions) }
  }

  /// The implicit duration (TTML2 §12.4): text and `br` last indefinitely in a parallel parent and not at
  /// all in a sequential one; a `par` lasts until its last child ends, a `seq` until its last child ends.
  func implicitDuration(parentIsSequence: Bool) throws(TTMLTimeExpression.Failure) -> Fraction? {
    switch kind {
    case .text, .lineBreak:
      return parentIsSequence ? .zero : nil
    case .span:
      if children.isEmpty { return .zero }
      var latest = Fraction.zero
      var running = Fraction.zero
      for child in children {
        let base = timing.isSequence ? running : .zero
        let childImplicit = try child.implicitDuration(parentIsSequence: timing.isSequence)
        let (_, end) = try child.timing.interval(syncBase: base, parentEnd: nil, implicit: childImplicit)
        guard let end else { return nil }
        latest = max(latest, end)
        running = end
      }
      return timing.isSequence ? running : latest
    }
  }

  /// Resolves the absolute intervals of this node and its descendants; `timed` says whether any of
  /// them has timing of its own (nil: find out); with `absolute`, `begin` and `end` in a `par` are
  /// times from the document's start (Apple's lyrics), not from the parent's begin.
  func resolve(
    syncBase: Fraction, parentEnd: Fraction?, parentIsSequence: Bool, timed: Bool? = nil, absolute: Bool = false
  ) throws(TTMLTimeExpression.Failure) {
    guard timed ?? (hasTimedDescendants || timing.isSequence) else {
      // A `par` with untimed descendants (so no `seq` among them), the usual case: all share its interval.
      let implicit = timing.hasExplicitEnd ? nil : try implicitDuration(parentIsSequence: parentIsSequence)
      interval = try timing.interval(
        syncBase: syncBase, parentEnd: parentEnd, implicit: implicit, absolute: absolute && !parentIsSequence)
      if let end = parentEnd, end < interval.begin { interval = (end, end) }
      share(interval)
      return
    }
    let implicit = timing.hasExplicitEnd ? nil : try implicitDuration(parentIsSequence: parentIsSequence)
    interval = try timing.interval(
      syncBase: syncBase, parentEnd: parentEnd, implicit: implicit, absolute: absolute && !parentIsSequence)
    if let end = parentEnd, end < interval.begin { interval = (end, end) }
    var running = interval.begin
    for child in children {
      try child.resolve(
        syncBase: timing.isSequence ? running : interval.begin, parentEnd: interval.end,
        parentIsSequence: timing.isSequence, absolute: absolute)
      if timing.isSequence {
        guard let end = child.interval.end else { break }
        running = end
      }
    }
  }

  private func share(_ interval: (begin: Fraction, end: Fraction?)) {
    for child in children {
      child.interval = interval
      child.share(interval)
    }
  }

  /// Whether the node is showing at `instant`.
  func isActive(at instant: Fraction) -> Bool {
    interval.begin <= instant && interval.end.map { instant < $0 } ?? true
  }

  /// Every begin and end in this subtree, up to `limit` of them (a bound for hostile documents).
  func collectInstants(into instants: inout Set<Fraction>, limit: Int) {
    guard instants.count < limit else { return }
    instants.insert(interval.begin)
    if let end = interval.end { instants.insert(end) }
    for child in children { child.collectInstants(into: &instants, limit: limit) }
  }
}
