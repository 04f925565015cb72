import SubtitleTimeline

/// The timing line of a cue, `start --> end settings`, and the settings' W3C parsing rules.
enum WebVTTCueSettings {
  /// Reads `start --> end [settings]`; nil when the timings are invalid.
  static func parseTimingLine(
    _ line: UnsafeBufferPointer<UInt8>, regions: [String: Int]
  ) -> (start: MediaTime, end: MediaTime, placement: CuePlacement)? {
    var cursor = ByteCursor(line)
    skipWhitespace(&cursor)
    guard let start = WebVTTTimestamp.collect(&cursor) else { return nil }
    skipWhitespace(&cursor)
    guard cursor.skip("-->") else { return nil }
    skipWhitespace(&cursor)
    guard let end = WebVTTTimestamp.collect(&cursor) else { return nil }
    let remainder = UnsafeBufferPointer(rebasing: line[cursor.index...])
    return (start, end, parseSettings(remainder, regions: regions))
  }

  /// Applies each `name:value` setting in turn; invalid ones are skipped, as the spec says.
  static func parseSettings(_ text: UnsafeBufferPointer<UInt8>, regions: [String: Int]) -> CuePlacement {
    var placement = CuePlacement()
    for setting in text.split(whereSeparator: isASCIIWhitespace) {
      guard let colon = setting.firstIndex(of: UInt8(ascii: ":")), colon != setting.startIndex,
        colon != setting.index(before: setting.endIndex)
      else { continue }
      let name = String(decoding: setting[..<colon], as: UTF8.self)
      let value = String(decoding: setting[(colon + 1)...], as: UTF8.self)
      apply(name: name, value: value, to: &placement, regions: regions)
    }
    return placement
  }

  private static func apply(name: String, value: String, to placement: inout CuePlacement, regions: [String: Int]) {
    switch name {
    case "region":
      placement.region = regions[value] != nil ? value : nil
    case "vertical":
      if value == "rl" { placement.vertical = .rightToLeft }
      if value == "lr" { placement.vertical = .leftToRight }
    case "line":
      applyLine(value, to: &placement)
    case "position":
      let (position, alignment) = splitAtComma(value)
      guard let number = parsePercentage(position) else { return }
      var positionAlign = PositionAlignment.auto
      if let alignment {
        guard let parsed = PositionAlignment(rawValue: alignment), parsed != .auto else { return }
        positionAlign = parsed
      }
      placement.position = number
      placement.positionAlign = positionAlign
    case "size":
      if let number = parsePercentage(value) { placement.size = number }
    case "align":
      if let alignment = TextAlignment(rawValue: value) { placement.align = alignment }
    default:
      break
    }
  }

  private static func applyLine(_ value: String, to placement: inout CuePlacement) {
    let (position, alignmentText) = splitAtComma(value)
    guard position.utf8.contains(where: WebVTTTimestamp.isDigit) else { return }
    let line: LinePosition
    if position.hasSuffix("%") {
      guard let number = parsePercentage(position) else { return }
      line = .percentage(number)
    } else {
      let bytes = Array(position.utf8)
      guard bytes.allSatisfy({ WebVTTTimestamp.isDigit($0) || $0 == 0x2D || $0 == 0x2E }),
        !bytes.dropFirst().contains(0x2D), bytes.filter({ $0 == 0x2E }).count <= 1
      else { return }
      if let dot = bytes.firstIndex(of: 0x2E) {
        guard dot > 0, dot < bytes.count - 1, WebVTTTimestamp.isDigit(bytes[dot - 1]),
          WebVTTTimestamp.isDigit(bytes[dot + 1])
        else { return }
      }
      guard let number = PlainDecimal.parse(position) else { return }
      line = .number(number)
    }
    var alignment = LineAlignment.start
    if let alignmentText {
      guard let parsed = LineAlignment(rawValue: alignmentText) else { return }
      alignment = parsed
    }
    placement.line = line
    placement.lineAlign = alignment
  }

  /// Reads REGION block settings into a region; invalid settings are skipped.
  static func parseRegion(_ text: String) -> Region {
    var region = Region(id: "")
    for setting in text.utf8.split(whereSeparator: isASCIIWhitespace) {
      guard let colon = setting.firstIndex(of: UInt8(ascii: ":")), colon != setting.startIndex,
        colon != setting.index(before: setting.endIndex)
      else { continue }
      let name = String(decoding: setting[..<colon], as: UTF8.self)
      let value = String(decoding: setting[setting.index(after: colon)...], as: UTF8.self)
      switch name {
      case "id":
        region.id = value
      case "width":
        if let width = parsePercentage(value) { region.width = width }
      case "lines":
        // Any number of digits (§6.2); one too large for a Double is ignored like any invalid value.
        if value.utf8.allSatisfy(WebVTTTimestamp.isDigit), let lines = PlainDecimal.parse(value) {
          region.lines = lines
        }
      case "regionanchor":
        if let (x, y) = parseAnchor(value) { (region.regionAnchorX, region.regionAnchorY) = (x, y) }
      case "viewportanchor":
        if let (x, y) = parseAnchor(value) { (region.viewportAnchorX, region.viewportAnchorY) = (x, y) }
      case "scroll":
        if value == "up" { region.scrollsUp = true }
      default:
        break
      }
    }
    return region
  }

  private static func parseAnchor(_ value: String) -> (Double, Double)? {
    let (x, y) = splitAtComma(value)
    guard let y, let anchorX = parsePercentage(x), let anchorY = parsePercentage(y) else { return nil }
    return (anchorX, anchorY)
  }

  /// A WebVTT percentage: digits, optionally `.` and digits, then `%`, between 0 and 100.
  static func parsePercentage(_ text: String) -> Double? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 2, bytes.last == UInt8(ascii: "%") else { return nil }
    let number = bytes.dropLast()
    let parts = number.split(separator: 0x2E, omittingEmptySubsequences: false)
    guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(WebVTTTimestamp.isDigit) }),
      let value = Double(String(decoding: number, as: UTF8.self)), value >= 0, value <= 100
    else { return nil }
    return value
  }

  private static func splitAtComma(_ value: String) -> (String, String?) {
    guard let comma = value.firstIndex(of: ",") else { return (value, nil) }
    return (String(value[..<comma]), String(value[value.index(after: comma)...]))
  }

  private static func skipWhitespace(_ cursor: inout ByteCursor) {
    while !cursor.atEnd && isASCIIWhitespace(cursor.bytes[cursor.index]) { cursor.index += 1 }
  }
}
