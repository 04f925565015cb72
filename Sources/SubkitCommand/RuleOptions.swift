import ArgumentParser
import CheckConfiguration
import SubtitleChecks
import SubtitleIO
import SubtitleTimeline

/// What the check rules are held to, for every command that runs them (`check`, `report`): the
/// preset, the frame rate, the configuration and the shot changes.
struct RuleOptions: ParsableArguments {
  @Option(
    help: "The style guide: \(CheckPreset.all.map(\.name).joined(separator: ", ")); chosen by content if not given.")
  var preset: String?

  @Option(
    help: "Frames a second for gaps and shot changes: 24000/1001 (default), 25, 29.97 …", transform: parseFrameRate)
  var fps: FrameRate?

  @Option(help: "The configuration file (else the nearest .subkit.yml above each file).")
  var config: String?

  @Option(help: "A file of shot changes, one time a line (seconds, HH:MM:SS.mmm, or a frame number).")
  var shotChanges: String?

  func validate() throws {
    if let preset, CheckPreset.named(preset) == nil {
      throw ValidationError("unknown preset '\(preset)'; use \(CheckPreset.all.map(\.name).joined(separator: ", "))")
    }
  }

  /// The settings every file is checked with: the files named here read, no baseline.
  func settings() throws(SubtitleError) -> FileCheck.Settings {
    let cuts = try shotChanges.map { path throws(SubtitleError) in
      try ShotChanges(text: try FileByteSource.readText(path), frameRate: fps ?? .film, file: path)
    }
    let configuration = try config.map { path throws(SubtitleError) in
      try ConfigurationFile(text: try FileByteSource.readText(path, limit: ConfigurationFile.maximumBytes), path: path)
    }
    return FileCheck.Settings(
      preset: preset.flatMap(CheckPreset.named), frameRate: fps, shotChanges: cuts, configuration: configuration)
  }
}
