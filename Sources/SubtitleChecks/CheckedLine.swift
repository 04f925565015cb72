import SubtitleTimeline

/// One line of a cue as the rules read it: its plain text, language and markup.
public struct CheckedLine: Sendable {
  /// The text without markup.
  public var text: String
  /// The line's language tag as the file or its script gives it (`zh-Hans`, `en`); nil when unknown.
  public var language: String?
  /// Whether any of its text is in italics.
  public var hasItalics: Bool

  /// The line `nodes` in `language`.
  public init(_ nodes: [InlineNode], language: String?) {
    text = nodes.plainText
    self.language = language
    var italics = false
    nodes.forEachNode { node in
      if case .span(let span) = node, span.style == .italic { italics = true }
    }
    hasItalics = italics
  }

  /// Whether the line is Chinese (`zh`, `zh-Hans`, `zh-Hant` …).
  public var isChinese: Bool { CheckedLine.family(of: language) == "zh" }

  /// Whether the line is English.
  public var isEnglish: Bool { CheckedLine.family(of: language) == "en" }

  /// The primary language subtag of `tag` (`zh` for `zh-Hans`), lower-cased; nil for nil.
  public static func family(of tag: String?) -> String? {
    guard let tag else { return nil }
    return String(tag.prefix { $0 != "-" && $0 != "_" }).lowercased()
  }
}

/// A run of consecutive lines in one language: what reading speed, line count and pairing are about.
public struct CheckedBlock: Sendable {
  /// The primary language (`zh`, `en`), nil when unknown.
  public var family: String?
  /// The lines, top to bottom.
  public var lines: [CheckedLine]
}
