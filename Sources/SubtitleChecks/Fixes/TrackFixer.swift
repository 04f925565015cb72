import SubtitleText
import SubtitleTimeline

/// The mechanical fixes of `check --fix`, applied to a whole track.
///
/// Text (ellipses, stray spaces, punctuation width, lines over the length limit rewrapped), order,
/// and timing (overlaps trimmed, short gaps closed to the minimum, short cues lengthened where there
/// is room, starts and ends moved to shot changes). Each fix applied is reported as an info
/// finding of its rule.
///
/// Fixing is idempotent: a second run finds nothing more to fix.
public struct TrackFixer {
  /// The limits the fixes aim for.
  public let settings: CheckSettings
  /// The file's name, for the findings.
  public let file: String

  /// A fixer for `file`'s cues under `settings`.
  public init(settings: CheckSettings, file: String) {
    self.settings = settings
    self.file = file
  }

  /// `cues` fixed, and a finding for each fix.
  public func fix(_ cues: [Cue]) -> (cues: [Cue], fixes: [Finding]) {
    var fixes: [Finding] = []
    var cues = cues.map { cue in
      let (fixed, rules) = fixText(cue)
      for rule in rules { fixes.append(finding(rule, cue, Self.textFixes[rule] ?? "text changed")) }
      return fixed
    }
    if zip(cues, cues.dropFirst()).contains(where: { $1.start < $0.start }) {
      cues = cues.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
      fixes.append(finding("order", nil, "cues sorted by start time"))
    }
    var timing = TimingFixes(settings: settings, cues: cues)
    let (timed, applied) = timing.fixed()
    for (rule, cue, message) in applied { fixes.append(finding(rule, cue, message)) }
    return (timed, fixes)
  }

  /// What each text fix does, by rule.
  private static let textFixes = [
    "ellipsis": "three dots written as an ellipsis", "whitespace": "stray spaces removed",
    "punctuation-width": "punctuation put in its line's width", "cpl": "lines over the length limit rewrapped",
  ]

  /// The text fixes of one cue, then each language block over its line length rewrapped.
  private func fixText(_ cue: Cue) -> (Cue, [String]) {
    var (fixed, rules) = TextFixes.fixed(cue)
    for family in ["zh", "en"] {
      let limits = settings.limits(for: family)
      guard let limit = limits.charactersPerLine else { continue }
      let lines = fixed.content.lines
      let counts = lines.indices.compactMap { index -> Double? in
        let language = index < fixed.lineLanguages.count ? fixed.lineLanguages[index] : nil
        guard CheckedLine.family(of: language) == family else { return nil }
        return ReadingCount.characters(lines[index].plainText, chinese: family == "zh")
      }
      // A line longer than its block's lines can hold (a space lost at each break aside) cannot be
      // made to fit: no wrap is tried, so a 20 MB line costs no wrap of 20 MB.
      let maxLines = limits.lines ?? 2
      let room = (limit + 1) * Double(maxLines)
      guard counts.contains(where: { $0 > limit }), !counts.contains(where: { $0 > room }) else { continue }
      let columns = Int(limit * (family == "zh" ? 2 : 1))
      let wrapper = CueWrapper(maxColumns: max(columns, 2), maxLines: maxLines, language: family)
      // Only a wrap that makes every line fit is kept: one that cannot would be redone differently
      // on the next run.
      let (wrapped, problems) = wrapper.wrap(fixed)
      if problems.isEmpty && wrapped != fixed {
        fixed = wrapped
        rules.append("cpl")
      }
    }
    return (fixed, rules)
  }

  private func finding(_ rule: String, _ cue: Cue?, _ message: String) -> Finding {
    var finding = Finding(
      rule: rule, .info, at: SourceLocation(file: file, line: max(cue?.sourceLine ?? 0, cue == nil ? 0 : 1)),
      "fixed: \(message)")
    finding.cueID = cue?.id ?? ""
    finding.fix = message
    return finding
  }
}
