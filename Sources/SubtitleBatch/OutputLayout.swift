import SubtitleFormats
import SubtitleIO

/// Where a batch's outputs go: below `--out-dir`, at each input's relative path, with the output
/// format's extension after an optional suffix (`e01.srt` → `OUT/e01.zh.vtt` with `--suffix .zh`).
public struct OutputLayout: Sendable {
  /// The output folder.
  public var directory: String
  /// What goes between the input's name without its extension and the new extension.
  public var suffix: String

  /// Outputs below `directory`, their names carrying `suffix`.
  public init(directory: String, suffix: String = "") {
    self.directory = directory
    self.suffix = suffix
  }

  /// The same layout with `more` after its suffix (`.zh`: one language's outputs).
  public func adding(_ more: String) -> OutputLayout {
    OutputLayout(directory: directory, suffix: suffix + more)
  }

  /// The output of `input` written in `format`.
  public func path(for input: BatchInput, format: SubtitleFormat) -> String {
    path(for: input, extension: format.rawValue)
  }

  /// The output of `input` with the extension `newExtension` (`html`: its report).
  public func path(for input: BatchInput, extension newExtension: String) -> String {
    var parts = input.relativePath.pathParts
    let name = parts.removeLast()
    let folder = parts.map { $0 + "/" }.joined()
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    return base + folder + name.stemAndExtension.stem + suffix + "." + newExtension
  }
}
