/// A rectangular area of the video that cues can be shown in (WebVTT `REGION`, TTML `region`).
public struct Region: Sendable, Hashable {
  /// The region's identifier.
  public var id: String
  /// Width as a percentage of the video width.
  public var width: Double = 100
  /// Height in lines of text.
  public var lines: Double = 3
  /// The anchor point inside the region, in percent of its width and height.
  public var regionAnchorX: Double = 0
  /// The anchor point inside the region, vertical part.
  public var regionAnchorY: Double = 100
  /// Where the region anchor sits on the video, in percent of its width and height.
  public var viewportAnchorX: Double = 0
  /// Where the region anchor sits on the video, vertical part.
  public var viewportAnchorY: Double = 100
  /// Whether new lines scroll the region's text up.
  public var scrollsUp: Bool = false
  /// Height as a percentage of the video height, when the source says one (TTML `tts:extent`).
  public var height: Double?

  /// A region with the given identifier and WebVTT's defaults for the rest.
  public init(id: String) {
    self.id = id
  }
}
