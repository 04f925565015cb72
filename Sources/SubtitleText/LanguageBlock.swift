import SubtitleTimeline
import TextUnicode

/// A run of consecutive lines of a cue in one language: the unit that wrapping and reading speed work on.
public struct LanguageBlock {
  /// The lines' language, nil where unknown.
  public var language: String?
  /// The lines, each a list of inline nodes without line breaks.
  public var lines: [[InlineNode]]

  /// A block of `lines` in `language`.
  public init(language: String?, lines: [[InlineNode]]) {
    self.language = language
    self.lines = lines
  }

  /// The blocks of `cue`, top to bottom.
  public static func blocks(of cue: Cue) -> [LanguageBlock] {
    let lines = cue.content.lines
    var blocks: [LanguageBlock] = []
    for (index, line) in lines.enumerated() {
      let language = index < cue.lineLanguages.count ? cue.lineLanguages[index] : nil
      if let last = blocks.last, last.language == language {
        blocks[blocks.count - 1].lines.append(line)
      } else {
        blocks.append(LanguageBlock(language: language, lines: [line]))
      }
    }
    return blocks
  }

  /// `cue` with its text made of `blocks`: itself when nothing changed, else with the new lines and
  /// their languages and without the source's own text, which no longer matches.
  public static func cue(_ cue: Cue, madeOf blocks: [LanguageBlock]) -> Cue {
    var content: [InlineNode] = []
    var languages: [String?] = []
    for block in blocks {
      for line in block.lines {
        if !languages.isEmpty { content.append(.lineBreak) }
        content += line
        languages.append(block.language)
      }
    }
    guard content != cue.content || languages != cue.lineLanguages else { return cue }
    var changed = cue
    (changed.content, changed.lineLanguages, changed.sourceText) = (content, languages, nil)
    return changed
  }

  /// Whether `tag` is `language` or one of its subtags (`zh-Hans` is in `zh`); nil is in nothing.
  public static func tag(_ tag: String?, isIn language: String) -> Bool {
    guard let tag else { return false }
    return tag == language || tag.hasPrefix(language + "-")
  }

  /// Lines of text read as one passage: joined by a space, or by nothing where Chinese or Japanese
  /// text meets the break, a space is already there (at the end of one line or the start of the
  /// next), or a word broke after its hyphen (`ever-⏎shifting`).
  public static func join(_ lines: [String]) -> String {
    var result = ""
    for line in lines where !line.isEmpty {
      if let last = result.last, let first = line.first, !last.isWhitespace, !first.isWhitespace,
        !endsInWordHyphen(result),
        !DisplayWidth.isSpacelessScript(last) && !DisplayWidth.isSpacelessScript(first)
      {
        result += " "
      }
      result += line
    }
    return result
  }

  private static func endsInWordHyphen(_ text: String) -> Bool {
    guard let last = text.last, last == "-" || last == "\u{2010}" else { return false }
    return text.dropLast().last?.isLetter == true
  }
}
