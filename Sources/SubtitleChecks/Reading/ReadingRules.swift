import SubtitleTimeline

extension CheckedBlock {
  /// The block's characters, counted as reading speed counts them.
  var readingCharacters: Double {
    lines.reduce(0) { $0 + $1.readingCharacters }
  }
}

extension CheckRule {
  /// Adds a finding for each language block of `cue` read faster than its `limit`: `amount` of the
  /// block over the cue's duration, in `unit` (`per` milliseconds).
  fileprivate func checkSpeed(
    _ cue: CheckedCue, into findings: inout FindingList, limit: (LanguageLimits) -> Double?, per: Double,
    unit: String, amount: (CheckedBlock) -> Double
  ) {
    let duration = cue.durationMilliseconds
    guard duration > 0 else { return }
    for block in cue.blocks {
      guard let limit = limit(block.limits) else { continue }
      let speed = amount(block) * per / Double(duration)
      guard BlockReading.exceeds(speed, limit) else { continue }
      findings.add(
        self, cue, "\(block.family ?? "") lines read at \(Figure(speed)) \(unit); the limit is \(Figure(limit))",
        language: block.family, value: speed, limit: limit)
    }
  }
}

/// `cps`: each language's lines must be readable in the time the cue shows.
public struct ReadingSpeedRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "cps", category: .reading, severity: .warning,
    summary: "A language's lines ask for more characters a second than the limit (en 20, zh 9).",
    explanation: """
      Reading speed is the characters of one language's lines divided by the seconds the cue shows. \
      Spaces and punctuation count, line breaks do not; on a Chinese line half-width characters (Latin \
      letters, digits, ASCII punctuation) count half. Each language of a bilingual cue is held to its \
      own limit: the English lines to 20, the Chinese lines to 9 in the Netflix presets.
      """)

  /// The rule.
  public init() {}

  /// Finds a language block read faster than its limit.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    checkSpeed(cue, into: &findings, limit: \.charactersPerSecond, per: 1000, unit: "characters a second") {
      $0.readingCharacters
    }
  }
}

/// `wpm`: reading speed in words a minute, for guides that count words (the BBC's).
public struct WordsPerMinuteRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "wpm", category: .reading, severity: .warning,
    summary: "A language's lines ask for more words a minute than the limit (bbc-en: 180).",
    explanation: """
      The BBC Subtitle Guidelines give reading speed as 160-180 words a minute. Words are runs of \
      characters between spaces, so the rule only applies to languages written with spaces; the \
      presets set it for English in bbc-en only.
      """)

  /// The rule.
  public init() {}

  /// Finds a language block read faster than its words-a-minute limit.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    checkSpeed(cue, into: &findings, limit: \.wordsPerMinute, per: 60_000, unit: "words a minute") { block in
      Double(block.lines.reduce(0) { $0 + ReadingCount.words($1.text) })
    }
  }
}

/// `cpl`: no line may hold more characters than the language's limit.
public struct LineLengthRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "cpl", category: .reading, severity: .warning,
    summary: "A line holds more characters than the limit (en 42, zh 16; bbc-en 37).",
    explanation: """
      Characters per line are counted as reading speed counts them: on a Chinese line a half-width \
      character counts half. `--fix` rewraps the block over the limit with subkit's balanced wrap \
      (the lines as even as Unicode line breaking allows).
      """)

  /// The rule.
  public init() {}

  /// Finds each line longer than its language's limit.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    for block in cue.blocks {
      guard let limit = block.limits.charactersPerLine else { continue }
      for line in block.lines {
        let count = line.readingCharacters
        guard count > limit else { continue }
        findings.add(
          self, cue, "\(block.family ?? "a") line of \(Figure(count)) characters; the limit is \(Figure(limit))",
          language: block.family, value: count, limit: limit, fix: "rewrap the lines")
      }
    }
  }
}

/// `max-lines`: each language may take only so many lines.
public struct MaximumLinesRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "max-lines", category: .reading, severity: .warning,
    summary: "A language takes more lines than the limit (2), counted per language.",
    explanation: """
      Netflix allows two lines a subtitle. In a bilingual cue each language has its own block, so a \
      Chinese line above two English lines is within the limit; three English lines are not.
      """)

  /// The rule.
  public init() {}

  /// Finds a language block with too many lines.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    for block in cue.blocks {
      guard let limit = block.limits.lines, block.lines.count > limit else { continue }
      findings.add(
        self, cue, "\(block.lines.count) \(block.family ?? "") lines; the limit is \(limit)",
        language: block.family, value: Double(block.lines.count), limit: Double(limit))
    }
  }
}
