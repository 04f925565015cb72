import SubtitleChecks
import SubtitleTimeline

/// One limit of a language a configuration sets (`cps: 17`), or removes (`cps: off`).
enum LanguageLimit: Sendable {
  case charactersPerSecond(Double?)
  case charactersPerLine(Double?)
  case lines(Int?)
  case wordsPerMinute(Double?)
  case italics(Bool)

  /// The limits a `languages:` entry sets.
  static func read(_ node: YAMLValue, reader: NodeReader) throws(SubtitleError) -> [LanguageLimit] {
    let entry = try reader.mapping(node, allowed: ["cps", "cpl", "lines", "wpm", "italics"])
    var limits: [LanguageLimit] = []
    for (key, value) in entry.sorted(by: { $0.key < $1.key }) {
      let off = try reader.string(value).lowercased() == "off"
      switch key {
      case "cps": limits.append(.charactersPerSecond(off ? nil : try reader.number(value, maximum: 1000)))
      case "cpl": limits.append(.charactersPerLine(off ? nil : try reader.number(value, maximum: 10_000)))
      case "lines": limits.append(.lines(off ? nil : try reader.wholeNumber(value, maximum: 1000)))
      case "wpm": limits.append(.wordsPerMinute(off ? nil : try reader.number(value, maximum: 100_000)))
      default: limits.append(.italics(try reader.bool(value)))
      }
    }
    return limits
  }

  /// Sets this limit in `limits`.
  func apply(to limits: inout LanguageLimits) {
    switch self {
    case .charactersPerSecond(let value): limits.charactersPerSecond = value
    case .charactersPerLine(let value): limits.charactersPerLine = value
    case .lines(let value): limits.lines = value
    case .wordsPerMinute(let value): limits.wordsPerMinute = value
    case .italics(let allowed): limits.italicsAllowed = allowed
    }
  }
}

/// One timing limit a configuration sets: durations in seconds, gaps and windows in frames.
enum TimingLimit: Sendable {
  case minimumDuration(Int64)
  case maximumDuration(Int64)
  case minimumGap(Int64)
  case chainGap(ClosedRange<Int64>)
  case shotChange(Int64)

  /// The limits a `timing:` mapping sets.
  static func read(_ node: YAMLValue, reader: NodeReader) throws(SubtitleError) -> [TimingLimit] {
    let entry = try reader.mapping(
      node, allowed: ["min-duration", "max-duration", "min-gap", "chain-gap", "shot-change"])
    var limits: [TimingLimit] = []
    for (key, value) in entry.sorted(by: { $0.key < $1.key }) {
      switch key {
      case "min-duration": limits.append(.minimumDuration(Int64(try reader.number(value, maximum: 86_400) * 1000)))
      case "max-duration": limits.append(.maximumDuration(Int64(try reader.number(value, maximum: 86_400) * 1000)))
      case "min-gap": limits.append(.minimumGap(Int64(try reader.wholeNumber(value, maximum: 10_000))))
      case "shot-change": limits.append(.shotChange(Int64(try reader.wholeNumber(value, maximum: 10_000))))
      default:
        let text = try reader.string(value)
        let parts = text.split(separator: "-").compactMap { Int64($0.trimmingCharacters(in: " ")) }
        guard parts.count == 2, parts[0] >= 0, parts[0] <= parts[1], parts[1] <= 10_000 else {
          throw reader.error(value, "'\(text)' is not a range of frames such as 3-11")
        }
        limits.append(.chainGap(parts[0]...parts[1]))
      }
    }
    return limits
  }

  /// Sets this limit in `timing`.
  func apply(to timing: inout TimingLimits) {
    switch self {
    case .minimumDuration(let value): timing.minimumMilliseconds = value
    case .maximumDuration(let value): timing.maximumMilliseconds = value
    case .minimumGap(let value): timing.minimumGapFrames = value
    case .chainGap(let range): timing.chainGapFrames = range
    case .shotChange(let value): timing.shotChangeFrames = value
    }
  }
}

extension Substring {
  /// The text without spaces at either end.
  fileprivate func trimmingCharacters(in spaces: String) -> Substring {
    var text = self
    while let first = text.first, spaces.contains(first) { text = text.dropFirst() }
    while let last = text.last, spaces.contains(last) { text = text.dropLast() }
    return text
  }
}
