import SubtitleAlign
import SubtitleTimeline

/// What `subkit sync` found, as lines for people (standard error) or one JSON object for tools.
struct SyncReport {
  let fit: SyncFit
  let cues: Int

  /// The frame rates the scale changes between, when it is a change between common ones.
  private var frameRates: (from: String, to: String)? {
    let rates = ["23.976", "24", "25", "29.97", "30"].compactMap { name in FrameRate(name).map { (name, $0) } }
    for (sourceName, source) in rates {
      for (targetName, target) in rates
      where source != target && Retiming.frameRate(from: source, to: target).scale == fit.scale {
        return (sourceName, targetName)
      }
    }
    return nil
  }

  /// Lines such as `sync: offset +12.345 s, frame rate 23.976 → 25, 4 splits, score 0.93`.
  var lines: [String] {
    let first = fit.pieces.first?.offset ?? .zero
    var scale = "no frame-rate change"
    if let rates = frameRates {
      scale = "frame rate \(rates.from) → \(rates.to) (× \(fit.scale))"
    } else if fit.scale != .one {
      scale = "scale × \(ReportText.decimal(Double(fit.scale.numerator) / Double(fit.scale.denominator), places: 6))"
    }
    let splits = fit.pieces.count - 1
    var lines = [
      "sync: offset \(Self.signedSeconds(first)) s, \(scale), \(splits) split\(splits == 1 ? "" : "s"), "
        + "score \(ReportText.decimal(fit.score, places: 3)) (confidence \(ReportText.decimal(fit.confidence, places: 3)))"
    ]
    for (previous, piece) in zip(fit.pieces, fit.pieces.dropFirst()) {
      let shift = piece.offset.adding(previous.offset.negated) ?? .zero
      lines.append(
        "sync: split at \(ReportText.clock(piece.from.seconds)) (input time): offset \(Self.signedSeconds(piece.offset)) s "
          + "(\(Self.signedSeconds(shift)) s)")
    }
    return lines
  }

  /// The report as one JSON object: times in seconds.
  func writeJSON(to output: TextOutput) {
    let rates = frameRates
    output.writeJSONObject([
      ("cues", .integer(cues)), ("offset", .number(fit.pieces.first?.offset.seconds ?? 0)),
      ("scale", .string(fit.scale.description)),
      ("frameRates", rates.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) } ?? .null),
      (
        "splits",
        .objects(
          zip(fit.pieces, fit.pieces.dropFirst()).map { previous, piece in
            [
              ("at", .number(piece.from.seconds)), ("offset", .number(piece.offset.seconds)),
              ("shift", .number(piece.offset.seconds - previous.offset.seconds)),
            ]
          })
      ),
      ("score", .number(fit.score)), ("confidence", .number(fit.confidence)),
    ])
    output.write("\n")
  }

  /// `+12.345`, `-0.5`.
  private static func signedSeconds(_ time: MediaTime) -> String {
    (time < .zero ? "-" : "+") + ReportText.decimal(abs(time.seconds), places: 3)
  }
}
