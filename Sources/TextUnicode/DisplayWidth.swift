internal import CICU

/// Measures text in terminal columns: a grapheme cluster is 2 columns when it is East Asian Wide or
/// Fullwidth or an emoji, 0 when it is only marks, format or control characters, else 1.
///
/// East Asian Width `A` (ambiguous, such as `“`) counts 1, as it does outside CJK terminals. Each
/// Basic Multilingual Plane character is asked of ICU once and remembered; text whose characters all
/// stand alone is summed character by character, other text is measured by Swift's grapheme clusters.
/// One measure serves one thread.
public final class DisplayWidth {
  /// For each BMP scalar: 0 not asked yet, else 1 + width, plus `joins` when it may join a cluster.
  private let known = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0x1_0000)
  private static let joins: UInt8 = 0x10

  /// A measure that has asked about nothing yet.
  public init() {
    known.initialize(repeating: 0)
  }

  deinit {
    known.deallocate()
  }

  /// The columns `text` takes.
  public func columns(of text: String) -> Int {
    var total = 0
    for scalar in text.unicodeScalars {
      let entry = self.entry(scalar)
      if entry & Self.joins != 0 { return clusterColumns(of: text) }
      total += Int(entry & 0x0F) - 1
    }
    return total
  }

  /// The columns one grapheme cluster takes.
  public func columns(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    let emojiStyle = scalars.contains("\u{FE0F}")  // asked once: clusters can be long joiner chains
    var widest = 0
    for scalar in scalars {
      if Self.isEmoji(scalar, emojiStyle: emojiStyle) { return 2 }
      widest = max(widest, Self.width(of: scalar))
    }
    return widest
  }

  /// Whether `character` belongs to East Asian text that runs without spaces: Han, kana, bopomofo,
  /// and wide or fullwidth punctuation (`，`, `「`), but not emoji or Hangul, which take spaces.
  public static func isSpacelessScript(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first, scalar.value >= 0x2E80 else { return false }
    let code = Int32(bitPattern: scalar.value)
    switch subkit_u_getIntPropertyValue(code, UCHAR_SCRIPT) {
    case Int32(USCRIPT_HAN.rawValue), Int32(USCRIPT_HIRAGANA.rawValue), Int32(USCRIPT_KATAKANA.rawValue),
      Int32(USCRIPT_BOPOMOFO.rawValue):
      return true
    default:
      return Character(scalar).isPunctuation && width(of: scalar) == 2
    }
  }

  private func clusterColumns(of text: String) -> Int {
    text.reduce(0) { $0 + columns(of: $1) }
  }

  private func entry(_ scalar: Unicode.Scalar) -> UInt8 {
    guard scalar.value < 0x1_0000 else { return Self.joins }  // rare outside the BMP: measure by cluster
    let slot = Int(scalar.value)
    if known[slot] == 0 {
      let joins = Self.mayJoin(scalar) || Self.isEmoji(scalar, emojiStyle: false)
      known[slot] = UInt8(1 + Self.width(of: scalar)) | (joins ? Self.joins : 0)
    }
    return known[slot]
  }

  /// 2 for East Asian Wide and Fullwidth, 0 for marks, format and control characters, else 1.
  private static func width(of scalar: Unicode.Scalar) -> Int {
    let code = Int32(bitPattern: scalar.value)
    let eastAsian = subkit_u_getIntPropertyValue(code, UCHAR_EAST_ASIAN_WIDTH)
    if eastAsian == Int32(U_EA_WIDE.rawValue) || eastAsian == Int32(U_EA_FULLWIDTH.rawValue) { return 2 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator: return 0
    default: return 1
    }
  }

  /// Whether `scalar` can belong to a cluster with its neighbours (a mark, joiner, selector, jamo …).
  private static func mayJoin(_ scalar: Unicode.Scalar) -> Bool {
    let breakClass = subkit_u_getIntPropertyValue(Int32(bitPattern: scalar.value), UCHAR_GRAPHEME_CLUSTER_BREAK)
    return breakClass != Int32(U_GCB_OTHER.rawValue) && breakClass != Int32(U_GCB_CONTROL.rawValue)
  }

  /// Whether `scalar` shows as an emoji: by default, or as a pictograph or keycap in a cluster
  /// with U+FE0F (`emojiStyle`).
  private static func isEmoji(_ scalar: Unicode.Scalar, emojiStyle: Bool) -> Bool {
    let code = Int32(bitPattern: scalar.value)
    if subkit_u_hasBinaryProperty(code, UCHAR_EMOJI_PRESENTATION) != 0 { return true }
    guard emojiStyle else { return false }
    return scalar == "\u{20E3}" || subkit_u_hasBinaryProperty(code, UCHAR_EXTENDED_PICTOGRAPHIC) != 0
  }
}
