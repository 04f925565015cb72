import SubtitleTimeline

/// A `region` of the document's layout: where its content goes, its styles, and when it is active.
struct TTMLRegionDefinition {
  var region: Region
  var style: TTMLStyle
  var timing: TTMLTiming

  /// Reads a `region` element; `rootExtent` converts pixel lengths to percentages.
  init(_ tag: XMLPushParser.StartTag, id: String, style: TTMLStyle, timing: TTMLTiming, rootExtent: (Double, Double)?) {
    region = Region(id: id)
    self.style = style
    self.timing = timing
    region.regionAnchorY = 0
    region.viewportAnchorY = 0
    if let origin = tag.attribute("origin", in: TTMLNamespace.styling).flatMap({ Self.pair($0, rootExtent) }) {
      (region.viewportAnchorX, region.viewportAnchorY) = origin
    }
    if let extent = tag.attribute("extent", in: TTMLNamespace.styling).flatMap({ Self.pair($0, rootExtent) }) {
      region.width = extent.0
      region.height = extent.1
      region.lines = max(1, (extent.1 / 5.33).rounded())  // about 18.75 lines of text fill the video height
    }
  }

  /// Two lengths, `10% 80%` or `64px 480px`, as percentages.
  static func pair(_ text: String, _ rootExtent: (Double, Double)?) -> (Double, Double)? {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard parts.count == 2, let x = length(parts[0], rootExtent?.0), let y = length(parts[1], rootExtent?.1) else {
      return nil
    }
    return (x, y)
  }

  private static func length(_ text: Substring, _ whole: Double?) -> Double? {
    if text.hasSuffix("%") { return Double(text.dropLast()) }
    if text.hasSuffix("px"), let whole, whole > 0, let pixels = Double(text.dropLast(2)) { return pixels / whole * 100 }
    return nil
  }
}
