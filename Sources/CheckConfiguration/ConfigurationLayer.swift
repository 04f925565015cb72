import SubtitleChecks
import SubtitleTimeline

/// One level of a configuration, the base or an override: what it sets, and nothing it leaves alone.
struct ConfigurationLayer: Sendable {
  /// The keys a layer may have.
  static let keys = ["preset", "fps", "rules", "languages", "timing"]

  var preset: CheckPreset?
  var frameRate: FrameRate?
  var enabled: [String: Bool] = [:]
  var severities: [String: Finding.Severity] = [:]
  var languages: [String: [LanguageLimit]] = [:]
  var timing: [TimingLimit] = []

  /// Sets nothing.
  init() {}

  /// The layer a mapping describes.
  init(_ mapping: [String: YAMLValue], reader: NodeReader) throws(SubtitleError) {
    if let node = mapping["preset"] {
      let name = try reader.string(node)
      guard let preset = CheckPreset.named(name) else {
        throw reader.error(node, "unknown preset '\(name)'; use \(CheckPreset.all.map(\.name).joined(separator: ", "))")
      }
      self.preset = preset
    }
    if let node = mapping["fps"] {
      let text = try reader.string(node)
      guard let rate = FrameRate(text) else { throw reader.error(node, "'\(text)' is not a frame rate") }
      frameRate = rate
    }
    if let node = mapping["rules"] { try readRules(node, reader: reader) }
    if let node = mapping["languages"] {
      for (language, _, value) in try reader.anyMapping(node) {
        languages[language] = try LanguageLimit.read(value, reader: reader)
      }
    }
    if let node = mapping["timing"] { timing = try TimingLimit.read(node, reader: reader) }
  }

  /// `rules:` maps a rule id to `on`/`off`, a severity, or `{enabled, severity}`.
  private mutating func readRules(_ node: YAMLValue, reader: NodeReader) throws(SubtitleError) {
    for (id, keyNode, value) in try reader.anyMapping(node) {
      guard RuleRegistry.rule(id) != nil else {
        throw reader.error(keyNode, "unknown rule '\(id)'; subkit check --list-rules lists them")
      }
      if case .mapping = value.kind {
        let entry = try reader.mapping(value, allowed: ["enabled", "severity"])
        if let enabled = entry["enabled"] { self.enabled[id] = try reader.bool(enabled) }
        if let severity = entry["severity"] { severities[id] = try Self.severity(severity, reader: reader) }
        continue
      }
      let text = try reader.string(value).lowercased()
      if let severity = Finding.Severity(rawValue: text == "note" ? "info" : text) {
        severities[id] = severity
        enabled[id] = true
      } else {
        enabled[id] = try reader.bool(value)
      }
    }
  }

  private static func severity(_ node: YAMLValue, reader: NodeReader) throws(SubtitleError) -> Finding.Severity {
    let text = try reader.string(node)
    guard let severity = Finding.Severity(rawValue: text == "note" ? "info" : text) else {
      throw reader.error(node, "'\(text)' is not a severity; use error, warning or info")
    }
    return severity
  }

  /// Sets in `settings` what this layer sets.
  func apply(to settings: inout CheckSettings) {
    if let frameRate { settings.frameRate = frameRate }
    for (id, on) in enabled {
      if on { settings.disabledRules.remove(id) } else { settings.disabledRules.insert(id) }
    }
    settings.severities.merge(severities) { _, new in new }
    for (language, limits) in languages {
      var current = settings.languages[language] ?? LanguageLimits()
      for limit in limits { limit.apply(to: &current) }
      settings.languages[language] = current
    }
    for limit in timing { limit.apply(to: &settings.timing) }
  }
}
