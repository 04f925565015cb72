import SubtitleTimeline
import TextUnicode

/// Which cue a figure came from: its id, and the line of the file it starts on.
public struct CueReference: Sendable, Hashable, CustomStringConvertible {
  /// The cue's id; empty when the file gives none.
  public var id = ""
  /// The line of the source file the cue starts on (0 when unknown).
  public var line = 0

  /// `cue ID`, or `line N` for a cue without an id.
  public var description: String { id.isEmpty ? "line \(line)" : "cue \(id)" }
}

/// Figures about a subtitle track gathered one cue at a time, so a file of any size costs the same memory.
public struct SubtitleStatistics: Sendable {
  /// The figures for the lines of one language.
  public struct Language: Sendable {
    /// The language tag, `und` for lines of unknown language.
    public var tag: String
    /// How many lines are in this language.
    public var lines = 0
    /// The widest line, in display columns.
    public var longestLineColumns = 0
    /// The highest reading speed of a cue's lines in this language, in characters a second.
    public var fastestCharactersPerSecond = 0.0
    /// The cue read fastest.
    public var fastestCue = CueReference()
  }

  /// How many cues there are.
  public private(set) var cues = 0
  /// When the first cue starts; nil with no cues.
  public private(set) var firstStart: MediaTime?
  /// When the last cue ends; nil with no cues.
  public private(set) var lastEnd: MediaTime?
  /// Each language met, in the order it was first met.
  public private(set) var languages: [Language] = []
  /// The widest line of any language, in display columns.
  public private(set) var longestLineColumns = 0
  /// The cue with the widest line.
  public private(set) var longestLineCue = CueReference()
  private var languageIndex: [String: Int] = [:]

  /// No cues yet.
  public init() {}

  /// From the first cue's start to the last cue's end, in seconds.
  public var durationSeconds: Double {
    guard let firstStart, let lastEnd, firstStart < lastEnd else { return 0 }
    return lastEnd.seconds - firstStart.seconds
  }

  /// Adds `cue`, measuring its lines with `width`.
  public mutating func add(_ cue: Cue, width: DisplayWidth) {
    cues += 1
    firstStart = min(firstStart ?? cue.start, cue.start)
    lastEnd = max(lastEnd ?? cue.end, cue.end)
    let name = CueReference(id: cue.id, line: cue.sourceLine)
    let seconds = cue.end.seconds - cue.start.seconds
    for block in LanguageBlock.blocks(of: cue) {
      let texts = block.lines.map(\.plainText).filter { !$0.isEmpty }
      guard !texts.isEmpty else { continue }  // an empty cue has no lines to count
      let tag = block.language ?? "und"
      let index = languageIndex[tag] ?? newLanguage(tag)
      languages[index].lines += texts.count
      for text in texts {
        let columns = width.columns(of: text)
        languages[index].longestLineColumns = max(languages[index].longestLineColumns, columns)
        if columns > longestLineColumns {
          longestLineColumns = columns
          longestLineCue = name
        }
      }
      let speed = seconds > 0 ? Double(LanguageBlock.join(texts).count) / seconds : 0
      if speed > languages[index].fastestCharactersPerSecond {
        languages[index].fastestCharactersPerSecond = speed
        languages[index].fastestCue = name
      }
    }
  }

  private mutating func newLanguage(_ tag: String) -> Int {
    languages.append(Language(tag: tag))
    languageIndex[tag] = languages.count - 1
    return languages.count - 1
  }
}
