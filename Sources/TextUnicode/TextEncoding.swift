internal import CICU
import SubtitleTimeline

/// A character encoding by its ICU name (`UTF-8`, `GB18030`, `Big5`, `UTF-16LE` …), and how sure detection was.
public struct TextEncoding: Sendable, Hashable, CustomStringConvertible {
  /// The encoding's ICU name.
  public var name: String
  /// Detection's confidence from 0 to 100; 100 for a byte order mark or a name the user gave.
  public var confidence: Int
  /// Whether an XML declaration named this encoding (then reading in it is no guess to warn about).
  public var isDeclared = false
  /// The encoding an XML declaration named that the bytes contradict (UTF-8 text with more than
  /// ASCII in it, declared otherwise), if any.
  public var contradictedDeclaration: String?

  /// An encoding named by the user (`--input-encoding gbk`); nil when ICU does not know the name.
  public init?(name: String) {
    var status = U_ZERO_ERROR
    guard let converter = subkit_ucnv_open(name, &status), status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
    defer { subkit_ucnv_close(converter) }
    self.name = subkit_ucnv_getName(converter, &status).map { String(cString: $0) } ?? name
    confidence = 100
  }

  private init(detected name: String, confidence: Int) {
    self.name = name
    self.confidence = confidence
  }

  /// UTF-8, which needs no converting.
  public static let utf8 = TextEncoding(detected: "UTF-8", confidence: 100)

  /// Whether this is UTF-8 (text is read as it is).
  public var isUTF8: Bool { name.uppercased() == "UTF-8" }

  /// Whether ICU's converter starts what it writes with a byte order mark of its own (`UTF-16` and
  /// `UTF-32` without an order in the name do; `UTF-16LE` does not).
  public var writesByteOrderMark: Bool { ["UTF-16", "UTF-32"].contains(name.uppercased()) }

  /// `GB18030 (detected, 85% sure)` and the like.
  public var description: String { confidence == 100 ? name : "\(name) (detected, \(confidence)% sure)" }

