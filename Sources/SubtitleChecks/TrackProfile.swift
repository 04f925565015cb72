/// What a file's first cues show about all of it: whether it is bilingual and in which order its
/// languages usually stand.
public struct TrackProfile: Sendable, Hashable {
  /// Whether most cues with text carry both Chinese and English.
  public var isBilingual: Bool
  /// The primary languages of a bilingual cue, top to bottom, as most cues have them (`zh`, `en`).
  public var usualOrder: [String]
  /// The language most lines are in (`zh`, `en`); nil when no line has a known language.
  public var mainLanguage: String?

  /// Nothing known yet: not bilingual, no language.
  public static let unknown = TrackProfile(cues: [])

  /// The profile of cues given by their language blocks (a file's first cues).
  public init(cues: [[CheckedBlock]]) {
    var withText = 0
    var orders: [[String]: Int] = [:]
    var lines: [String: Int] = [:]
    for blocks in cues where !blocks.isEmpty {
      withText += 1
      let families = blocks.compactMap(\.family)
      if families.contains("zh") && families.contains("en") {
        let order = families.filter { $0 == "zh" || $0 == "en" }.reduce(into: [String]()) {
          if $0.last != $1 { $0.append($1) }
        }
        orders[order, default: 0] += 1
      }
      for block in blocks { if let family = block.family { lines[family, default: 0] += block.lines.count } }
    }
    let bilingual = orders.values.reduce(0, +)
    isBilingual = bilingual > 0 && bilingual * 2 >= withText
    usualOrder = orders.max { $0.value < $1.value || $0.value == $1.value && $0.key.count > $1.key.count }?.key ?? []
    mainLanguage = lines.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
  }

  /// The preset for a file like this: bilingual, Simplified Chinese, or else English.
  public var defaultPreset: CheckPreset {
    if isBilingual { return .netflixBilingual }
    return mainLanguage == "zh" ? .netflixSimplifiedChinese : .netflixEnglish
  }
}
