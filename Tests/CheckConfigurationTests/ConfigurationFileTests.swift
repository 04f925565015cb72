import CheckConfiguration
import SubtitleChecks
import SubtitleTimeline
import Testing

/// `.subkit.yml`: what it sets, per path, and the place of every mistake.
@Suite struct ConfigurationFileTests {
  static let text = """
    # project settings
    preset: netflix-en
    fps: 25
    rules:
      chain-gap: off
      cps: error
      whitespace: { enabled: true, severity: info }
    languages:
      en: { cps: 17, cpl: off }
      zh: { italics: true }
    timing: { min-duration: 1, chain-gap: 3-9 }
    overrides:
      - paths: ["kids/**", "*.kids.srt"]
        preset: netflix-bilingual
        languages: { en: { cps: 13 } }
    """

  /// Globs as `.gitignore` reads them; stars that once took exponential time (an adversarial find) answer at once.
  @Test func overridePathsMatchAsGlobs() throws {
    let text = "overrides:\n  - paths: ['a/**/b.srt', 'x/*/?.vtt', '*a*a*a*a*a*a*a*a*b', '*a*c']\n    preset: bbc-en\n"
    let file = try ConfigurationFile(text: text, path: ".subkit.yml")
    let matched = { (path: String) in file.preset(for: path)?.name == "bbc-en" }
    #expect(matched("a/b.srt") && matched("a/d/e/b.srt") && !matched("b/a/b.srt"))
    #expect(matched("x/y/z.vtt") && !matched("x/y/w/z.vtt") && !matched("x/y/zz.vtt"))
    #expect(!matched(String(repeating: "a", count: 200) + ".srt"))
    #expect(matched("deep/" + String(repeating: "a", count: 200) + "b") && matched("ac") && !matched("ca"))
  }

  @Test func theBaseAndMatchingOverridesApplyInOrder() throws {
    let file = try ConfigurationFile(text: Self.text, path: "project/.subkit.yml")
    #expect(file.folder == "project")
    #expect(file.preset(for: "film.srt")?.name == "netflix-en")
    #expect(file.preset(for: "kids/season1/film.srt")?.name == "netflix-bilingual")
    #expect(file.preset(for: "extras/film.kids.srt")?.name == "netflix-bilingual")

    var settings = CheckSettings(preset: .netflixEnglish)
    file.apply(to: &settings, for: "film.srt")
    #expect(settings.frameRate == FrameRate("25"))
    #expect(settings.disabledRules == ["chain-gap"])
    #expect(settings.severities == ["cps": .error, "whitespace": .info])
    #expect(settings.languages["en"]?.charactersPerSecond == 17 && settings.languages["en"]?.charactersPerLine == nil)
    #expect(settings.languages["zh"]?.italicsAllowed == true)
    #expect(settings.timing.minimumMilliseconds == 1000 && settings.timing.chainGapFrames == 3...9)

    var kids = CheckSettings(preset: .netflixBilingual)
    file.apply(to: &kids, for: "kids/film.srt")
    #expect(kids.languages["en"]?.charactersPerSecond == 13)
  }

  @Test(arguments: [
    ("rules:\n  cpss: off\n", 2, 3, "unknown rule 'cpss'"),
    ("preset: netflix\n", 1, 9, "unknown preset 'netflix'"),
    ("languages:\n  en: { cps: -1 }\n", 2, 14, "is not a number"),
    ("timing:\n  chain-gap: 11-3\n", 2, 14, "is not a range of frames"),
    ("rules: [\n  x: y\n", 3, 1, "YAML:"),
    ("overrides:\n  - preset: bbc-en\n", 2, 5, "an override needs paths"),
    ("a: " + String(repeating: "[", count: 100), 1, 68, "nested deeper than 64 levels"),
  ])
  func mistakesAreErrorsAtTheirPlace(text: String, line: Int, column: Int, message: String) {
    let error = #expect(throws: SubtitleError.self) { try ConfigurationFile(text: text, path: "c.yml") }
    #expect(error?.finding.location == SourceLocation(file: "c.yml", line: line, column: column), "\(text)")
    #expect(error?.finding.message.contains(message) == true, "\(error?.finding.message ?? "")")
  }

  /// Nested lists (the shape an alias bomb needs) are refused where a string belongs, and reading
  /// stops after 10,000 values whatever the shape.
  @Test func aliasesAndLongListsCannotMakeASmallFileCostly() {
    var bomb = "overrides:\n  - paths: &p0 [a, a, a, a, a, a, a, a, a, a]\n"
    for level in 1...3 {
      bomb += "  - paths: &p\(level) [\(Array(repeating: "*p\(level - 1)", count: 10).joined(separator: ", "))]\n"
    }
    let nested = #expect(throws: SubtitleError.self) { try ConfigurationFile(text: bomb, path: "c.yml") }
    #expect(nested?.finding.location == SourceLocation(file: "c.yml", line: 2, column: 12))  // the anchored list
    let long = "overrides:\n  - paths: [" + Array(repeating: "a", count: 10_001).joined(separator: ", ") + "]\n"
    let budget = #expect(throws: SubtitleError.self) { try ConfigurationFile(text: long, path: "c.yml") }
    #expect(budget?.finding.message.contains("more than 10000 values") == true)
  }

  /// An alias bomb as a mapping key (hashed whole when keys are compared: 300 bytes took 16 s) is
  /// refused before parsing, at its 33rd alias; a `*` in a quoted glob or inside a word is no alias.
  @Test func moreThan32AliasesAreRefusedBeforeParsing() throws {
    var bomb = "- &a [x, x, x, x, x, x, x, x, x, x]\n"
    for (name, named) in zip("bcdefgh", "abcdefg") {
      bomb += "- &\(name) [\(Array(repeating: "*\(named)", count: 10).joined(separator: ", "))]\n"
    }
    bomb += "- {*h : 1}\n"
    let error = #expect(throws: SubtitleError.self) { try ConfigurationFile(text: bomb, path: "c.yml") }
    #expect(error?.finding.location == SourceLocation(file: "c.yml", line: 5, column: 15))
    #expect(error?.finding.message.contains("more than 32 aliases") == true)
    let globs = Array(repeating: "\"*-en.srt\", '*_final.srt', kids/a*b.srt", count: 20).joined(separator: ", ")
    _ = try ConfigurationFile(text: "overrides:\n  - paths: [\(globs)]\n    preset: bbc-en\n", path: "c.yml")
  }

  @Test func anEmptyFileSetsNothing() throws {
    let file = try ConfigurationFile(text: "# nothing yet\n", path: ".subkit.yml")
    var settings = CheckSettings(preset: .netflixEnglish)
    file.apply(to: &settings, for: "a.srt")
    #expect(file.preset(for: "a.srt") == nil && settings.disabledRules.isEmpty)
  }
}
