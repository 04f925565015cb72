import SubtitleTimeline
import TextUnicode

/// `empty-cue`: a cue shows some text.
public struct EmptyCueRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "empty-cue", category: .text, severity: .warning,
    summary: "A cue has no text, or only spaces.",
    explanation: """
      An empty cue shows nothing but still takes its place in the timing: it blanks the screen and can \
      hide a cue that should overlap it. It is usually a line deleted in editing with its timing left.
      """)

  /// The rule.
  public init() {}

  /// Finds a cue with no visible text.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    guard cue.blocks.isEmpty else { return }
    findings.add(self, cue, "the cue has no text")
  }
}

/// `whitespace`: no spaces at the ends of a line, no doubled spaces, no spaces between Han characters.
public struct WhitespaceRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "whitespace", category: .text, severity: .warning,
    summary: "A line has leading, trailing or doubled spaces, or spaces between Han characters.",
    explanation: """
      Stray spaces shift a centred line off centre, and Chinese is written without spaces between \
      characters. `--fix` trims the line ends, collapses doubled spaces and removes spaces between \
      Han characters.
      """)

  /// The rule.
  public init() {}

  /// Finds each kind of stray space on each line.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    for line in cue.lines where !line.isBlank {
      guard line.bytes.hasSpace else { continue }
      var problems: [String] = []
      if line.text.unicodeScalars.first.map(CheckedLine.isWhitespace) == true { problems.append("leading") }
      if line.text.unicodeScalars.last.map(CheckedLine.isWhitespace) == true { problems.append("trailing") }
      if line.bytes.hasDoubleSpace { problems.append("doubled") }
      if !line.bytes.isASCII && Self.hasSpaceBetweenHan(line.text) { problems.append("between Han characters") }
      guard !problems.isEmpty else { continue }
      findings.add(
        self, cue, "spaces on a line: \(problems.joined(separator: ", "))", language: line.language,
        fix: "remove the stray spaces")
    }
  }

  /// Whether a run of spaces stands between two Han characters.
  static func hasSpaceBetweenHan(_ text: String) -> Bool {
    var lastNonSpace: Character?
    var sawSpace = false
    for character in text {
      if character == " " || character == "\u{3000}" {
        sawSpace = true
        continue
      }
      if sawSpace, let last = lastNonSpace, DisplayWidth.isSpacelessScript(last),
        DisplayWidth.isSpacelessScript(character)
      {
        return true
      }
      lastNonSpace = character
      sawSpace = false
    }
    return false
  }
}

/// `ellipsis`: an ellipsis is one character, not three dots.
public struct EllipsisRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "ellipsis", category: .text, severity: .info,
    summary: "Three dots stand for an ellipsis: … on English lines, …… on Chinese lines.",
    explanation: """
      Style guides ask for the ellipsis character: one … (U+2026) in English, two (……) in Chinese. It \
      takes less room and counts as one character in the reading-speed count. `--fix` replaces the dots.
      """)

  /// The rule.
  public init() {}

  /// Finds runs of three or more dots.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    for line in cue.lines where line.bytes.hasThreeDots {
      let wanted = line.isChinese ? "……" : "…"
      findings.add(
        self, cue, "three dots for an ellipsis; write \(wanted)", language: line.language, fix: "write \(wanted)")
    }
  }
}

/// `italics`: no italics where the language's guide forbids them (Chinese).
public struct ItalicsRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "italics", category: .text, severity: .warning,
    summary: "Italics on a line whose language's guide does not allow them (Chinese).",
    explanation: """
      Han characters have no italic form: a slanted Chinese line is harder to read, so the Netflix \
      Simplified Chinese guide does not allow italics; use quotation marks for what English italicises.
      """)

  /// The rule.
  public init() {}

  /// Finds italic text on a line of a language that forbids it.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    for line in cue.lines where line.hasItalics {
      guard !cue.limits(for: line.family).italicsAllowed else { continue }
      findings.add(self, cue, "italics on a \(line.family ?? "") line", language: line.language)
    }
  }
}

/// `markup`: tags in the source open and close in order.
public struct MarkupRule: CheckRule {
  /// What the rule is: its id, category, default severity and descriptions.
  public static let about = RuleDescription(
    id: "markup", category: .text, severity: .warning,
    summary: "The cue's tags do not open and close in order (the reader had to repair them).",
    explanation: """
      A tag left open (<i> without </i>), closed without being opened, or closed out of order is \
      repaired by subkit's readers, but other players repair it differently: italics may run on to \
      the end of the file. The rule reads the cue's text as the file wrote it.
      """)

  /// The rule.
  public init() {}

  /// Finds the first unbalanced tag of the cue's source text.
  public func check(_ cue: CheckedCue, into findings: inout FindingList) {
    guard let source = cue.cue.sourceText, source.contains("<"), let problem = TagBalance.firstProblem(in: source)
    else { return }
    findings.add(self, cue, problem)
  }
}
