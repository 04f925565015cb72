import SubtitleFormats
import SubtitleText
import SubtitleTimeline
import TextUnicode
import TimelineJSON

/// What `subkit info` says about one file, as text for people or a JSON line for tools.
struct InfoReport: Sendable {
  let name: String
  let format: SubtitleFormat
  let encoding: TextEncoding
  let statistics: SubtitleStatistics

  init(name: String, format: SubtitleFormat, encoding: TextEncoding, _ statistics: SubtitleStatistics) {
    self.name = name
    self.format = format
    self.encoding = encoding
    self.statistics = statistics
  }

  /// Writes an aligned block of `label  value` lines.
  func writeText(to output: TextOutput) {
    var rows: [(String, String)] = [
      ("format", format.rawValue), ("encoding", encoding.description), ("cues", String(statistics.cues)),
      (
        "duration",
        "\(ReportText.clock(statistics.durationSeconds)) (\(ReportText.decimal(statistics.durationSeconds)) s)"
      ),
    ]
    for language in statistics.languages {
      var figures =
        "\(language.lines) line\(language.lines == 1 ? "" : "s"), widest \(language.longestLineColumns) columns"
      if language.fastestCharactersPerSecond > 0 {
        figures +=
          ", fastest \(ReportText.decimal(language.fastestCharactersPerSecond)) characters/s (\(language.fastestCue))"
      }
      rows.append((language.tag, figures))
    }
    if statistics.longestLineColumns > 0 {
      rows.append(
        ("widest line", "\(Self.count(statistics.longestLineColumns, "column")) (\(statistics.longestLineCue))"))
    }
    output.write("\(name)\n")
    let labelWidth = rows.map(\.0.count).max() ?? 0
    for (label, value) in rows {
      output.write("  \(label)\(String(repeating: " ", count: labelWidth - label.count))  \(value)\n")
    }
  }

  /// Writes one JSON object and a line feed.
  func writeJSON(to output: TextOutput) {
    let languages = statistics.languages.map { language -> [(String, JSONField)] in
      [
        ("language", .string(language.tag)), ("lines", .integer(language.lines)),
        ("longestLineColumns", .integer(language.longestLineColumns)),
        ("fastestCharactersPerSecond", .number(language.fastestCharactersPerSecond)),
        ("fastestCue", .string(language.fastestCue.id)), ("fastestCueLine", .integer(language.fastestCue.line)),
      ]
    }
    output.writeJSONObject(
      [
        ("file", .string(name)), ("format", .string(format.rawValue)), ("encoding", .string(encoding.name)),
        ("encodingConfidence", .integer(encoding.confidence)), ("cues", .integer(statistics.cues)),
        ("duration", .number(statistics.durationSeconds)),
        ("longestLineColumns", .integer(statistics.longestLineColumns)),
        ("longestLineCue", .string(statistics.longestLineCue.id)),
        ("longestLineCueLine", .integer(statistics.longestLineCue.line)), ("languages", .objects(languages)),
      ])
    output.write("\n")
  }

  /// `1 line`, `2 lines`.
  private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
