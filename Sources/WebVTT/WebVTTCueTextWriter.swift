import SubtitleTimeline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Serializes an inline tree as WebVTT cue text, escaping `&`, `<` and `>`.
struct WebVTTCueTextWriter {
  let output: TextOutput
  /// What the tree held that WebVTT cue text cannot say.
  private(set) var losses: [String] = []
  /// Whether a NUL was written as U+FFFD, as WebVTT parsers would read it anyway.
  private(set) var wroteNULAsReplacement = false
  private var lineIsEmpty = true

  init(output: TextOutput) {
    self.output = output
  }

  /// Writes a cue's whole content; an empty last line cannot be written (it would end the cue).
  mutating func writeCue(_ content: [InlineNode]) {
    write(content)
    if lineIsEmpty, content.lineCount > 1 { noteLoss("empty lines") }
  }

  mutating func write(_ nodes: [InlineNode]) {
    for node in nodes {
      switch node {
      case .text(let text):
        if !text.isEmpty { lineIsEmpty = false }
        writeEscaped(text)
      case .lineBreak:
        if lineIsEmpty {
          noteLoss("empty lines")  // an empty line would end the cue: the break is not written
        } else {
          output.write(byte: 0x0A)
          lineIsEmpty = true
        }
      case .timestamp(let time):
        output.write(byte: UInt8(ascii: "<"))
        output.write(clockMilliseconds: max(time.roundedMilliseconds, 0), separator: UInt8(ascii: "."))
        output.write(byte: UInt8(ascii: ">"))
      case .span(let span):
        writeSpan(span)
      }
    }
  }

  private mutating func writeSpan(_ span: InlineSpan) {
    let tag: String
    var annotation = ""
    switch span.style {
    case .italic: tag = "i"
    case .bold: tag = "b"
    case .underline: tag = "u"
    case .classOnly: tag = "c"
    case .ruby: tag = "ruby"
    case .rubyText: tag = "rt"
    case .voice(let name):
      tag = "v"
      annotation = name
    case .language(let language):
      tag = "lang"
      annotation = language
    case .color:
      noteLoss("text colour")
      write(span.children)
      return
    }
    var classes = span.classes
    // `--` before the tag's `>` would make `-->`, which ends the cue: the hyphens are dropped.
    if annotation.hasSuffix("--") {
      annotation = Self.withoutTrailingHyphens(annotation)
      noteLoss("hyphens before a tag's '>'")
    }
    if annotation.isEmpty, let last = classes.last, last.hasSuffix("--") {
      classes.removeLast()
      if case let name = Self.withoutTrailingHyphens(last), !name.isEmpty { classes.append(name) }
      noteLoss("hyphens before a tag's '>'")
    }
    output.write(byte: UInt8(ascii: "<"))
    output.write(tag)
    for name in classes {
      output.write(byte: UInt8(ascii: "."))
      output.write(name)
    }
    if !annotation.isEmpty {
      output.write(byte: UInt8(ascii: " "))
      writeEscaped(annotation)
    }
    output.write(byte: UInt8(ascii: ">"))
    write(span.children)
    output.write("</")
    output.write(tag)
    output.write(byte: UInt8(ascii: ">"))
  }

  private mutating func writeEscaped(_ text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ writeEscaped(bytes: $0) }) == nil {
      var copy = text
      copy.withUTF8 { writeEscaped(bytes: $0) }
    }
  }

  /// Writes text with `&`, `<` and `>` escaped, and NUL as U+FFFD (WebVTT parsers turn NUL into
  /// U+FFFD anyway, §6.1; the change is reported).
  private mutating func writeEscaped(bytes: UnsafeBufferPointer<UInt8>) {
    guard
      ByteComparison.occurrences(of: UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), in: bytes) != 0
        || bytes.baseAddress.map({ memchr($0, 0, bytes.count) != nil }) == true
    else {
      output.write(bytes: bytes)
      return
    }
    var start = 0
    for index in 0..<bytes.count {
      let escape: StaticString
      switch bytes[index] {
      case UInt8(ascii: "&"): escape = "&amp;"
      case UInt8(ascii: "<"): escape = "&lt;"
      case UInt8(ascii: ">"): escape = "&gt;"
      case 0:
        escape = "\u{FFFD}"
        wroteNULAsReplacement = true
      default: continue
      }
      output.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
      output.write(bytes: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
      start = index + 1
    }
    output.write(bytes: UnsafeBufferPointer(rebasing: bytes[start...]))
  }

  /// `text` without the hyphens that end it.
  private static func withoutTrailingHyphens(_ text: String) -> String {
    String(text.reversed().drop { $0 == "-" }.reversed())
  }

  private mutating func noteLoss(_ what: String) {
    if !losses.contains(what) { losses.append(what) }
  }
}
