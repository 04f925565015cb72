import SubtitleChecks
import SubtitleTimeline
internal import Yams

/// Reads YAML nodes into values, with an error at the node's line and column for anything else,
/// and a budget of nodes, so that aliases cannot make a small file cost a lot.
struct NodeReader {
  let file: String
  private var budget = 10_000

  init(file: String) {
    self.file = file
  }

  /// An error at `node`'s place.
  func error(_ node: Node, _ message: String) -> SubtitleError {
    SubtitleError(
      at: SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1), message,
      rule: ConfigurationFile.rule)
  }

  /// The keys and values of a mapping whose keys are all in `allowed`.
  mutating func mapping(_ node: Node, allowed: [String]) throws(SubtitleError) -> [String: Node] {
    try spend(node)
    guard case .mapping(let mapping) = node else {
      throw error(node, "expected a mapping of \(allowed.joined(separator: ", "))")
    }
    var result: [String: Node] = [:]
    for (key, value) in mapping {
      let name = key.scalar?.string ?? ""
      guard allowed.contains(name) else {
        throw error(key, "unknown key '\(name)'; expected \(allowed.joined(separator: ", "))")
      }
      result[name] = value
    }
    return result
  }

  /// The keys (any) and values of a mapping.
  mutating func anyMapping(_ node: Node) throws(SubtitleError) -> [(key: String, keyNode: Node, value: Node)] {
    try spend(node)
    guard case .mapping(let mapping) = node else { throw error(node, "expected a mapping") }
    return mapping.map { ($0.key.scalar?.string ?? "", $0.key, $0.value) }
  }

  /// The items of a sequence.
  mutating func sequence(_ node: Node) throws(SubtitleError) -> [Node] {
    try spend(node)
    guard case .sequence(let sequence) = node else { throw error(node, "expected a list") }
    return Array(sequence)
  }

  /// A string, or a list of strings.
  mutating func strings(_ node: Node) throws(SubtitleError) -> [String] {
    if case .sequence = node { return try sequence(node).map { (item) throws(SubtitleError) in try string(item) } }
    return [try string(node)]
  }

  /// A scalar's text.
  mutating func string(_ node: Node) throws(SubtitleError) -> String {
    try spend(node)
    guard case .scalar(let scalar) = node else { throw error(node, "expected a single value, not a list or mapping") }
    return scalar.string
  }

  /// A finite number at least 0 and at most `maximum`.
  mutating func number(_ node: Node, maximum: Double) throws(SubtitleError) -> Double {
    let text = try string(node)
    guard let value = PlainDecimal.parse(text), value >= 0, value <= maximum else {
      throw error(node, "'\(text)' is not a number from 0 to \(PlainDecimal.format(maximum))")
    }
    return value
  }

  /// A whole number from 0 to `maximum`.
  mutating func wholeNumber(_ node: Node, maximum: Int) throws(SubtitleError) -> Int {
    let text = try string(node)
    guard let value = Int(text), value >= 0, value <= maximum else {
      throw error(node, "'\(text)' is not a whole number from 0 to \(maximum)")
    }
    return value
  }

  /// `true`/`on`/`yes` or `false`/`off`/`no`.
  mutating func bool(_ node: Node) throws(SubtitleError) -> Bool {
    switch try string(node).lowercased() {
    case "true", "on", "yes": return true
    case "false", "off", "no": return false
    case let text: throw error(node, "'\(text)' is not true or false")
    }
  }

  private mutating func spend(_ node: Node) throws(SubtitleError) {
    budget -= 1
    guard budget >= 0 else { throw error(node, "a configuration of more than 10,000 values (aliases?)") }
  }
}
