import SubtitleTimeline

/// `pairing`: in a bilingual file every cue with text carries both languages.
public struct PairingRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "pairing", category: .bilingual, severity: .warning,
    summary: "A cue of a bilingual file lacks its Chinese or its English lines.",
    explanation: """
      A file is bilingual when at least half of its first 100 cues with text carry both Chinese and \
      English lines. In such a file a cue with only one language has usually lost a line in editing \
      or merging.
      """)

  /// The rule.
  public init() {}

  /// Finds a cue missing one of the file's two languages.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    guard cue.track.isBilingual, !cue.blocks.isEmpty else { return }
    for (family, name) in [("zh", "Chinese"), ("en", "English")]
    where !cue.blocks.contains(where: { $0.family == family }) {
      findings.add(self, cue, "the cue has no \(name) line", language: family)
    }
  }
}

/// `language-order`: the two languages stand in the same order in every cue.
public struct LanguageOrderRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "language-order", category: .bilingual, severity: .warning,
    summary: "A cue's Chinese and English lines stand in the other order than the file's usual one.",
    explanation: """
      The usual order is the one most of the file's first 100 bilingual cues have (Chinese above \
      English in the film's transcripts). A viewer's eye goes to the same place for the same language.
      """)

  /// The rule.
  public init() {}

  /// Finds a bilingual cue whose languages are not in the usual order.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    guard cue.track.isBilingual, !cue.track.usualOrder.isEmpty else { return }
    let order = cue.blocks.lazy.compactMap(\.family).filter { $0 == "zh" || $0 == "en" }
    guard !order.elementsEqual(cue.track.usualOrder), order.contains("zh"), order.contains("en") else { return }
    let (found, usual) = (order.joined(separator: ", "), cue.track.usualOrder.joined(separator: ", "))
    findings.add(self, cue, "the lines are in the order \(found); the file's usual order is \(usual)")
  }
}

/// `traditional-in-simplified`: a Simplified Chinese line has no Traditional-only characters.
public struct TraditionalInSimplifiedRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "traditional-in-simplified", category: .bilingual, severity: .warning,
    summary: "A Chinese line of a Simplified Chinese file uses Traditional-only characters.",
    explanation: """
      A character is Traditional-only when ICU's Traditional-to-Simplified transform changes it and the \
      reverse transform gives it back (們 → 们 → 們), and it is not in GB2312. Such characters usually come \
      from pasting from a Traditional source.
      """)

  /// The rule.
  public init() {}

  /// Finds the Traditional-only characters of each Chinese line.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    guard cue.settings.expectsSimplifiedChinese else { return }
    for line in cue.lines where line.isChinese {
      let found = cue.scripts.traditionalCharacters(in: line.text)
      guard !found.isEmpty else { continue }
      findings.add(
        self, cue, "Traditional-only characters on a Simplified Chinese line: \(String(found))",
        language: line.language, value: Double(found.count), limit: 0)
    }
  }
}

/// `punctuation-width`: Chinese lines use full-width punctuation, English lines half-width.
public struct PunctuationWidthRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "punctuation-width", category: .bilingual, severity: .warning,
    summary: "Half-width ,.?!:; on a Chinese line, or full-width ，。？！：； on an English line.",
    explanation: """
      Chinese text takes full-width punctuation (，。？！：；), English text half-width. Commas, points and \
      colons between digits (1,000  2.5  10:30) and runs of dots (left to the ellipsis rule) are not \
      counted. `--fix` swaps each mark for its other width.
      """)

  /// The rule.
  public init() {}

  /// Finds punctuation of the wrong width for its line's language.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    for line in cue.lines {
      guard line.isChinese ? line.bytes.hasHalfWidthPunctuation : !line.bytes.isASCII else { continue }
      let marks =
        line.isChinese
        ? PunctuationWidth.halfWidthMarks(in: line.text)
        : line.isEnglish ? PunctuationWidth.fullWidthMarks(in: line.text) : []
      guard !marks.isEmpty else { continue }
      let described = line.isChinese ? "half-width punctuation on a Chinese" : "full-width punctuation on an English"
      findings.add(
        self, cue, "\(described) line: \(String(marks))", language: line.language,
        value: Double(marks.count), limit: 0, fix: "use the \(line.isChinese ? "full" : "half")-width forms")
    }
  }
}

/// `number-mismatch`: a number on the English line has its counterpart on the Chinese line.
public struct NumberMismatchRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "number-mismatch", category: .bilingual, severity: .warning,
    summary: "A number on the English line appears on the cue's Chinese line neither in digits nor in numerals.",
    explanation: """
      Numbers are what translators most often mistype. Each number written in digits on the English \
      lines (1,000, 2.5, and 1.3 billion with its scale word) must appear on the Chinese lines of the \
      same cue, in digits or in Chinese numerals (一千, 两千零八, 一九九八, 3万, 13亿).
      """)

  /// The rule.
  public init() {}

  /// Finds English numbers without a Chinese counterpart.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    let english = cue.lines.filter { $0.isEnglish && $0.bytes.hasDigit }.flatMap {
      NumberText.englishNumbers(in: $0.text)
    }
    guard !english.isEmpty else { return }
    let chineseLines = cue.lines.filter(\.isChinese)
    guard !chineseLines.isEmpty else { return }
    let chinese = chineseLines.flatMap { NumberText.chineseNumbers(in: $0.text) }
    for number in english where !chinese.contains(where: { NumberText.same($0, number) }) {
      findings.add(
        self, cue, "\(PlainDecimal.format(number)) on the English line is not on the Chinese line",
        language: "en", value: number)
    }
  }
}
