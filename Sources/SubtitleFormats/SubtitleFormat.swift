/// The formats subkit reads and writes.
public enum SubtitleFormat: String, Sendable, CaseIterable {
  /// SubRip, `.srt`.
  case srt
  /// WebVTT, `.vtt`.
  case vtt
  /// The timeline model as one JSON document, `.json`.
  case json
  /// The timeline model as JSON Lines: a header line, then a cue per line, `.jsonl`.
  case jsonl
  /// TTML / IMSC, `.ttml` (also `.dfxp` and `.xml`).
  case ttml

  /// The format a user names: `srt`, `subrip`, `vtt`, `webvtt`, `json`, `jsonl`, any case.
  public init?(name: String) {
    switch name.lowercased() {
    case "srt", "subrip": self = .srt
    case "vtt", "webvtt": self = .vtt
    case "json": self = .json
    case "jsonl", "ndjson": self = .jsonl
    case "ttml", "dfxp", "xml", "imsc": self = .ttml
    default: return nil
    }
  }

  /// The format a file name's extension says, if any.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    self.init(name: String(path[path.index(after: dot)...]))
  }

  /// The format the first bytes of a file show, if they are clear enough.
  public init?(sniffing prefix: [UInt8]) {
    var bytes = prefix[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    bytes = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    if bytes.starts(with: Array("WEBVTT".utf8)) {
      self = .vtt
    } else if bytes.first == UInt8(ascii: "<") {
      self = .ttml
    } else if bytes.first == UInt8(ascii: "{") {
      let firstLine = bytes.prefix { $0 != 0x0A }
      self = firstLine.starts(with: Array("{\"kind\":\"header\"".utf8)) ? .jsonl : .json
    } else if Self.containsTimingArrow(bytes.prefix(4096)) {
      self = .srt
    } else {
      return nil
    }
  }

  private static func containsTimingArrow(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.indices.contains { index in
      index + 2 < bytes.endIndex && bytes[index] == 0x2D && bytes[index + 1] == 0x2D && bytes[index + 2] == 0x3E
    }
  }
}
