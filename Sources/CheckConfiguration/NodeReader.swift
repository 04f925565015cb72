import SubtitleChecks
import SubtitleTimeline

/// Reads YAML nodes into values, with an error at the node's line and column for anything else.
struct NodeReader {
  let file: String

  /// An error at `node`'s place.
  func error(_ node: YAMLValue, _ message: String) -> SubtitleError {
    SubtitleError(
      at: SourceLocation(file: file, line: node.line, column: node.column), message, rule: ConfigurationFile.rule)
  }

  /// The keys and values of a mapping whose keys are all in `allowed`.
  func mapping(_ node: YAMLValue, allowed: [String]) throws(SubtitleError) -> [String: YAMLValue] {
    guard case .mapping(let mapping) = node.kind else {
      throw error(node, "expected a mapping of \(allowed.joined(separator: ", "))")
    }
    var result: [String: YAMLValue] = [:]
    for (key, value) in mapping {
      let name = Self.text(of: key)
      guard allowed.contains(name) else {
        throw error(key, "unknown key '\(name)'; expected \(allowed.joined(separator: ", "))")
      }
      result[name] = value
    }
    return result
  }

  /// The keys (any) and values of a mapping.
  func anyMapping(_ node: YAMLValue) throws(SubtitleError) -> [(
    key: String, keyYAMLValue: YAMLValue, value: YAMLValue
  )] {
    guard case .mapping(let mapping) = node.kind else { throw error(node, "expected a mapping") }
    return mapping.map { (Self.text(of: $0.key), $0.key, $0.value) }
  }

  /// The items of a sequence.
  func sequence(_ node: YAMLValue) throws(SubtitleError) -> [YAMLValue] {
    guard case .sequence(let items) = node.kind else { throw error(node, "expected a list") }
    return items
  }

  /// A string, or a list of strings.
  func strings(_ node: YAMLValue) throws(SubtitleError) -> [String] {
    if case .sequence = node.kind { return try sequence(node).map { (item) throws(SubtitleError) in try string(item) } }
    return [try string(node)]
  }

  /// A scalar's text.
  func string(_ node: YAMLValue) throws(SubtitleError) -> String {
    guard case .scalar(let text) = node.kind else {
      throw error(node, "expected a single value, not a list or mapping")
    }
    return text
  }

  /// A finite number at least 0 and at most `maximum`.
  func number(_ node: YAMLValue, maximum: Double) throws(SubtitleError) -> Double {
    let text = try string(node)
    guard let value = PlainDecimal.parse(text), value >= 0, value <= maximum else {
      throw error(node, "'\(text)' is not a number from 0 to \(PlainDecimal.format(maximum))")
    }
    return value
  }

  /// A whole number from 0 to `maximum`.
  func wholeNumber(_ node: YAMLValue, maximum: Int) throws(SubtitleError) -> Int {
    let text = try string(node)
    guard let value = Int(text), value >= 0, value <= maximum else {
      throw error(node, "'\(text)' is not a whole number from 0 to \(maximum)")
    }
    return value
  }

  /// `true`/`on`/`yes` or `false`/`off`/`no`.
  func bool(_ node: YAMLValue) throws(SubtitleError) -> Bool {
    switch try string(node).lowercased() {
    case "true", "on", "yes": return true
    case "false", "off", "no": return false
    case let text: throw error(node, "'\(text)' is not true or false")
    }
  }

  /// The text of a scalar key; empty for any other node.
  private static func text(of node: YAMLValue) -> String {
    if case .scalar(let text) = node.kind { return text }
    return ""
  }
}
