import SubtitleChecks
import SubtitleIO
import SubtitleTimeline

/// A `.subkit.yml`: the preset, rules, limits and timing a project checks its subtitles with, and
/// overrides for some of its paths, as SwiftLint's `.swiftlint.yml` does for Swift code.
///
/// ```yaml
/// preset: netflix-bilingual
/// fps: 25
/// rules: { chain-gap: off, cps: error }
/// languages: { en: { cps: 17 } }
/// timing: { min-duration: 1 }
/// overrides:
///   - paths: ["kids/**"]
///     languages: { en: { cps: 13 }, zh: { cps: 7 } }
/// ```
public struct ConfigurationFile: Sendable {
  /// The file's path.
  public var path: String
  /// The settings for every file.
  var base: ConfigurationLayer
  /// Settings for the files whose paths, relative to the configuration's folder, match.
  var overrides: [(patterns: [String], layer: ConfigurationLayer)]

  /// The rule id of a mistake in a configuration file.
  public static let rule = "config"

  /// The largest configuration file read, in bytes.
  public static let maximumBytes = 256 * 1024

  /// Parses `text`, the contents of the file at `path`; a mistake is an error at its line and column.
  public init(text: String, path: String) throws(SubtitleError) {
    self.path = path
    guard text.utf8.count <= Self.maximumBytes else {
      throw SubtitleError(
        at: SourceLocation(file: path, line: 1), "a configuration larger than 256 KiB", rule: ConfigurationFile.rule)
    }
    try YAMLBounds.check(text, file: path)
    let root = try YAMLValue.parse(text, file: path, rule: Self.rule)
    let reader = NodeReader(file: path)
    guard let root else {
      (base, overrides) = (ConfigurationLayer(), [])
      return
    }
    let mapping = try reader.mapping(root, allowed: ConfigurationLayer.keys + ["overrides"])
    base = try ConfigurationLayer(mapping, reader: reader)
    overrides = []
    if let list = mapping["overrides"] {
      for item in try reader.sequence(list) {
        let entry = try reader.mapping(item, allowed: ConfigurationLayer.keys + ["paths"])
        guard let paths = entry["paths"] else { throw reader.error(item, "an override needs paths") }
        let patterns = try reader.strings(paths)
        overrides.append((patterns, try ConfigurationLayer(entry, reader: reader)))
      }
    }
  }

  /// The folder the configuration applies to: the one it stands in.
  public var folder: String {
    guard let folder = path.folderAndName.folder else { return "." }
    return folder.isEmpty ? "/" : folder
  }

  /// The preset for `file` (a path relative to `folder`): the last matching override's, else the base's.
  public func preset(for file: String) -> CheckPreset? {
    layers(for: file).compactMap(\.preset).last
  }

  /// Applies the settings for `file` (relative to `folder`) to `settings`: the base, then each
  /// matching override in order.
  public func apply(to settings: inout CheckSettings, for file: String) {
    for layer in layers(for: file) { layer.apply(to: &settings) }
  }

  private func layers(for file: String) -> [ConfigurationLayer] {
    [base] + overrides.filter { entry in entry.patterns.contains { PathPattern.matches($0, file) } }.map(\.layer)
  }
}
