import SubtitleText
import SubtitleTimeline

/// A bilingual track taken apart by line language: each cue keeps only the lines of one language.
public enum LanguageSplit {
  /// `cue` with only its lines in `language` (`zh` takes `zh-Hans` and `zh-Hant` lines), or nil
  /// when it has none.
  public static func cue(_ cue: Cue, in language: String) -> Cue? {
    let kept = LanguageBlock.blocks(of: cue).filter { LanguageBlock.tag($0.language, isIn: language) }
    return kept.isEmpty ? nil : LanguageBlock.cue(cue, madeOf: kept)
  }

  /// The primary languages of `cue`'s lines (`zh`, `en`), top to bottom, each once; lines of no
  /// known language are left out.
  public static func languages(of cue: Cue) -> [String] {
    var found: [String] = []
    for tag in cue.lineLanguages.compactMap({ $0 }) {
      let primary = String(tag.prefix { $0 != "-" }).lowercased()
      if !found.contains(primary) { found.append(primary) }
    }
    return found
  }
}
