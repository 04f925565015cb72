import SubtitleTimeline
import TextUnicode

/// Why a JSON value does not describe the model, and the byte offset of the object at fault.
struct JSONShapeError: Error {
  var offset: Int
  var message: String
}

/// Maps parsed JSON back onto the timeline model; the inverse of `TimelineJSONWriter`.
enum TimelineJSONDecoding {
  static func header(_ object: JSONObject) throws(JSONShapeError) -> DocumentHeader {
    var header = DocumentHeader()
    header.title = try object.string("title") ?? ""
    header.styleSheets = try object.strings("styleSheets")
    header.comments = try object.strings("comments")
    for value in try object.array("regions") {
      header.regions.append(try region(try value.object(in: object)))
    }
    header.language = try object.string("language")
    if case .object(let rates) = object.members["timeRates"] {
      header.timeRates = try timeRates(rates)
    }
    return header
  }

  static func timeRates(_ object: JSONObject) throws(JSONShapeError) -> TimeRates {
    func pair(_ key: String) throws(JSONShapeError) -> (Int64, Int64)? {
      let values = try object.array(key)
      guard !values.isEmpty else { return nil }
      guard values.count == 2, case .number(let a) = values[0], case .number(let b) = values[1],
        let first = Int64(exactly: a), let second = Int64(exactly: b), first > 0, second > 0, first < 1 << 40,
        second < 1 << 40
      else { throw JSONShapeError(offset: object.offset, message: "\"\(key)\" should be two positive whole numbers") }
      return (first, second)
    }
    func whole(_ key: String) throws(JSONShapeError) -> Int64? {
      guard let value = try object.number(key) else { return nil }
      guard let whole = Int64(exactly: value), whole > 0, whole < 1 << 40 else {
        throw JSONShapeError(offset: object.offset, message: "\"\(key)\" should be a positive whole number")
      }
      return whole
    }
    let frameRate = try whole("frameRate")
    return TimeRates(
      frameRate: frameRate ?? 30, multiplier: try pair("frameRateMultiplier") ?? (1, 1),
      subFrameRate: try whole("subFrameRate") ?? 1, tickRate: try pair("tickRate"), countsFrames: frameRate != nil)
  }

  static func region(_ object: JSONObject) throws(JSONShapeError) -> Region {
    var region = Region(id: try object.string("id") ?? "")
    region.width = try object.number("width") ?? region.width
    region.lines = try object.number("lines") ?? region.lines
    region.regionAnchorX = try object.number("regionAnchorX") ?? region.regionAnchorX
    region.regionAnchorY = try object.number("regionAnchorY") ?? region.regionAnchorY
    region.viewportAnchorX = try object.number("viewportAnchorX") ?? region.viewportAnchorX
    region.viewportAnchorY = try object.number("viewportAnchorY") ?? region.viewportAnchorY
    region.scrollsUp = try object.string("scroll") == "up"
    region.height = try object.number("height")
    return region
  }

  /// The cue an object describes; `chinese` tells Traditional lines when the JSON names no languages.
  static func cue(_ object: JSONObject, chinese: ChineseScriptDetector? = nil) throws(JSONShapeError) -> Cue {
    guard let start = try object.time("start"), let end = try object.time("end") else {
      throw JSONShapeError(offset: object.offset, message: "a cue needs \"start\" and \"end\" times")
    }
    var cue = Cue(id: try object.string("id") ?? "", start: start, end: end, content: [])
    if case .array = object.members["content"] {
      cue.content = try nodes(try object.array("content"), in: object, depth: 0)
    } else if let text = try object.string("text") {
      cue.content = try lines(of: text, in: object)
    }
    cue.lineLanguages = try object.array("lineLanguages").map { (value) throws(JSONShapeError) in
      if case .string(let language) = value { return language }
      if case .null = value { return nil }
      throw JSONShapeError(offset: object.offset, message: "\"lineLanguages\" holds strings or null")
    }
    if cue.lineLanguages.isEmpty { LineLanguages.tag(&cue, refineChinese: chinese?.language(of:)) }
    if case .object(let webVTT) = object.members["webvtt"] {
      cue.sourceText = try webVTT.string("text")
      cue.placement = try placement(webVTT)
    }
    cue.placement.anchor = try object.wholeNumber("anchor", in: 1...9)
    cue.comments = try object.strings("comments")
    cue.sourceLine = try object.wholeNumber("sourceLine", in: 0...(1 << 53)) ?? 0
    return cue
  }

  private static func placement(_ object: JSONObject) throws(JSONShapeError) -> CuePlacement {
    var placement = CuePlacement()
    placement.region = try object.string("region")
    placement.vertical = try object.enumeration("vertical") ?? .horizontal
    if let line = try object.number("line") {
      placement.line = try object.bool("snapToLines") == false ? .percentage(line) : .number(line)
    }
    placement.lineAlign = try object.enumeration("lineAlign") ?? .start
    placement.position = try object.number("position")
    placement.positionAlign = try object.enumeration("positionAlign") ?? .auto
    placement.size = try object.number("size") ?? 100
    placement.align = try object.enumeration("align") ?? .center
    return placement
  }

