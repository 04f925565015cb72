import SubtitleText
import SubtitleTimeline

/// Two monolingual tracks of the same film made one bilingual track, by `TrackPairing`.
///
/// Each group of paired cues becomes one cue: the lines of one track above the lines of the
/// other. Where a group holds several cues of one track (a sentence one track splits in two),
/// their text is joined into one passage (a space between words, none between Han characters),
/// without its markup. A cue paired with nothing stays a cue of its own language.
public enum TrackMerge {
  /// Which times a merged cue takes.
  public enum Timing: String, Sendable, CaseIterable {
    /// From the earliest start to the latest end of its cues.
    case union
    /// Its cues' of the first track (of the second where it has none).
    case first
    /// Its cues' of the second track (of the first where it has none).
    case second
  }

  /// The bilingual cues of `first` and `second` (each in time order), and how many cues of each
  /// track were paired with nothing; nil when their cues overlap one another too much to pair
  /// (`TrackPairing`).
  ///
  /// The first track's lines are on top unless `firstOnTop` is false. Cues keep the id their
  /// group's cues share; unless every group has one, they are numbered from 1 in time order.
  public static func merge(_ first: [Cue], _ second: [Cue], firstOnTop: Bool = true, timing: Timing = .union)
    -> (cues: [Cue], unpaired: (first: Int, second: Int))?
  {
    guard let pairing = TrackPairing(first, second) else { return nil }
    var cues: [Cue] = []
    var unpaired = (first: 0, second: 0)
    for group in pairing.groups {
      let top = Array(firstOnTop ? first[group.first] : second[group.second])
      let bottom = Array(firstOnTop ? second[group.second] : first[group.first])
      if group.second.isEmpty { unpaired.first += 1 }
      if group.first.isEmpty { unpaired.second += 1 }
      let timed: [Cue]
      switch timing {
      case .union: timed = top + bottom
      case .first: timed = group.first.isEmpty ? Array(second[group.second]) : Array(first[group.first])
      case .second: timed = group.second.isEmpty ? Array(first[group.first]) : Array(second[group.second])
      }
      let (topContent, topLanguages) = text(of: top)
      let (bottomContent, bottomLanguages) = text(of: bottom)
      let content = topContent + (topContent.isEmpty || bottomContent.isEmpty ? [] : [.lineBreak]) + bottomContent
      let ids = Set((top + bottom).map(\.id))
      cues.append(
        Cue(
          id: ids.count == 1 ? ids.first ?? "" : "", start: timed.map(\.start).min() ?? .zero,
          end: timed.map(\.end).max() ?? .zero, content: content,
          lineLanguages: topLanguages + bottomLanguages, placement: (top + bottom)[0].placement,
          comments: (top + bottom).flatMap(\.comments).reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
          sourceLine: (top + bottom)[0].sourceLine))
    }
    // Cues alone in either track come between the groups in time, not in the walk's order.
    cues = cues.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
    // The cues keep their ids when every group's cues share one (the halves of `split`).
    if cues.contains(where: \.id.isEmpty) {
      for index in cues.indices { cues[index].id = String(index + 1) }
    }
    return (cues, unpaired)
  }

  /// The text of one track's cues in a group, and the language of each line: one cue's as it is,
  /// several joined into one line.
  private static func text(of cues: [Cue]) -> (content: [InlineNode], languages: [String?]) {
    guard cues.count > 1 else {
      guard let cue = cues.first else { return ([], []) }
      let lines = cue.content.lineCount
      let languages = cue.lineLanguages.count == lines ? cue.lineLanguages : Array(repeating: nil, count: lines)
      return (cue.content, languages)
    }
    let passage = LanguageBlock.join(cues.flatMap { $0.content.plainLines })
    return ([.text(passage)], [cues.lazy.compactMap { $0.lineLanguages.first ?? nil }.first])
  }
}
