import SubtitleTimeline
import TextUnicode

/// A cue as the rules see it: the cue, where it stands in its file, its lines read once, what came
/// before it, and the limits that apply.
public struct CheckedCue {
  /// The cue.
  public var cue: Cue
  /// Its 1-based position in the file.
  public var index: Int
  /// The file's name, for findings.
  public var file: String
  /// Every line, top to bottom; an empty cue has none.
  public var lines: [CheckedLine]
  /// The lines grouped by language, top to bottom; blank lines are left out.
  public var blocks: [CheckedBlock]
  /// The cue just before it in the file, if any.
  public var previous: Cue?
  /// The latest end of any cue before it in the file.
  public var latestEnd: MediaTime?
  /// What is known about the whole file.
  public var track: TrackProfile
  /// The limits in force.
  public var settings: CheckSettings
  /// Tells Traditional Chinese characters from Simplified ones; shared by a file's cues.
  public var scripts: ChineseScriptDetector

  /// `cue`, the `index`-th of `file`, read into lines and blocks.
  public init(
    _ cue: Cue, index: Int, file: String, previous: Cue?, latestEnd: MediaTime?, track: TrackProfile,
    settings: CheckSettings, scripts: ChineseScriptDetector
  ) {
    self.scripts = scripts
    self.cue = cue
    self.index = index
    self.file = file
    self.previous = previous
    self.latestEnd = latestEnd
    self.track = track
    self.settings = settings
    lines = cue.content.lines.enumerated().map { index, nodes in
      CheckedLine(nodes, language: index < cue.lineLanguages.count ? cue.lineLanguages[index] : nil)
    }
    var blocks: [CheckedBlock] = []
    for line in lines where !line.isBlank {
      let family = line.family
      if let last = blocks.last, last.family == family {
        blocks[blocks.count - 1].lines.append(line)
      } else {
        blocks.append(CheckedBlock(family: family, lines: [line]))
      }
    }
    self.blocks = blocks
  }

  /// How long the cue shows, in whole milliseconds (negative when it ends before it starts).
  public var durationMilliseconds: Int64 { cue.end.roundedMilliseconds - cue.start.roundedMilliseconds }

  /// The limits for lines in the language `family` (`zh`, `en`).
  public func limits(for family: String?) -> LanguageLimits { settings.limits(for: family) }
}
