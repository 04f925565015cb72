import SubtitleFormats
import SubtitleText
import SubtitleTimeline
import TextUnicode
import TimelineJSON

/// What `subkit info` says about one file, as text for people or a JSON line for tools.
struct InfoReport {
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
      ("duration", "\(Self.clock(statistics.durationSeconds)) (\(Self.decimal(statistics.durationSeconds)) s)"),
    ]
    for language in statistics.languages {
      var figures =
        "\(language.lines) line\(language.lines == 1 ? "" : "s"), widest \(language.longestLineColumns) columns"
      if language.fastestCharactersPerSecond > 0 {
        figures +=
          ", fastest \(Self.decimal(language.fastestCharactersPerSecond)) characters/s (\(language.fastestCue))"
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

  /// A JSON member's value.
  private indirect enum Value {
    case string(String)
    case integer(Int)
    case number(Double)
    case objects([[(String, Value)]])
  }

  /// Writes one JSON object and a line feed.
  func writeJSON(to output: TextOutput) {
    let languages = statistics.languages.map { language -> [(String, Value)] in
      [
        ("language", .string(language.tag)), ("lines", .integer(language.lines)),
        ("longestLineColumns", .integer(language.longestLineColumns)),
        ("fastestCharactersPerSecond", .number(language.fastestCharactersPerSecond)),
        ("fastestCue", .string(language.fastestCue.id)), ("fastestCueLine", .integer(language.fastestCue.line)),
      ]
    }
    Self.write(
      [
        ("file", .string(name)), ("format", .string(format.rawValue)), ("encoding", .string(encoding.name)),
        ("encodingConfidence", .integer(encoding.confidence)), ("cues", .integer(statistics.cues)),
        ("duration", .number(statistics.durationSeconds)),
        ("longestLineColumns", .integer(statistics.longestLineColumns)),
        ("longestLineCue", .string(statistics.longestLineCue.id)),
        ("longestLineCueLine", .integer(statistics.longestLineCue.line)), ("languages", .objects(languages)),
      ], to: output)
    output.write("\n")
  }

  /// Writes a JSON object of `members`; numbers to three decimals.
  private static func write(_ members: [(String, Value)], to output: TextOutput) {
    output.write("{")
    for (index, (key, value)) in members.enumerated() {
      if index > 0 { output.write(",") }
      output.writeJSONString(key)
      output.write(":")
      switch value {
      case .string(let text): output.writeJSONString(text)
      case .integer(let number): output.write(decimal: Int64(number))
      case .number(let number): output.writeJSONNumber((number * 1000).rounded() / 1000)
      case .objects(let objects):
        output.write("[")
        for (index, object) in objects.enumerated() {
          if index > 0 { output.write(",") }
          write(object, to: output)
        }
        output.write("]")
      }
    }
    output.write("}")
  }

  /// `1 line`, `2 lines`.
  private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

  /// `value` with at most two decimals, for people.
  private static func decimal(_ value: Double) -> String {
    guard value.magnitude < 1e15 else { return "\(value)" }  // a cue a sub-frame long reads impossibly fast
    let hundredths = Int64((value * 100).rounded())
    let fraction = hundredths % 100
    return fraction == 0 ? "\(hundredths / 100)" : "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// `seconds` as `h:mm:ss.mmm`.
  private static func clock(_ seconds: Double) -> String {
    guard seconds.magnitude < 1e15 else { return "\(seconds) s" }
    let milliseconds = Int64((seconds * 1000).rounded())
    let (hours, rest) = milliseconds.quotientAndRemainder(dividingBy: 3_600_000)
    let (minutes, rest2) = rest.quotientAndRemainder(dividingBy: 60000)
    let (wholeSeconds, millis) = rest2.quotientAndRemainder(dividingBy: 1000)
    func padded(_ value: Int64, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(hours):\(padded(minutes, 2)):\(padded(wholeSeconds, 2)).\(padded(millis, 3))"
  }
}
