import SubtitleChecks

/// The text of `check --list-rules` and `check --explain RULE`.
enum RuleListing {
  /// Every rule: id, default severity, summary, and its limit in each preset that sets one.
  static func all() -> String {
    var text = ""
    for category in RuleCategory.allCases {
      text += "\(category.rawValue):\n"
      for rule in RuleRegistry.all.map(\.about) where rule.category == category {
        text += "  \(pad(rule.id, 26)) \(pad(rule.severity.rawValue, 8)) \(rule.summary)\n"
        if let limits = limits(of: rule.id) { text += "  \(pad("", 26)) \(pad("", 8)) \(limits)\n" }
      }
    }
    return text + "\npresets:\n"
      + CheckPreset.all.map { "  \(pad($0.name, 18)) \($0.summary)\n  \(pad("", 18)) source: \($0.source)\n" }.joined()
  }

  /// One rule in full: what it checks, why, and its limit in each preset.
  static func explanation(of id: String) -> String {
    guard let rule = RuleRegistry.rule(id)?.about else { return "" }
    var text = "\(rule.id) (\(rule.category.rawValue), \(rule.severity.rawValue) by default)\n\n"
    text += "\(rule.summary)\n\n\(rule.explanation)\n"
    if let limits = limits(of: id) { text += "\nlimits: \(limits)\n" }
    return text
  }

  /// `netflix-en: en 20 · netflix-zh-hans: zh 9 …`, or nil for a rule without limits.
  private static func limits(of id: String) -> String? {
    let parts = CheckPreset.all.compactMap { preset in preset.limit(of: id).map { "\(preset.name): \($0)" } }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
