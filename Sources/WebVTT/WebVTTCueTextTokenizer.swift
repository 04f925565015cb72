/// The WebVTT cue text tokenizer (W3C WebVTT §6.4): text, start tags, end tags and timestamps.
struct WebVTTCueTextTokenizer {
  /// One token of cue text.
  enum Token {
    case text(String)
    case startTag(name: String, classes: [String], annotation: String)
    case endTag(String)
    case timestamp(String)
  }

  private let input: [Unicode.Scalar]
  private var position = 0

  init(_ input: [Unicode.Scalar]) {
    self.input = input
  }

  /// The next token, or nil at the end of the text.
  mutating func next() -> Token? {
    guard position < input.count else { return nil }
    if input[position] == "<" {
      position += 1
      return tag()
    }
    var result = ""
    while position < input.count {
      let scalar = input[position]
      if scalar == "<" { break }
      position += 1
      if scalar == "&" {
        result += characterReference(inAttribute: false)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return .text(result)
  }

  /// The tag state, entered after `<`.
  private mutating func tag() -> Token {
    guard position < input.count else { return .startTag(name: "", classes: [], annotation: "") }
    let scalar = input[position]
    switch scalar {
    case "\t", "\n", "\u{0C}", " ":
      position += 1
      return .startTag(name: "", classes: [], annotation: annotation(""))
    case ".":
      position += 1
      return startTagClasses(name: "")
    case "/":
      position += 1
      return .endTag(collect(until: ">"))
    case "0"..."9":
      return .timestamp(collect(until: ">"))
    case ">":
      position += 1
      return .startTag(name: "", classes: [], annotation: "")
    default:
      return startTag()
    }
  }

  private mutating func startTag() -> Token {
    var name = ""
    while position < input.count {
      let scalar = input[position]
      position += 1
      switch scalar {
      case "\t", "\u{0C}", " ": return .startTag(name: name, classes: [], annotation: annotation(""))
      case "\n": return .startTag(name: name, classes: [], annotation: annotation("\n"))
      case ".": return startTagClasses(name: name)
      case ">": return .startTag(name: name, classes: [], annotation: "")
      default: name.unicodeScalars.append(scalar)
      }
    }
    return .startTag(name: name, classes: [], annotation: "")
  }

  private mutating func startTagClasses(name: String) -> Token {
    var classes: [String] = []
    var buffer = ""
    while position < input.count {
      let scalar = input[position]
      position += 1
      switch scalar {
      case "\t", "\u{0C}", " ":
        classes.append(buffer)
        return .startTag(name: name, classes: classes, annotation: annotation(""))
      case "\n":
        classes.append(buffer)
        return .startTag(name: name, classes: classes, annotation: annotation("\n"))
      case ".":
        classes.append(buffer)
        buffer = ""
      case ">":
        classes.append(buffer)
        return .startTag(name: name, classes: classes, annotation: "")
      default:
        buffer.unicodeScalars.append(scalar)
      }
    }
    classes.append(buffer)
    return .startTag(name: name, classes: classes, annotation: "")
  }

  /// The annotation state: up to `>`, with character references, whitespace collapsed.
  private mutating func annotation(_ start: String) -> String {
    var buffer = start
    while position < input.count {
      let scalar = input[position]
      position += 1
      if scalar == ">" { break }
      if scalar == "&" {
        buffer += characterReference(inAttribute: true)
      } else {
        buffer.unicodeScalars.append(scalar)
      }
    }
    return buffer.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" || $0 == "\r" })
      .joined(separator: " ")
  }

  private mutating func collect(until terminator: Unicode.Scalar) -> String {
    var result = ""
    while position < input.count {
      let scalar = input[position]
      position += 1
      if scalar == terminator { break }
      result.unicodeScalars.append(scalar)
    }
    return result
  }

  /// HTML's "consume a character reference", entered after `&`; returns the text it stands for.
  private mutating func characterReference(inAttribute: Bool) -> String {
    guard position < input.count else { return "&" }
    let scalar = input[position]
    if scalar == "#" { return numericReference() }
    guard Self.isAlphanumeric(scalar) else { return "&" }
    var candidate = ""
    var index = position
    while index < input.count, candidate.utf8.count < HTMLCharacterReferences.longestName {
      let next = input[index]
      guard Self.isAlphanumeric(next) || next == ";" else { break }
      candidate.unicodeScalars.append(next)
      index += 1
      if next == ";" { break }
    }
    var length = candidate.unicodeScalars.count
    while length > 0 {
      let name = Substring(candidate).prefix(length)
      if let value = HTMLCharacterReferences.table[name] {
        let following = position + length < input.count ? input[position + length] : nil
        if inAttribute, name.last != ";", let following,
          following == "=" || Self.isAlphanumeric(following)
        {
          return "&"
        }
        position += length
        return value
      }
      length -= 1
    }
    return "&"
  }

  private mutating func numericReference() -> String {
    var index = position + 1
    var radix: UInt32 = 10
    if index < input.count, input[index] == "x" || input[index] == "X" {
      radix = 16
      index += 1
    }
    var value: UInt32 = 0
    let digitsStart = index
    while index < input.count, let digit = Self.digitValue(input[index], radix: radix) {
      value = min(value &* radix &+ digit, 0x11_0000)
      index += 1
    }
    guard index > digitsStart else { return "&" }
    if index < input.count, input[index] == ";" { index += 1 }
    position = index
    return String(Character(Self.scalar(forReference: value)))
  }

  private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "0"..."9", "a"..."z", "A"..."Z": true
    default: false
    }
  }

  private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
    switch scalar {
    case "0"..."9": scalar.value - 0x30
    case "a"..."f" where radix == 16: scalar.value - 0x61 + 10
    case "A"..."F" where radix == 16: scalar.value - 0x41 + 10
    default: nil
    }
  }

  /// The character a numeric reference stands for, with HTML's replacements for C1 controls.
  private static func scalar(forReference value: UInt32) -> Unicode.Scalar {
    if value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return "\u{FFFD}" }
    if (0x80...0x9F).contains(value), let replacement = windows1252[value] { return replacement }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  private static let windows1252: [UInt32: Unicode.Scalar] = [
    0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}",
    0x86: "\u{2020}", 0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}",
    0x8B: "\u{2039}", 0x8C: "\u{0152}", 0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}",
    0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}",
    0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}", 0x9C: "\u{0153}",
    0x9E: "\u{017E}", 0x9F: "\u{0178}",
  ]
}
