import SubtitleTimeline

/// Tells Traditional Chinese from Simplified by the characters only Traditional text uses.
///
/// A character is a Traditional form when ICU's `Hant-Hans` transform changes it and `Hans-Hant`
/// turns the result back into it (`們` → `们` → `們`); a variant `Hant-Hans` merely folds, such as
/// `俱` → `具` → `具`, is not. Characters in GB2312, the Simplified character set, are never Traditional
/// only (`著` in `著名`), and asking GB2312 first spares most Simplified files the cost of opening the
/// transforms. Each character is asked about once and remembered. One detector serves one reader: it is
/// not shared between threads.
public final class ChineseScriptDetector {
  /// For U+3400…U+9FFF: 0 not asked yet, 1 also Simplified, 2 Traditional only.
  private let states = UnsafeMutableBufferPointer<UInt8>.allocate(
    capacity: Int(ChineseScriptDetector.last - ChineseScriptDetector.first + 1))
  private var simplifiedSet: EncodingRepertoire?
  private var toSimplified: Transliterator?
  private var toTraditional: Transliterator?
  private var openedSet = false
  private var openedTransforms = false
  private static let first: UInt32 = 0x3400
  private static let last: UInt32 = 0x9FFF

  /// A detector that has asked about nothing yet.
  public init() {
    states.initialize(repeating: 0)
  }

  deinit {
    states.deallocate()
  }

  /// `zh-Hant` when the UTF-8 text has a character only Traditional text uses, else `zh-Hans`.
  public func language(of bytes: UnsafeBufferPointer<UInt8>) -> String {
    var index = 0
    while index + 2 < bytes.count {
      let lead = bytes[index]
      guard lead >= 0xE3 && lead <= 0xE9 else {
        index += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        continue
      }
      let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
      if scalar >= Self.first && scalar <= Self.last && isTraditional(scalar) {
        return LineLanguages.traditionalChinese
      }
      index += 3
    }
    return LineLanguages.chinese
  }

  /// `zh-Hant` when `text` has a character only Traditional text uses, else `zh-Hans`.
  public func language(of text: String) -> String {
    var text = text
    return text.withUTF8 { language(of: $0) }
  }

  /// The characters of `text` only Traditional text uses, in order of first use, each once.
  public func traditionalCharacters(in text: String) -> [Character] {
    var found: [Character] = []
    for scalar in text.unicodeScalars where scalar.value >= Self.first && scalar.value <= Self.last {
      if isTraditional(scalar.value), !found.contains(Character(scalar)) { found.append(Character(scalar)) }
    }
    return found
  }

  private func isTraditional(_ scalar: UInt32) -> Bool {
    let slot = Int(scalar - Self.first)
    if states[slot] == 0 { states[slot] = ask(scalar) ? 2 : 1 }
    return states[slot] == 2
  }

  private func ask(_ scalar: UInt32) -> Bool {
    guard let character = Unicode.Scalar(scalar) else { return false }
    if !openedSet {
      openedSet = true
      simplifiedSet = EncodingRepertoire("GB2312")
    }
    if simplifiedSet?.contains(character) == true { return false }
    if !openedTransforms {
      openedTransforms = true
      toSimplified = Transliterator.toSimplified()
      toTraditional = Transliterator.toTraditional()
    }
    guard let toSimplified, let toTraditional else { return false }
    let original = String(character)
    let simplified = toSimplified.transform(original)
    return simplified != original && toTraditional.transform(simplified) == original
  }
}
