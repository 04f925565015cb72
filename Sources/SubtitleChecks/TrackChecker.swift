import SubtitleTimeline
import TextUnicode

/// Checks a file's cues one at a time, in the file's order, with memory that does not grow with the file.
///
/// The first `profileLength` cues are held back until the file's profile (bilingual or not, the
/// usual language order, the preset when none was named) is known; after that each cue's findings
/// come back as soon as it is checked.
///
/// ```swift
/// var checker = TrackChecker(file: "film.srt", preset: nil)
/// report(checker.check(cues))  // or one cue at a time, as they are read
/// report(checker.finish())
/// ```
public struct TrackChecker {
  /// How many cues the profile is taken from.
  public static let profileLength = 100

  private let file: String
  private let rules: [any CheckRule]
  private let preset: CheckPreset?
  private let customize: @Sendable (inout CheckSettings) -> Void
  private var held: [Cue] = []
  private var resolved: (context: CheckContext, rules: [any CheckRule])?
  private var count = 0
  private var previous: Cue?
  private var latestEnd: MediaTime?
  private var list = FindingList()
  private let scripts = ChineseScriptDetector()

  /// A checker of `file`'s cues by `preset` (nil: the profile's default), with the settings made
  /// by `customize` from the preset's; `rules` run unless the settings disable them.
  public init(
    file: String, preset: CheckPreset?, rules: [any CheckRule] = RuleRegistry.all,
    customize: @escaping @Sendable (inout CheckSettings) -> Void = { _ in }
  ) {
    self.file = file
    self.preset = preset
    self.rules = rules
    self.customize = customize
  }

  /// The settings in force, once the profile is known.
  public var settings: CheckSettings? { resolved?.context.settings }

  /// The name of the preset in force (the one given, else the profile's), once the profile is known.
  public private(set) var presetName: String?

  /// The findings about `cue` (the next in the file), and about the cues held before it once the
  /// profile is complete.
  public mutating func check(_ cue: Cue) -> [Finding] { check(CollectionOfOne(cue)) }

  /// The findings about `cues` (the next in the file, in order), and about the cues held before
  /// them once the profile is complete: one array for the lot, so a batch costs one.
  public mutating func check(_ cues: some Sequence<Cue>) -> [Finding] {
    for cue in cues {
      guard resolved != nil else {
        held.append(cue)
        if held.count == Self.profileLength { release() }
        continue
      }
      checkNow(cue)
    }
    return list.take()
  }

  /// The findings about cues still held; call after the last cue.
  public mutating func finish() -> [Finding] {
    if resolved == nil { release() }
    return list.take()
  }

  /// The settings and profile of a file whose first cues are `cues`: `preset` (else the profile's
  /// default) changed by `customize`.
  public static func settings(
    for cues: some Collection<Cue>, file: String, preset: CheckPreset?,
    customize: (inout CheckSettings) -> Void = { _ in }
  ) -> (settings: CheckSettings, profile: TrackProfile) {
    let draft = CheckContext(
      file: file, track: .unknown, settings: CheckSettings(preset: preset ?? .netflixEnglish),
      scripts: ChineseScriptDetector())
    let profile = TrackProfile(
      cues: cues.prefix(profileLength).map {
        CheckedCue($0, index: 0, previous: nil, latestEnd: nil, context: draft).blocks
      })
    var settings = CheckSettings(preset: preset ?? profile.defaultPreset)
    customize(&settings)
    return (settings, profile)
  }

  private mutating func release() {
    let (settings, profile) = Self.settings(for: held, file: file, preset: preset, customize: customize)
    presetName = (preset ?? profile.defaultPreset).name
    list = FindingList(severities: settings.severities)
    let context = CheckContext(file: file, track: profile, settings: settings, scripts: scripts)
    resolved = (context, rules.filter { !settings.disabledRules.contains($0.id) })
    let cues = held
    held = []
    for cue in cues { checkNow(cue) }
  }

  private mutating func checkNow(_ cue: Cue) {
    guard let (context, active) = resolved else { return }
    count += 1
    let checked = CheckedCue(cue, index: count, previous: previous, latestEnd: latestEnd, context: context)
    for index in active.indices { active[index].check(checked, into: &list) }  // no copy of each rule
    previous = cue
    latestEnd = max(latestEnd ?? cue.end, cue.end)
  }
}
