/// A named set of limits from a published style guide.
public struct CheckPreset: Sendable {
  /// The name `--preset` takes (`netflix-en`).
  public var name: String
  /// What it is for, in one line.
  public var summary: String
  /// The guide it follows, for the documentation.
  public var source: String
  /// How cues may be timed.
  public var timing: TimingLimits
  /// The limits by primary language (`en`, `zh`); other languages are not checked for reading.
  public var languages: [String: LanguageLimits]

  /// Every preset, in the order `--list-rules` shows them.
  public static let all: [CheckPreset] = [netflixEnglish, netflixSimplifiedChinese, netflixBilingual, bbcEnglish]

  /// The preset named `name`, if any.
  public static func named(_ name: String) -> CheckPreset? { all.first { $0.name == name } }

  /// English subtitles for Netflix: 42 characters a line, 20 a second, 2 lines.
  public static let netflixEnglish = CheckPreset(
    name: "netflix-en", summary: "English subtitles to Netflix's English (USA) Timed Text Style Guide",
    source: "Netflix Partner Help Center: Timed Text Style Guide: General Requirements; English (USA) Timed Text "
      + "Style Guide (42 characters per line, 20 characters per second for adult programmes)",
    timing: .netflix, languages: ["en": english])

  /// Simplified Chinese subtitles for Netflix: 16 characters a line, 9 a second, 2 lines, no italics.
  public static let netflixSimplifiedChinese = CheckPreset(
    name: "netflix-zh-hans", summary: "Simplified Chinese subtitles to Netflix's Simplified Chinese style guide",
    source: "Netflix Partner Help Center: Timed Text Style Guide: General Requirements; Simplified Chinese "
      + "Timed Text Style Guide (16 characters per line, 9 characters per second, no italics)",
    timing: .netflix, languages: ["zh": simplifiedChinese])

  /// Bilingual cues: each language's lines held to its own Netflix limits.
  public static let netflixBilingual = CheckPreset(
    name: "netflix-bilingual",
    summary: "Chinese + English cues, each language to its own Netflix guide (the default for bilingual files)",
    source: "The two Netflix presets above, applied to each language block of a cue",
    timing: .netflix, languages: ["en": english, "zh": simplifiedChinese])

  /// English subtitles to the BBC's guidelines: 37 characters a line, 180 words a minute.
  public static let bbcEnglish = CheckPreset(
    name: "bbc-en", summary: "English subtitles to the BBC Subtitle Guidelines",
    source: "BBC Subtitle Guidelines: 37 characters per line (sections on line length), "
      + "160-180 words per minute (subtitle timing)",
    timing: .netflix,
    languages: ["en": LanguageLimits(charactersPerLine: 37, lines: 2, wordsPerMinute: 180)])

  private static let english = LanguageLimits(charactersPerSecond: 20, charactersPerLine: 42, lines: 2)
  private static let simplifiedChinese = LanguageLimits(
    charactersPerSecond: 9, charactersPerLine: 16, lines: 2, italicsAllowed: false)
}