  private static func nodes(
    _ values: [JSONValue], in parent: JSONObject, depth: Int
  ) throws(JSONShapeError) -> [InlineNode] {
    guard depth <= InlineSpan.maximumNesting else {
      throw JSONShapeError(
        offset: parent.offset, message: "spans nested deeper than \(InlineSpan.maximumNesting) levels")
    }
    var result: [InlineNode] = []
    for value in values {
      let object = try value.object(in: parent)
      guard let typeName = try object.string("type") else {
        throw JSONShapeError(offset: object.offset, message: "an inline node needs a \"type\"")
      }
      switch typeName {
      case "text": result.append(contentsOf: try lines(of: try object.string("text") ?? "", in: object))
      case "lineBreak": result.append(.lineBreak)
      case "timestamp":
        guard let time = try object.time("time") else {
          throw JSONShapeError(offset: object.offset, message: "a timestamp needs a \"time\"")
        }
        result.append(.timestamp(time))
      default:
        guard let type = SpanType(rawValue: typeName) else {
          throw JSONShapeError(offset: object.offset, message: "unknown inline node type \"\(typeName)\"")
        }
        let style: SpanStyle
        switch type {
        case .italic: style = .italic
        case .bold: style = .bold
        case .underline: style = .underline
        case .class: style = .classOnly
        case .voice: style = .voice(try object.string("voice") ?? "")
        case .language: style = .language(try object.string("lang") ?? "")
        case .color: style = .color(try object.string("color") ?? "")
        case .ruby: style = .ruby
        case .rubyText: style = .rubyText
        }
        let children = try nodes(try object.array("children"), in: object, depth: depth + 1)
        result.append(.span(InlineSpan(style, classes: try object.strings("classes"), children: children)))
      }
    }
    return result
  }

  /// Text nodes for `text`, with line breaks where it has `\n`.
  ///
  /// Refused past `Cue.maximumLines` lines: each line costs a node, and two bytes of `"a\n"` would
  /// otherwise cost a hundred of memory.
  private static func lines(of text: String, in object: JSONObject) throws(JSONShapeError) -> [InlineNode] {
    guard text.utf8.count(where: { $0 == 0x0A }) < Cue.maximumLines else {
      throw JSONShapeError(offset: object.offset, message: "a text of more than \(Cue.maximumLines) lines")
    }
    var nodes: [InlineNode] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if index > 0 { nodes.append(.lineBreak) }
      if !line.isEmpty { nodes.append(.text(String(line))) }
    }
    return nodes
  }
}

extension JSONValue {
  fileprivate func object(in parent: JSONObject) throws(JSONShapeError) -> JSONObject {
    guard case .object(let object) = self else {
      throw JSONShapeError(offset: parent.offset, message: "expected a JSON object")
    }
    return object
  }
}

extension JSONObject {
  fileprivate func string(_ key: String) throws(JSONShapeError) -> String? {
    switch members[key] {
    case nil, .null: return nil
    case .string(let value): return value
    default: throw mismatch(key, "a string")
    }
  }

  fileprivate func number(_ key: String) throws(JSONShapeError) -> Double? {
    switch members[key] {
    case nil, .null, .string("auto"): return nil
    case .number(let value): return value
    default: throw mismatch(key, "a number")
    }
  }

  /// A whole number within `range`: a line number or an anchor, never trusted to fit an `Int` unchecked.
  fileprivate func wholeNumber(_ key: String, in range: ClosedRange<Int>) throws(JSONShapeError) -> Int? {
    guard let value = try number(key) else { return nil }
    guard let whole = Int(exactly: value), range.contains(whole) else {
      throw mismatch(key, "a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return whole
  }

  fileprivate func bool(_ key: String) throws(JSONShapeError) -> Bool? {
    switch members[key] {
    case nil, .null: return nil
    case .bool(let value): return value
    default: throw mismatch(key, "true or false")
    }
  }

  fileprivate func array(_ key: String) throws(JSONShapeError) -> [JSONValue] {
    switch members[key] {
    case nil, .null: return []
    case .array(let values): return values
    default: throw mismatch(key, "an array")
    }
  }

  fileprivate func strings(_ key: String) throws(JSONShapeError) -> [String] {
    try array(key).map { (value) throws(JSONShapeError) in
      guard case .string(let string) = value else { throw mismatch(key, "an array of strings") }
      return string
    }
  }

  fileprivate func enumeration<Value: RawRepresentable<String>>(_ key: String) throws(JSONShapeError) -> Value? {
    guard let text = try string(key) else { return nil }
    guard let value = Value(rawValue: text) else { throw mismatch(key, "a known value, not \"\(text)\"") }
    return value
  }

  /// A time: the exact fraction `<key>Exact` when present, else seconds rounded to the millisecond.
  fileprivate func time(_ key: String) throws(JSONShapeError) -> MediaTime? {
    if let exact = try string(key + "Exact") {
      guard let time = MediaTime(exactDescription: exact), time <= MediaTime.limit, MediaTime.limit.negated <= time
      else { throw mismatch(key + "Exact", "a fraction such as \"1001/30000\"") }
      return time
    }
    guard let seconds = try number(key) else { return nil }
    let milliseconds = (seconds * 1000 + 0.5).rounded(.down)  // MediaTime's rule: nearest, a half rounds up
    // Strictly below: the limit rounds up to the next Double, and a number equal to that is past it.
    guard milliseconds.magnitude < Double(MediaTime.limit.numerator) else {
      throw mismatch(key, "a time within range")
    }
    return MediaTime(milliseconds: Int64(milliseconds))
  }

  private func mismatch(_ key: String, _ expected: String) -> JSONShapeError {
    JSONShapeError(offset: offset, message: "\"\(key)\" should be \(expected)")
  }
}
