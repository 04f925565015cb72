import SubtitleTimeline

/// The inline markup SRT files use in practice: `<i> <b> <u> <font color>`, `<br>` and ASS
/// override blocks (`{\anN}`, `{\i1}`).
///
/// Other tags are kept as literal text and reported; other override tags are dropped and reported,
/// as ffmpeg drops them.
struct SubRipMarkup {
  /// A finding inside the text: which text line (0-based), byte column (1-based), and what.
  typealias Finding = (line: Int, column: Int, message: String)

  /// The parsed tree, the `{\anN}` anchor if any, and what was kept as text.
  var content: [InlineNode] = []
  var anchor: Int?
  var findings: [Finding] = []

  private var stack: [(style: SpanStyle, tag: String, children: [InlineNode], line: Int, column: Int)] = []
  private var text: [UInt8] = []

  /// Parses the text lines of one cue.
  static func parse(_ lines: [String]) -> SubRipMarkup {
    var markup = SubRipMarkup()
    for (number, line) in lines.enumerated() {
      if number > 0 {
        markup.flushText()
        markup.append(.lineBreak)
      }
      markup.parseLine(Array(line.utf8), number: number)
    }
    markup.flushText()
    for open in markup.stack.reversed() {
      markup.note((open.line, open.column, "<\(open.tag)> is not closed; it ends with the cue"))
    }
    while !markup.stack.isEmpty { markup.closeInnermost() }
    while case .lineBreak? = markup.content.last { markup.content.removeLast() }  // a `<br>` at the end
    return markup
  }

  /// Whether `text`, written on a line of an SRT cue, would read back as anything but itself.
  static func readsAsMarkup(_ text: String) -> Bool {
    let mayHoldMarkup =
      text.utf8.withContiguousStorageIfAvailable {
        ByteComparison.occurrences(of: UInt8(ascii: "<"), UInt8(ascii: "{"), 0, in: $0) & 3 != 0
      } ?? true
    guard mayHoldMarkup else { return false }
    let markup = parse([text])
    guard markup.anchor == nil, markup.content.count <= 1 else { return true }
    if case .text(let read)? = markup.content.first { return read != text }
    return !markup.content.isEmpty
  }

