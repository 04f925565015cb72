import SubtitleTimeline
import TextUnicode

/// What every cue of one file is checked against: the file, its profile, the settings and the
/// script detector; made once a file and shared by its cues.
public final class CheckContext {
  /// The file's name, for findings.
  public let file: String
  /// What is known about the whole file.
  public let track: TrackProfile
  /// The limits in force.
  public let settings: CheckSettings
  /// Tells Traditional Chinese characters from Simplified ones.
  public let scripts: ChineseScriptDetector

  private let chinese: LanguageLimits
  private let english: LanguageLimits

  /// The context of `file`'s cues.
  public init(file: String, track: TrackProfile, settings: CheckSettings, scripts: ChineseScriptDetector) {
    self.file = file
    self.track = track
    self.settings = settings
    self.scripts = scripts
    (chinese, english) = (settings.limits(for: "zh"), settings.limits(for: "en"))
  }

  /// The limits for lines in the language `family` (`zh`, `en`): the settings', looked up once
  /// for the two languages of a bilingual file.
  public func limits(for family: String?) -> LanguageLimits {
    switch family {
    case "zh": chinese
    case "en": english
    default: settings.limits(for: family)
    }
  }
}

/// A cue as the rules see it: the cue, where it stands in its file, its lines read once, what came
/// before it, and the file's context.
public struct CheckedCue {
  /// The cue.
  public var cue: Cue
  /// Its 1-based position in the file.
  public var index: Int
  /// Every line, top to bottom; an empty cue has none.
  public var lines: [CheckedLine]
  /// The lines grouped by language, top to bottom; blank lines are left out.
  public var blocks: [CheckedBlock]
  /// The cue just before it in the file, if any.
  public var previous: Cue?
  /// The latest end of any cue before it in the file.
  public var latestEnd: MediaTime?
  /// The file, its profile and the settings.
  public let context: CheckContext

  /// `cue`, the `index`-th of its file, read into lines and blocks.
  public init(_ cue: Cue, index: Int, previous: Cue?, latestEnd: MediaTime?, context: CheckContext) {
    self.cue = cue
    self.index = index
    self.previous = previous
    self.latestEnd = latestEnd
    self.context = context
    lines = CheckedCue.lines(of: cue)
    // A block is a run of lines of one language, blank lines left out: slices share the lines.
    let shown = lines.contains(where: \.isBlank) ? lines.filter { !$0.isBlank } : lines
    var blocks: [CheckedBlock] = []
    var start = shown.startIndex
    for index in shown.indices where index + 1 == shown.endIndex || shown[index + 1].family != shown[index].family {
      let family = shown[index].family
      blocks.append(CheckedBlock(family: family, lines: shown[start...index], limits: context.limits(for: family)))
      start = index + 1
    }
    self.blocks = blocks
  }

  /// The lines of `cue`, each with its language; a cue of plain text and line breaks (nearly every
  /// cue) is read without building a tree per line.
  private static func lines(of cue: Cue) -> [CheckedLine] {
    func language(_ index: Int) -> String? { index < cue.lineLanguages.count ? cue.lineLanguages[index] : nil }
    let isPlain = cue.content.allSatisfy { node in
      switch node {
      case .text, .lineBreak: true
      default: false
      }
    }
    guard isPlain else {
      return cue.content.lines.enumerated().map { CheckedLine($1, language: language($0)) }
    }
    var lines: [CheckedLine] = []
    lines.reserveCapacity(cue.content.count / 2 + 1)
    var text = ""
    for node in cue.content {
      switch node {
      case .text(let part): text = text.isEmpty ? part : text + part  // shared, not copied
      default:
        lines.append(CheckedLine(text: text, language: language(lines.count), hasItalics: false))
        text = ""
      }
    }
    lines.append(CheckedLine(text: text, language: language(lines.count), hasItalics: false))
    return lines
  }

  /// How long the cue shows, in whole milliseconds (negative when it ends before it starts).
  public var durationMilliseconds: Int64 { cue.end.roundedMilliseconds - cue.start.roundedMilliseconds }

  /// The file's name, for findings.
  public var file: String { context.file }
  /// What is known about the whole file.
  public var track: TrackProfile { context.track }
  /// The limits in force.
  public var settings: CheckSettings { context.settings }
  /// Tells Traditional Chinese characters from Simplified ones.
  public var scripts: ChineseScriptDetector { context.scripts }

  /// The limits for lines in the language `family` (`zh`, `en`).
  public func limits(for family: String?) -> LanguageLimits { context.limits(for: family) }
}
