/// Every rule subkit checks, by id, in the order reports list them.
public enum RuleRegistry {
  /// All rules: timing, then reading, bilingual structure, text.
  public static let all: [any CheckRule] = [
    ReversedRule(), OrderRule(), OverlapRule(), MinimumDurationRule(), MaximumDurationRule(), MinimumGapRule(),
    ChainGapRule(), ShotChangeRule(), ReadingSpeedRule(), WordsPerMinuteRule(), LineLengthRule(), MaximumLinesRule(),
    PairingRule(), LanguageOrderRule(), TraditionalInSimplifiedRule(), PunctuationWidthRule(), NumberMismatchRule(),
    EmptyCueRule(), WhitespaceRule(), EllipsisRule(), ItalicsRule(), MarkupRule(),
  ]

  /// The rule with `id`, if there is one.
  public static func rule(_ id: String) -> (any CheckRule)? { all.first { $0.id == id } }
}