  /// The encoding of a text from its first bytes: a byte order mark (UTF-8, UTF-16 or UTF-32); else the encoding an XML
  /// declaration names other than UTF-8, unless the bytes are UTF-8 with more than ASCII in them
  /// (then `contradictedDeclaration` says what it named); else UTF-8 if the
  /// bytes are valid UTF-8; else UTF-16 without a byte order mark, told from where line feeds and
  /// NULs fall; else ICU's charset detection, where a guess under 50% sure that would replace bytes
  /// gives way to the first that reads them all (random bytes are no UTF-16 that warns at every
  /// other character).
  public static func detect(_ prefix: [UInt8]) -> TextEncoding {
    if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
    // ICU's "UTF-32" and "UTF-16" read the byte order mark, and take it away. UTF-32's little-endian
    // mark begins as UTF-16's does, so it is looked for first.
    if prefix.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || prefix.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
      return TextEncoding(detected: "UTF-32", confidence: 100)
    }
    if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
      return TextEncoding(detected: "UTF-16", confidence: 100)
    }
    let utf8 = isUTF8(prefix)
    if let declared = declaredInXML(prefix), !declared.isUTF8 {
      guard utf8, !prefix.allSatisfy({ $0 < 0x80 }) else { return declared }
      var contradicted = TextEncoding.utf8
      contradicted.contradictedDeclaration = declared.name
      return contradicted
    }
    if utf8 { return .utf8 }
    if let utf16 = utf16WithoutMark(prefix) { return utf16 }
    if isMostlyUTF8(prefix) { return .utf8 }  // a few bad bytes in UTF-8 text: replaced, not re-read
    // ICU's guesses, a Chinese multi-byte encoding first: subtitles here are Chinese, and on short
    // texts ICU's first choice is often a Latin encoding.
    let guesses = icuGuesses(prefix)
    let guess =
      guesses.first { Self.chinese.contains($0.name) && $0.confidence >= 10 }
      ?? guesses.first { $0.confidence >= 50 || readsCleanly(prefix, as: $0.name) } ?? guesses.first
    if guess.map({ $0.confidence < 90 || Self.chinese.contains($0.name) }) ?? true,
      let chinese = mostPlausibleChinese(prefix, over: guess)
    {
      return chinese
    }
    return guess ?? TextEncoding(detected: "GB18030", confidence: 10)
  }

  /// The encoding `<?xml version="1.0" encoding="…"?>` names at the very start, when a converter
  /// opens it and the declaration reads the same in it as in ASCII (so not UTF-16, UTF-32 or
  /// EBCDIC, whose declarations would not be ASCII bytes); not UTF-7, which no file means.
  private static func declaredInXML(_ prefix: [UInt8]) -> TextEncoding? {
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
    guard prefix.starts(with: Array("<?xml".utf8)), prefix.count > 5, isSpace(prefix[5]),
      let close = prefix.prefix(200).firstRange(of: Array("?>".utf8))
    else { return nil }
    let declaration = prefix[..<close.lowerBound]
    guard let key = declaration.firstRange(of: Array("encoding".utf8)) else { return nil }
    var rest = declaration[key.upperBound...].drop(while: isSpace)
    guard rest.first == UInt8(ascii: "=") else { return nil }
    rest = rest.dropFirst().drop(while: isSpace)
    guard let quote = rest.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
    let name = rest.dropFirst().prefix { $0 != quote }
    guard !name.isEmpty, name.count < 40, name.allSatisfy({ $0 < 0x80 }) else { return nil }
    var text = String(decoding: name, as: UTF8.self).uppercased()
    if ["GB2312", "GBK"].contains(text) { text = "GB18030" }  // as detection does: the superset loses nothing
    let ascii = Array(prefix[..<close.upperBound])
    guard text != "UTF-7", var encoding = TextEncoding(name: text),
      decode(ascii, as: encoding.name) == String(decoding: ascii, as: UTF8.self)
    else { return nil }
    encoding.isDeclared = true
    return encoding
  }

  /// The Chinese encodings told apart by decoding: ICU's detector often cannot on short texts.
  private static let chinese = ["GB18030", "Big5"]

  /// Of GB18030 and Big5, the one whose decoding reads most like Chinese text (Han characters and
  /// CJK punctuation, no undecodable bytes, box drawing, Cyrillic or private use), if any does.
  private static func mostPlausibleChinese(_ bytes: [UInt8], over guess: TextEncoding?) -> TextEncoding? {
    var best: (encoding: TextEncoding, score: Int)?
    for name in chinese {
      guard let text = decode(bytes, as: name) else { continue }
      var score = 0
      for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF00...0xFFEF: score += 1
        case 0x2500...0x257F, 0x0400...0x04FF, 0x0370...0x03FF, 0xE000...0xF8FF, 0xFFFD: score -= 3
        default: break
        }
      }
      if score > (best?.score ?? 0) {
        best = (TextEncoding(detected: name, confidence: guess?.name == name ? 90 : 60), score)
      }
    }
    return best?.encoding
  }

  /// Whether `bytes` decode as `name` with no byte replaced, but for a character the prefix may cut
  /// at its end.
  private static func readsCleanly(_ bytes: [UInt8], as name: String) -> Bool {
    guard let text = decode(bytes, as: name) else { return false }
    return !text.unicodeScalars.dropLast(2).contains("\u{FFFD}")
  }

  /// `bytes` decoded as `name`, or nil when the converter cannot be opened.
  private static func decode(_ bytes: [UInt8], as name: String) -> String? {
    guard let encoding = TextEncoding(name: name),
      let source = try? TranscodingByteSource(MemoryByteSource(bytes), from: encoding, sourceName: "")
    else { return nil }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while let count = try? chunk.withUnsafeMutableBytes({ try source.read(into: $0) }), count > 0 {
      output.append(contentsOf: chunk[0..<count])
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Valid UTF-8, allowing a sequence cut off at the end of the prefix.
  private static func isUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      if SourceText.isValidUTF8(buffer) { return true }
      for cut in 1...3 where buffer.count > cut {
        if SourceText.isValidUTF8(UnsafeBufferPointer(rebasing: buffer.dropLast(cut))) {
          return buffer[buffer.count - cut] >= 0xC0  // only a truncated lead and its continuation bytes
        }
      }
      return false
    }
  }

  /// Whether `bytes` are UTF-8 but for a few bad bytes.
  ///
  /// At least 4 multi-byte characters, and no more than one bad byte for each 4 of them. GB18030
  /// or Big5 text makes a valid UTF-8 pair from about one character in twelve, and bad bytes from
  /// the rest: ten times as many.
  private static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
    var characters = 0
    var bad = 0
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length = lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0
      let valid =
        length > 0 && index + length <= bytes.count
        && bytes[(index + 1)..<(index + length)].allSatisfy { $0 & 0xC0 == 0x80 }
      if !valid {
        bad += 1
        index += 1
        continue
      }
      if length > 1 { characters += 1 }
      index += length
    }
    return characters >= 4 && bad * 4 <= characters
  }

  /// UTF-16 without a byte order mark, told by where its line feeds fall, when it reads with no
  /// byte replaced (binary holds a `0A 00` here and there too).
  ///
  /// Each is `0A 00` (LE) or `00 0A` (BE) at an even offset. ICU's detector cannot tell LE from BE
  /// on Han text; this can.
  private static func utf16WithoutMark(_ bytes: [UInt8]) -> TextEncoding? {
    var little = 0
    var big = 0
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == 0x0A && bytes[index + 1] == 0 { little += 1 }
      if bytes[index] == 0 && bytes[index + 1] == 0x0A { big += 1 }
      index += 2
    }
    guard max(little, big) >= 1, little != big else { return nil }
    let name = little > big ? "UTF-16LE" : "UTF-16BE"
    return readsCleanly(bytes, as: name) ? TextEncoding(detected: name, confidence: 90) : nil
  }

  /// ICU's guesses, most confident first, each an encoding a converter opens.
  private static func icuGuesses(_ bytes: [UInt8]) -> [TextEncoding] {
    var status = U_ZERO_ERROR
    guard let detector = subkit_ucsdet_open(&status) else { return [] }
    defer { subkit_ucsdet_close(detector) }
    return bytes.withUnsafeBufferPointer { buffer -> [TextEncoding] in
      buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text -> [TextEncoding] in
        subkit_ucsdet_setText(detector, text, Int32(buffer.count), &status)
        var count: Int32 = 0
        guard let matches = subkit_ucsdet_detectAll(detector, &count, &status), status.rawValue <= U_ZERO_ERROR.rawValue
        else { return [] }
        var guesses: [TextEncoding] = []
        for index in 0..<Int(count) {
          guard let match = matches[index], let name = subkit_ucsdet_getName(match, &status) else { continue }
          var detected = String(cString: name)
          // GB2312 and GBK text is a subset of GB18030: decode with the superset so nothing valid is lost.
          if ["GB2312", "GBK", "GB18030"].contains(detected) { detected = "GB18030" }
          // The detector names visual and logical orders of EBCDIC Arabic and Hebrew (IBM420_ltr),
          // which are no converter's names: keep only what a converter can read.
          if detected.hasSuffix("_ltr") || detected.hasSuffix("_rtl") { detected = String(detected.dropLast(4)) }
          guard TextEncoding(name: detected) != nil else { continue }
          guesses.append(TextEncoding(detected: detected, confidence: Int(subkit_ucsdet_getConfidence(match, &status))))
        }
        return guesses
      } ?? []
    }
  }
}
