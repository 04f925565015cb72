/// What a subtitle document says before its first cue: title, regions, styles and comments.
public struct DocumentHeader: Sendable, Hashable {
  /// Free text beside the file signature (WebVTT's `WEBVTT - title`); empty when none.
  public var title: String
  /// Regions that cues may refer to by identifier.
  public var regions: [Region]
  /// Style sheets the document carries (WebVTT STYLE blocks), verbatim.
  public var styleSheets: [String]
  /// Comments before the first cue (WebVTT NOTE blocks), verbatim.
  public var comments: [String]
  /// The frame and tick rates times were written in (TTML), so a writer can write them the same way.
  public var timeRates: TimeRates?
  /// The document's language (TTML `xml:lang` on the root), when it says one.
  public var language: String?

  /// A header; every part may be left out.
  public init(
    title: String = "", regions: [Region] = [], styleSheets: [String] = [], comments: [String] = [],
    timeRates: TimeRates? = nil, language: String? = nil
  ) {
    self.title = title
    self.regions = regions
    self.styleSheets = styleSheets
    self.comments = comments
    self.timeRates = timeRates
    self.language = language
  }
}

/// A whole subtitle document: a header, its cues and the comments after the last cue.
public struct SubtitleDocument: Sendable, Hashable {
  /// The document header.
  public var header: DocumentHeader
  /// The cues in file order.
  public var cues: [Cue]
  /// Comments after the last cue.
  public var trailingComments: [String]

  /// A document from its parts.
  public init(header: DocumentHeader = DocumentHeader(), cues: [Cue] = [], trailingComments: [String] = []) {
    self.header = header
    self.cues = cues
    self.trailingComments = trailingComments
  }
}
