import SubtitleTimeline

/// An element's own timing attributes: `begin`, `end`, `dur` (relative to its sync base) and `timeContainer`.
struct TTMLTiming {
  var begin: Fraction?
  var end: Fraction?
  var duration: Fraction?
  var isSequence = false

  /// Reads the timing attributes of a start tag; malformed times it could read are noted in `leniencies`.
  init(
    _ tag: XMLPushParser.StartTag, rates: TimeRates, leniencies: inout [String]
  ) throws(TTMLTimeExpression.Failure) {
    for attribute in tag.attributes where attribute.namespace == .none {
      switch attribute.name {
      case "begin":
        begin = Fraction(try TTMLTimeExpression.parse(attribute.value, rates: rates, leniencies: &leniencies))
      case "end": end = Fraction(try TTMLTimeExpression.parse(attribute.value, rates: rates, leniencies: &leniencies))
      case "dur":
        duration = Fraction(try TTMLTimeExpression.parse(attribute.value, rates: rates, leniencies: &leniencies))
      case "timeContainer": isSequence = attribute.value.trimmingASCIISpaces() == "seq"
      default: break
      }
    }
  }

  /// No timing at all.
  init() {}

  /// Whether the element has any timing attribute.
  var isTimed: Bool { begin != nil || end != nil || duration != nil || isSequence }

  /// Whether the element says when it ends.
  var hasExplicitEnd: Bool { end != nil || duration != nil }

  /// The active interval counted from the sync base; a nil end is indefinite.
  ///
  /// It begins at `syncBase + begin` and ends at the earliest of `syncBase + end`, `begin + dur`
  /// and `parentEnd`, or after `implicit` when neither `end` nor `dur` is said. With `absolute`
  /// (Apple's lyrics), `begin` and `end` are times from the document's start instead, and the
  /// interval begins no earlier than the sync base.
  func interval(
    syncBase: Fraction, parentEnd: Fraction?, implicit: Fraction?, absolute: Bool = false
  ) throws(TTMLTimeExpression.Failure) -> (begin: Fraction, end: Fraction?) {
    let start = absolute ? max(begin ?? syncBase, syncBase) : try syncBase + (begin ?? .zero)
    var finish: Fraction?
    if let end { finish = absolute ? end : try syncBase + end }
    if let duration {
      let byDuration = try start + duration
      finish = finish.map { min($0, byDuration) } ?? byDuration
    }
    if finish == nil, let implicit { finish = try start + implicit }
    if let parentEnd { finish = finish.map { min($0, parentEnd) } ?? parentEnd }
    if let end = finish, end < start { finish = start }
    return (start, finish)
  }
}
