import SubtitleTimeline

extension Finding {
  /// A hash of what identifies the finding across runs and edits (rule, file, language, and the
  /// cue's text, else the message), as 16 hex digits: FNV-1a, 64 bits.
  ///
  /// Times are left out, so retiming a file keeps its findings' fingerprints.
  public var fingerprint: String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let text = anchor.plainText
    let key = [rule, location.file, language ?? "", text.isEmpty ? message : text]
    for byte in key.joined(separator: "\u{1F}").utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
