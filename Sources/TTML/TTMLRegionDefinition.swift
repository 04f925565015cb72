import SubtitleTimeline

/// A `region` of the document's layout: where its content goes, its styles, and when it is active.
struct TTMLRegionDefinition {
  var region: Region
  var style: TTMLStyle
  var timing: TTMLTiming

  /// Reads a `region` element; `rootExtent` converts pixel lengths to percentages.
  ///
  /// An origin or extent that is not two lengths (finite, an extent not negative) is ignored with a warning.
  init(
    _ tag: XMLPushParser.StartTag, id: String, style: TTMLStyle, timing: TTMLTiming, rootExtent: (Double, Double)?,
    context: SourceContext
  ) throws(SubtitleError) {
    region = Region(id: id)
    self.style = style
    self.timing = timing
    region.regionAnchorY = 0
    region.viewportAnchorY = 0
    func lengths(_ name: String, nonNegative: Bool) throws(SubtitleError) -> (Double, Double)? {
      guard let text = tag.attribute(name, in: TTMLNamespace.styling) else { return nil }
      if let pair = Self.pair(text, rootExtent), !nonNegative || (pair.0 >= 0 && pair.1 >= 0) { return pair }
      try context.warn(
        "tts:\(name)=\"\(text.prefix(40))\" is not two \(nonNegative ? "non-negative " : "")lengths in % "
          + "(or px, with tts:extent in px on tt); ignored", line: tag.line, column: tag.column)
      return nil
    }
    if let origin = try lengths("origin", nonNegative: false) {
      (region.viewportAnchorX, region.viewportAnchorY) = origin
    }
    if let extent = try lengths("extent", nonNegative: true) {
      region.width = extent.0
      region.height = extent.1
      region.lines = max(1, (extent.1 / 5.33).rounded())  // about 18.75 lines of text fill the video height
    }
  }

  /// For the regions `TTMLWriter` adds to every document (same name and area), what a cue shown
  /// there had before it was written: `.some(nil)` at the bottom, `.some(8)` (`{\an8}`) at the top;
  /// nil for any other region.
  var defaultAnchor: Int?? {
    guard region.viewportAnchorX == 10, region.viewportAnchorY == 10, region.width == 80, region.height == 80 else {
      return nil
    }
    switch region.id {
    case "bottom": return .some(nil)
    case "top": return .some(8)
    default: return nil
    }
  }

  /// Two lengths, `10% 80%` or `64px 480px`, as finite percentages.
  static func pair(_ text: String, _ rootExtent: (Double, Double)?) -> (Double, Double)? {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard parts.count == 2, let x = length(parts[0], rootExtent?.0), let y = length(parts[1], rootExtent?.1) else {
      return nil
    }
    return (x, y)
  }

  /// The root container's size in pixels, from `tts:extent="640px 480px"` on `tt`.
  static func pixels(_ text: String) -> (Double, Double)? {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard parts.count == 2, parts[0].hasSuffix("px"), parts[1].hasSuffix("px"),
      let width = PlainDecimal.parse(parts[0].dropLast(2)), let height = PlainDecimal.parse(parts[1].dropLast(2)),
      width > 0, height > 0
    else { return nil }
    return (width, height)
  }

  private static func length(_ text: Substring, _ whole: Double?) -> Double? {
    if text.hasSuffix("%") { return PlainDecimal.parse(text.dropLast()) }
    guard text.hasSuffix("px"), let whole, let pixels = PlainDecimal.parse(text.dropLast(2)) else { return nil }
    let percent = pixels / whole * 100
    return percent.isFinite ? percent : nil
  }
}
