/// One subtitle: an interval of media time and the rich text shown during it.
///
/// A bilingual cue is one cue whose lines carry different languages, e.g.
/// `lineLanguages == ["zh-Hans", "en"]` for a Chinese line above an English one.
public struct Cue: Sendable, Hashable {
  /// The cue's identifier; empty when the file gives none.
  public var id: String
  /// When the cue appears.
  public var start: MediaTime
  /// When the cue disappears.
  public var end: MediaTime
  /// The cue's text as a tree of inline nodes.
  public var content: [InlineNode]
  /// The language of each line of `content` (nil where unknown); empty when no line is tagged.
  public var lineLanguages: [String?]
  /// Where and how the cue is placed on screen.
  public var placement: CuePlacement
  /// Comments that stood just before the cue (WebVTT NOTE blocks), kept for same-format round trips.
  public var comments: [String]
  /// The cue payload exactly as the source file wrote it, markup included; informational only.
  public var sourceText: String?
  /// The line of the source file where the cue's timing stood; 0 when not read from a file.
  public var sourceLine: Int

  /// A cue from its parts; everything but the times and text may be left out.
  public init(
    id: String = "", start: MediaTime, end: MediaTime, content: [InlineNode],
    lineLanguages: [String?] = [], placement: CuePlacement = CuePlacement(),
    comments: [String] = [], sourceText: String? = nil, sourceLine: Int = 0
  ) {
    self.id = id
    self.start = start
    self.end = end
    self.content = content
    self.lineLanguages = lineLanguages
    self.placement = placement
    self.comments = comments
    self.sourceText = sourceText
    self.sourceLine = sourceLine
  }
}
