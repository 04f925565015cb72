/// Where a cue sits on screen: every WebVTT cue setting, a region, and SRT's `{\anN}` anchor.
///
/// The defaults are WebVTT's: `line:auto position:auto size:100% align:center`.
public struct CuePlacement: Sendable, Hashable {
  /// The writing direction of the cue box.
  public var vertical: WritingDirection = .horizontal
  /// The line position; nil means `auto`.
  public var line: LinePosition?
  /// How the cue box aligns to its line position.
  public var lineAlign: LineAlignment = .start
  /// The position as a percentage of the video; nil means `auto`.
  public var position: Double?
  /// How the cue box aligns to its position.
  public var positionAlign: PositionAlignment = .auto
  /// The size of the cue box as a percentage of the video.
  public var size: Double = 100
  /// How text aligns inside the cue box.
  public var align: TextAlignment = .center
  /// The identifier of the region the cue is shown in, if any.
  public var region: String?
  /// A numeric-keypad screen anchor (1 bottom left … 9 top right), as SRT's `{\anN}` says.
  public var anchor: Int?

  /// The default placement.
  public init() {}

  /// Whether every setting other than the anchor has its default value.
  public var hasDefaultCueSettings: Bool {
    var settings = self
    settings.anchor = nil
    return settings == CuePlacement()
  }
}

/// A WebVTT cue line position: a line number (snap to lines) or a percentage of the video.
public enum LinePosition: Sendable, Hashable {
  /// A line number; negative numbers count from the bottom.
  case number(Double)
  /// A percentage of the video height (or width when vertical).
  case percentage(Double)
}

/// The writing direction of a cue box.
public enum WritingDirection: String, Sendable, Hashable {
  /// Horizontal text.
  case horizontal = ""
  /// Vertical text, lines growing right to left.
  case rightToLeft = "rl"
  /// Vertical text, lines growing left to right.
  case leftToRight = "lr"
}

/// WebVTT's line alignment.
public enum LineAlignment: String, Sendable, Hashable {
  /// Align the cue box's start edge to the line.
  case start
  /// Center the cue box on the line.
  case center
  /// Align the cue box's end edge to the line.
  case end
}

/// WebVTT's position alignment.
public enum PositionAlignment: String, Sendable, Hashable {
  /// The position is the cue box's left edge.
  case lineLeft = "line-left"
  /// The position is the cue box's center.
  case center
  /// The position is the cue box's right edge.
  case lineRight = "line-right"
  /// Derived from the text alignment.
  case auto
}

/// WebVTT's text alignment inside the cue box.
public enum TextAlignment: String, Sendable, Hashable {
  /// The start of the line, by text direction.
  case start
  /// Centered.
  case center
  /// The end of the line, by text direction.
  case end
  /// Left, whatever the text direction.
  case left
  /// Right, whatever the text direction.
  case right
}
