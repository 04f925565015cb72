import SubtitleFormats
import SubtitleTimeline

/// Round trips: a document any reader accepts, written in every format and read back.
///
/// What a writer does not warn about it must keep: in its own format the whole cue (times, text
/// tree, languages, placement, identifier), in another format the times to the millisecond and
/// the plain text. Every writer's output must read back in its own format.
enum RoundTripFuzzing {
  /// Reads `bytes` in the format its content shows (SRT when it shows none) and checks every round trip.
  static func run(_ bytes: [UInt8]) {
    let format = SubtitleFormat(sniffing: bytes) ?? .srt
    guard case .success(let document) = FuzzIO.read(bytes, as: format, reporter: .silent) else { return }
    for target in SubtitleFormat.allCases {
      let losses = WarningCounter()
      guard case .success(let written) = FuzzIO.write(document, as: target, reporter: losses.reporter()) else {
        continue
      }
      let reread: SubtitleDocument
      switch FuzzIO.read(written, as: target, reporter: .silent) {
      case .success(let document): reread = document
      case .failure(let error):
        fatalError("\(format) → \(target): the writer's output does not read back: \(error)")
      }
      guard losses.count == 0 else { continue }
      let sameFormat = target == format || (format.isJSON && target.isJSON)
      // SRT numbers cues 1, 2, 3 … whatever their ids (Formats/SRT/README.md).
      let kept = document.cues.map { CueEssence($0, whole: sameFormat, id: target != .srt) }
      let back = reread.cues.map { CueEssence($0, whole: sameFormat, id: target != .srt) }
      if kept != back {
        let index = kept.indices.first { $0 >= back.count || kept[$0] != back[$0] } ?? kept.count
        fatalError(
          "\(format) → \(target) lost, unwarned, cue \(index) of \(kept.count) (now \(back.count)): "
            + "\(index < kept.count ? "\(kept[index])" : "-") became \(index < back.count ? "\(back[index])" : "-")")
      }
    }
  }
}

extension SubtitleFormat {
  /// Whether the format is the timeline model written as JSON.
  fileprivate var isJSON: Bool { self == .json || self == .jsonl }
}

/// What a round trip must keep of a cue: everything but where it stood in the source.
private struct CueEssence: Equatable, CustomStringConvertible {
  var id = ""
  var start: Int64
  var end: Int64
  var exactTimes: [MediaTime] = []
  var content: [[InlineNode]] = []
  var text: String
  var lineLanguages: [String?] = []
  var placement = CuePlacement()

  /// All of `cue` but its source text and line (and its identifier unless `id`) when `whole`, else
  /// only what every format carries: times to the millisecond and the plain text.
  ///
  /// The text tree is compared line by line: a span across a line break and one span on each line show the same
  /// (TTML writes the second, to give each line its language).
  init(_ cue: Cue, whole: Bool, id keepsID: Bool) {
    start = cue.start.roundedMilliseconds
    end = cue.end.roundedMilliseconds
    text = cue.content.plainText
    guard whole else { return }
    id = keepsID ? cue.id : ""
    exactTimes = [cue.start, cue.end]
    content = Self.withoutLanguageSpans(cue.content).lines
    lineLanguages = cue.lineLanguages
    placement = cue.placement
  }

  /// `nodes` with language spans replaced by their children.
  ///
  /// Writers express a language by line (`lineLanguages`, compared on its own) as often as by
  /// span, and either reads back as the other. Texts the unwrapping leaves side by side are one
  /// text (a text after a language span on its line is written inside the line's span).
  private static func withoutLanguageSpans(_ nodes: [InlineNode]) -> [InlineNode] {
    var result: [InlineNode] = []
    for node in nodes {
      guard case .span(var span) = node else {
        result.appendJoiningText(node)
        continue
      }
      span.children = withoutLanguageSpans(span.children)
      if case .language = span.style {
        for child in span.children { result.appendJoiningText(child) }
      } else {
        result.append(.span(span))
      }
    }
    return result
  }

  var description: String {
    "[\(start)–\(end) ms \(text.debugDescription) id \(id.debugDescription) \(exactTimes) \(content) "
      + "\(lineLanguages) \(placement)]"
  }
}
