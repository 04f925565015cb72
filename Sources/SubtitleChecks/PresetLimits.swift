import SubtitleTimeline

extension CheckPreset {
  /// The limit `rule` is held to under this preset, as `--list-rules` shows it (`en 20, zh 9`); nil
  /// for a rule without a limit, `off` for a limit the preset does not set.
  public func limit(of rule: String) -> String? {
    let languages = self.languages.sorted { $0.key < $1.key }
    func perLanguage(_ value: (LanguageLimits) -> String?) -> String {
      let parts = languages.compactMap { language, limits in value(limits).map { "\(language) \($0)" } }
      return parts.isEmpty ? "off" : parts.joined(separator: ", ")
    }
    func number(_ value: Double) -> String { PlainDecimal.format(value) }
    switch rule {
    case "min-duration": return "\(number(Double(timing.minimumMilliseconds) / 1000)) s"
    case "max-duration": return "\(number(Double(timing.maximumMilliseconds) / 1000)) s"
    case "min-gap": return "\(timing.minimumGapFrames) frames"
    case "chain-gap": return "\(timing.chainGapFrames.lowerBound)-\(timing.chainGapFrames.upperBound) frames"
    case "shot-change": return "\(timing.shotChangeFrames) frames"
    case "cps": return perLanguage { $0.charactersPerSecond.map(number) }
    case "wpm": return perLanguage { $0.wordsPerMinute.map(number) }
    case "cpl": return perLanguage { $0.charactersPerLine.map(number) }
    case "max-lines": return perLanguage { $0.lines.map(String.init) }
    case "italics": return perLanguage { $0.italicsAllowed ? nil : "not allowed" }
    default: return nil
    }
  }
}
