import SubtitleTimeline

/// Where a region lies on the video in TTML's terms: origin and extent in percent, inside the video.
///
/// WebVTT places a region by anchors and counts its height in lines; IMSC needs the rectangle
/// itself, within the root container. A rectangle reaching outside (or numbers no video has) is
/// moved and cut to fit, and `wasClamped` says so.
struct TTMLRegionArea {
  /// The left edge, in percent of the video width.
  var x: Double
  /// The top edge, in percent of the video height.
  var y: Double
  /// The width, in percent of the video width.
  var width: Double
  /// The height, in percent of the video height.
  var height: Double
  /// Whether the region had to be moved or cut to lie inside the video.
  var wasClamped = false

  /// The rectangle of `region`: its TTML height when it has one, else 5.33% a line.
  init(_ region: Region) {
    let height = region.height ?? region.lines * 5.33
    let exact = (
      x: region.viewportAnchorX - region.regionAnchorX * region.width / 100,
      y: region.viewportAnchorY - region.regionAnchorY * height / 100, width: region.width, height: height
    )
    width = Self.clamp(exact.width, to: 0...100)
    self.height = Self.clamp(exact.height, to: 0...100)
    x = Self.clamp(exact.x, to: 0...(100 - width))
    y = Self.clamp(exact.y, to: 0...(100 - self.height))
    wasClamped = (x, y, width, self.height) != exact
  }

  /// `value` within `range`; not-a-number becomes the range's start.
  private static func clamp(_ value: Double, to range: ClosedRange<Double>) -> Double {
    value.isNaN ? range.lowerBound : min(max(value, range.lowerBound), range.upperBound)
  }
}
