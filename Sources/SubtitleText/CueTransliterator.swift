import SubtitleTimeline
import TextUnicode

/// What `CueTransliterator` turns Chinese lines into.
public enum TransliterationTarget: String, CaseIterable, Sendable {
  /// Traditional characters (`zh-Hant`).
  case traditional = "hant"
  /// Simplified characters (`zh-Hans`).
  case simplified = "hans"
  /// Tone-marked pinyin.
  case pinyin
}

/// Where pinyin goes: a new line under each Chinese line, or ruby over each character.
public enum PinyinPlacement: String, CaseIterable, Sendable {
  /// A line of pinyin (tagged `zh-Latn-pinyin`) after the Chinese line.
  case line
  /// A ruby annotation over each Han character.
  case ruby
}

/// Changes the Chinese lines of cues (those tagged `zh…`) with ICU transforms; other lines stay as they are.
public final class CueTransliterator {
  /// The language tag of a pinyin line.
  public static let pinyinLanguage = "zh-Latn-pinyin"
  private let target: TransliterationTarget
  private let placement: PinyinPlacement
  private let transform: Transliterator

  /// A transliterator to `target`; nil when ICU lacks the transform.
  public init?(to target: TransliterationTarget, pinyin placement: PinyinPlacement = .line) {
    let transform: Transliterator?
    switch target {
    case .traditional: transform = Transliterator.toTraditional()
    case .simplified: transform = Transliterator.toSimplified()
    case .pinyin: transform = Transliterator.toPinyin()
    }
    guard let transform else { return nil }
    self.target = target
    self.placement = placement
    self.transform = transform
  }

  /// `cue` with its Chinese lines transliterated.
  public func transliterate(_ cue: Cue) -> Cue {
    var blocks = LanguageBlock.blocks(of: cue)
    guard blocks.contains(where: { Self.isChinese($0.language) }) else { return cue }
    blocks = blocks.flatMap { block -> [LanguageBlock] in
      guard Self.isChinese(block.language) else { return [block] }
      switch (target, placement) {
      case (.traditional, _): return [converted(block, to: LineLanguages.traditionalChinese)]
      case (.simplified, _): return [converted(block, to: LineLanguages.chinese)]
      case (.pinyin, .ruby): return [LanguageBlock(language: block.language, lines: block.lines.map(annotated))]
      case (.pinyin, .line):
        return block.lines.flatMap { line in
          [
            LanguageBlock(language: block.language, lines: [line]),
            LanguageBlock(language: Self.pinyinLanguage, lines: [[.text(transform.transform(line.plainText))]]),
          ]
        }
      }
    }
    return LanguageBlock.cue(cue, madeOf: blocks)
  }

  private static func isChinese(_ tag: String?) -> Bool {
    LanguageBlock.tag(tag, isIn: "zh") && tag != pinyinLanguage
  }

  private func converted(_ block: LanguageBlock, to language: String) -> LanguageBlock {
    LanguageBlock(language: language, lines: block.lines.map { converted($0, to: language) })
  }

  private func converted(_ nodes: [InlineNode], to language: String) -> [InlineNode] {
    nodes.map { node in
      switch node {
      case .text(let text): return .text(transform.transform(text))
      case .span(var span):
        if case .language(let tag) = span.style, Self.isChinese(tag) { span.style = .language(language) }
        span.children = converted(span.children, to: language)
        return .span(span)
      case .lineBreak, .timestamp: return node
      }
    }
  }

  /// Text nodes with each Han character under a ruby of its pinyin; existing ruby is left alone.
  private func annotated(_ nodes: [InlineNode]) -> [InlineNode] {
    nodes.flatMap { node -> [InlineNode] in
      switch node {
      case .text(let text): return annotated(text)
      case .span(var span) where span.style != .ruby:
        span.children = annotated(span.children)
        return [.span(span)]
      default: return [node]
      }
    }
  }

  private func annotated(_ text: String) -> [InlineNode] {
    var nodes: [InlineNode] = []
    var plain = ""
    var han: [Character] = []
    func flushHan() {
      guard !han.isEmpty else { return }
      // A run is read whole, so a transform that reads by context may; one reading per character.
      let whole = transform.transform(String(han)).split(separator: " ").map(String.init)
      let readings = whole.count == han.count ? whole : han.map { transform.transform(String($0)) }
      for (character, reading) in zip(han, readings) {
        let annotation = InlineSpan(.rubyText, children: [.text(reading)])
        nodes.append(.span(InlineSpan(.ruby, children: [.text(String(character)), .span(annotation)])))
      }
      han = []
    }
    for character in text {
      if character.unicodeScalars.first?.properties.isUnifiedIdeograph == true {
        if !plain.isEmpty { nodes.append(.text(plain)) }
        plain = ""
        han.append(character)
      } else {
        flushHan()
        plain.append(character)
      }
    }
    flushHan()
    if !plain.isEmpty { nodes.append(.text(plain)) }
    return nodes
  }
}
