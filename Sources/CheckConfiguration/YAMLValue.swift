import SubtitleTimeline

// Yams imports Foundation, whose ICU clashes with the system ICU that the format modules load, so
// no client of this module may load Yams: it is imported implementation-only, in this file alone,
// and no type of this module stores a Yams type (which is what makes that safe without library
// evolution).
@_implementationOnly import Yams

/// A YAML node as the configuration reads it, with its place in the file: the one type between
/// Yams and the rest of the module.
struct YAMLValue {
  /// What the node is.
  enum Kind {
    case scalar(String)
    case mapping([(key: YAMLValue, value: YAMLValue)])
    case sequence([YAMLValue])
  }

  /// What the node is.
  var kind: Kind
  /// Its 1-based line.
  var line: Int
  /// Its 1-based column.
  var column: Int

  /// The most nodes a configuration may hold, aliases counted each time they are used.
  static let maximumNodes = 10_000

  /// The document `text` holds, or nil when it holds none; `file` names it in errors.
  static func parse(_ text: String, file: String, rule: String) throws(SubtitleError) -> YAMLValue? {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw Self.error(error, file: file, rule: rule)
    } catch {
      throw SubtitleError(at: SourceLocation(file: file, line: 1), "YAML: \(error)", rule: rule)
    }
    guard let root else { return nil }
    var budget = maximumNodes
    return try YAMLValue(root, budget: &budget, file: file, rule: rule)
  }

  private init(_ node: Node, budget: inout Int, file: String, rule: String) throws(SubtitleError) {
    line = node.mark?.line ?? 1
    column = node.mark?.column ?? 1
    budget -= 1
    guard budget >= 0 else {
      throw SubtitleError(
        at: SourceLocation(file: file, line: line, column: column),
        "a configuration of more than \(Self.maximumNodes) values (aliases?)", rule: rule)
    }
    switch node {
    case .scalar(let scalar):
      kind = .scalar(scalar.string)
    case .mapping(let mapping):
      var pairs: [(key: YAMLValue, value: YAMLValue)] = []
      for (key, value) in mapping {
        pairs.append(
          (
            try YAMLValue(key, budget: &budget, file: file, rule: rule),
            try YAMLValue(value, budget: &budget, file: file, rule: rule)
          ))
      }
      kind = .mapping(pairs)
    case .sequence(let sequence):
      var items: [YAMLValue] = []
      for item in sequence { items.append(try YAMLValue(item, budget: &budget, file: file, rule: rule)) }
      kind = .sequence(items)
    case .alias:
      kind = .scalar("")  // Yams resolves aliases while composing; an unresolved one reads as nothing
    }
  }

  /// A YAML syntax error as an error at its line and column.
  private static func error(_ error: YamlError, file: String, rule: String) -> SubtitleError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return SubtitleError(
        at: SourceLocation(file: file, line: mark.line, column: mark.column), "YAML: \(problem)", rule: rule)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return SubtitleError(
        at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
        "YAML: a key given twice: \(duplicates.joined(separator: ", "))", rule: rule)
    default:
      return SubtitleError(at: SourceLocation(file: file, line: 1), "YAML: \(error)", rule: rule)
    }
  }
}
