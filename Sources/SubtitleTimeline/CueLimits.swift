/// Bounds on one cue that keep memory and time in proportion to the input: past them, readers
/// keep the text but not its structure, and warn.
extension Cue {
  /// The most lines a cue keeps; the lines after it are joined to the last one with spaces.
  public static let maximumLines = 1_000
  /// The most tags (spans and line breaks inside markup) a cue reads as markup; later tags are
  /// ignored or kept as text, as each format does with a tag it does not know.
  public static let maximumTags = 10_000
  /// What readers warn when a cue has more lines than `maximumLines`.
  public static let tooManyLinesMessage = "a cue of more than \(maximumLines) lines: the rest joined to its last line"
  /// What readers warn when a cue has more tags than `maximumTags`.
  public static let tooManyTagsMessage = "a cue of more than \(maximumTags) tags: the rest read as text"
}

/// The bound on a document's regions: past it, readers ignore further definitions, and warn.
extension Region {
  /// The most regions a document keeps (IMSC shows at most four at once).
  public static let maximumCount = 10_000
  /// What readers warn when a document defines more regions than `maximumCount`.
  public static let tooManyMessage = "more than \(maximumCount) regions: the rest are ignored"
}