  private mutating func parseLine(_ bytes: [UInt8], number: Int) {
    var index = 0
    var closingBracket = NextOccurrence(of: UInt8(ascii: ">"))
    var closingBrace = NextOccurrence(of: UInt8(ascii: "}"))
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<"), let close = closingBracket.at(orAfter: index, in: bytes),
        close - index <= Self.longestTag
      {
        let tag = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
        switch handleTag(tag, line: number, column: index + 1) {
        case .handled:
          index = close + 1
          continue
        case .unknown:
          note((number, index + 1, "unknown tag <\(tag)> kept as text"))
        case .tooDeep:
          note((number, index + 1, "tag nested deeper than \(InlineSpan.maximumNesting) levels kept as text"))
        case .tooMany:
          if tagCount == Cue.maximumTags + 1 { note((number, index + 1, Cue.tooManyTagsMessage)) }
        }
      } else if byte == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\"),
        let close = closingBrace.at(orAfter: index, in: bytes), close - index <= Self.longestTag
      {
        applyOverrides(bytes[(index + 1)..<close], line: number, column: index + 1)
        index = close + 1
        continue
      }
      text.append(byte)
      index += 1
    }
  }

  /// An ASS override block's tags (`\an8`, `\i1\b0`, `\pos(10,20)`), as players read them in SRT.
  ///
  /// `\anN` places the cue; `\i`, `\b` and `\u` with 1 or 0 open or close a style (with a
  /// warning); the rest are dropped (with a warning, as ffmpeg drops them).
  private mutating func applyOverrides(_ block: ArraySlice<UInt8>, line: Int, column: Int) {
    let written = "{" + String(decoding: block, as: UTF8.self) + "}"
    var styled = false
    var dropped = false
    for tag in block.split(separator: UInt8(ascii: "\\")) {
      let name = tag.first.map { Character(Unicode.Scalar($0)) }
      let value = tag.dropFirst()
      if tag.count == 3, tag.starts(with: Array("an".utf8)), let digit = tag.last, (0x31...0x39).contains(digit) {
        anchor = Int(digit - 0x30)
      } else if let name, "ibu".contains(name), value.count == 1, value.first == 0x30 || value.first == 0x31 {
        _ = handleTag(value.first == 0x31 ? String(name) : "/" + String(name), line: line, column: column)
        styled = true
      } else {
        dropped = true
      }
    }
    if styled { note((line, column, "override \(written) read as the tags it stands for")) }
    if dropped { note((line, column, "override \(written) dropped (as ffmpeg drops it)")) }
  }

  private enum TagOutcome { case handled, unknown, tooDeep, tooMany }

  /// A `<` or `{` further than this from its closing byte opens no tag: it is text.
  private static let longestTag = 256
  /// The most findings kept for one cue (a line of a million unknown tags would keep a million).
  private static let maximumFindings = 100
  private var tagCount = 0
  /// The line breaks so far: lines of the text and `<br>` tags.
  private var lineBreaks = 0
  /// Whether nothing has been appended since the cue's start or its last line break.
  private var atLineStart = true

  private mutating func note(_ finding: Finding) {
    if findings.count < Self.maximumFindings { findings.append(finding) }
  }

  /// Opens or closes a known tag (noting a close that matches no open tag, or closes others too),
  /// or says why it stays text.
  private mutating func handleTag(_ tag: String, line: Int, column: Int) -> TagOutcome {
    let lowered = tag.lowercased()
    if lowered.hasPrefix("/") {
      let name = String(lowered.dropFirst().filter { $0 != " " && $0 != "\t" })
      guard ["i", "b", "u", "font"].contains(name) else { return .unknown }
      flushText()
      guard let depth = stack.lastIndex(where: { $0.tag == name }) else {
        note((line, column, "</\(name)> closes no open tag; ignored"))
        return .handled
      }
      if depth < stack.count - 1 {
        note((line, column, "</\(name)> also closes <\(stack[stack.count - 1].tag)>, opened inside it"))
      }
      while stack.count > depth { closeInnermost() }
      return .handled
    }
    if lowered.hasPrefix("br"), lowered.dropFirst(2).allSatisfy({ $0 == " " || $0 == "\t" || $0 == "/" }) {
      guard lineBreaks < Cue.maximumLines - 1 else { return .unknown }
      flushText()
      if !atLineStart { append(.lineBreak) }  // no empty line: SRT cannot hold one
      note((line, column, "<\(tag)> read as a line break (as ffmpeg reads it)"))
      return .handled
    }
    let name = String(lowered.prefix { $0 != " " && $0 != "\t" })
    let style: SpanStyle
    switch name {
    case "i": style = .italic
    case "b": style = .bold
    case "u": style = .underline
    case "font": style = .color(Self.attribute("color", in: tag) ?? "")
    default: return .unknown
    }
    guard stack.count < InlineSpan.maximumNesting else { return .tooDeep }
    tagCount += 1
    guard tagCount <= Cue.maximumTags else { return .tooMany }
    flushText()
    stack.append((style, name, [], line, column))
    return .handled
  }

  private mutating func closeInnermost() {
    let open = stack.removeLast()
    if case .color(let color) = open.style, color.isEmpty {
      for child in open.children { append(child) }  // <font> without colour: keep only the text
    } else {
      append(.span(InlineSpan(open.style, children: open.children)))
    }
  }

  private mutating func append(_ node: InlineNode) {
    if case .lineBreak = node {
      lineBreaks += 1
      atLineStart = true
    } else {
      atLineStart = false
    }
    if stack.isEmpty {
      content.appendJoiningText(node)
    } else {
      stack[stack.count - 1].children.appendJoiningText(node)
    }
  }

  private mutating func flushText() {
    guard !text.isEmpty else { return }
    append(.text(String(decoding: text, as: UTF8.self)))
    text.removeAll(keepingCapacity: true)
  }

  /// The value of `name="value"` (quotes optional) inside a tag.
  static func attribute(_ name: String, in tag: String) -> String? {
    let lowered = tag.lowercased()
    guard let range = lowered.firstRange(of: name + "=") else { return nil }
    var value = lowered[range.upperBound...]
    if let quote = value.first, quote == "\"" || quote == "'" {
      value = value.dropFirst()
      return String(value.prefix { $0 != quote })
    }
    return String(value.prefix { $0 != " " && $0 != "\t" })
  }
}

/// The next position of one byte in a line, remembered so that a line of many openers and no
/// closer is searched once rather than once per opener.
private struct NextOccurrence {
  let byte: UInt8
  private var found: Int?
  private var exhausted = false

  init(of byte: UInt8) {
    self.byte = byte
  }

  /// The first position at or after `index` (which never decreases between calls) holding the byte.
  mutating func at(orAfter index: Int, in bytes: [UInt8]) -> Int? {
    if let found, found >= index { return found }
    guard !exhausted, index < bytes.count else { return nil }
    found = bytes[index...].firstIndex(of: byte)
    exhausted = found == nil
    return found
  }
}
