/// One subtitle: an interval of media time and the rich text shown during it.
///
/// A bilingual cue is one cue whose lines carry different languages, e.g.
/// `lineLanguages == ["zh-Hans", "en"]` for a Chinese line above an English one.
///
/// A value type whose fields live in one copy-on-write box: readers hand cues through
/// optionals and protocol calls, and a one-pointer value makes each of those hand-offs free.
public struct Cue: Sendable, Hashable {
  private var storage: Storage

  /// A cue from its parts; everything but the times and text may be left out.
  public init(
    id: String = "", start: MediaTime, end: MediaTime, content: [InlineNode],
    lineLanguages: [String?] = [], placement: CuePlacement = CuePlacement(),
    comments: [String] = [], sourceText: String? = nil, sourceLine: Int = 0
  ) {
    storage = Storage(
      Fields(
        id: id, start: start, end: end, content: content, lineLanguages: lineLanguages, placement: placement,
        comments: comments, sourceText: sourceText, sourceLine: sourceLine))
  }

  /// The cue's identifier; empty when the file gives none.
  public var id: String {
    get { storage.fields.id }
    set { unique().fields.id = newValue }
  }

  /// When the cue appears.
  public var start: MediaTime {
    get { storage.fields.start }
    set { unique().fields.start = newValue }
  }

  /// When the cue disappears.
  public var end: MediaTime {
    get { storage.fields.end }
    set { unique().fields.end = newValue }
  }

  /// The cue's text as a tree of inline nodes.
  public var content: [InlineNode] {
    get { storage.fields.content }
    set { unique().fields.content = newValue }
  }

  /// The language of each line of `content` (nil where unknown); empty when no line is tagged.
  public var lineLanguages: [String?] {
    get { storage.fields.lineLanguages }
    set { unique().fields.lineLanguages = newValue }
  }

  /// Where and how the cue is placed on screen.
  public var placement: CuePlacement {
    get { storage.fields.placement }
    set { unique().fields.placement = newValue }
  }

  /// Comments that stood just before the cue (WebVTT NOTE blocks), kept for same-format round trips.
  public var comments: [String] {
    get { storage.fields.comments }
    set { unique().fields.comments = newValue }
  }

  /// The cue payload exactly as the source file wrote it, markup included; informational only.
  public var sourceText: String? {
    get { storage.fields.sourceText }
    set { unique().fields.sourceText = newValue }
  }

  /// The line of the source file where the cue's timing stood; 0 when not read from a file.
  public var sourceLine: Int {
    get { storage.fields.sourceLine }
    set { unique().fields.sourceLine = newValue }
  }

  /// Two cues are equal when every field is.
  public static func == (lhs: Cue, rhs: Cue) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  /// Hashes every field.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(storage.fields)
  }

  private mutating func unique() -> Storage {
    if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    return storage
  }
}

extension Cue {
  /// The box behind a cue; shared between copies until one of them is changed.
  fileprivate final class Storage: @unchecked Sendable {
    var fields: Fields

    init(_ fields: Fields) {
      self.fields = fields
    }
  }

  /// The fields of a cue, as one hashable value.
  fileprivate struct Fields: Hashable {
    var id: String
    var start: MediaTime
    var end: MediaTime
    var content: [InlineNode]
    var lineLanguages: [String?]
    var placement: CuePlacement
    var comments: [String]
    var sourceText: String?
    var sourceLine: Int
  }
}
