import SubtitleBatch
import SubtitleFormats

/// How one input's outputs are named in --out-dir: its place in the layout, in the format it is
/// written in (found once, before the batch starts).
struct OutputNaming: Sendable {
  /// The input.
  var input: BatchInput
  /// The output folder and suffix.
  var layout: OutputLayout
  /// The format the input is written in.
  var format: SubtitleFormat

  /// The output's path, with `more` after the layout's suffix (`.zh`: one language's output).
  func path(adding more: String = "") -> String {
    layout.adding(more).path(for: input, format: format)
  }
}
