/// A place in a source file: its name (`-` shown as `<stdin>`), 1-based line and column; line 0
/// when the message is about the whole file or stream.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file's name as the user gave it.
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, counted in bytes.
  public var column: Int

  /// A location in `file`.
  public init(file: String, line: Int, column: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, as compilers print it; only `file` when no line applies.
  public var description: String { line > 0 ? "\(file):\(line):\(column)" : file }
}

/// One thing found about a subtitle file, with where it applies: a reader's leniency, a writer's
/// loss, a check rule's verdict.
///
/// Every report (text, JSON, SARIF, JUnit, GitHub) prints this one type:
///
/// ```swift
/// Finding(rule: "cps", .warning, at: SourceLocation(file: "film.srt", line: 42), "21.3 characters a second")
/// ```
public struct Finding: Sendable, Hashable, CustomStringConvertible {
  /// How serious a finding is, from least to most.
  public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Worth knowing; nothing is wrong.
    case info
    /// The input was accepted, leniently, or something was lost, or a style rule is broken.
    case warning
    /// The input cannot be used, or a rule every player relies on is broken.
    case error

    /// Orders info < warning < error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
      switch self {
      case .info: 0
      case .warning: 1
      case .error: 2
      }
    }
  }

  /// The rule ids of findings that come from reading and writing rather than from a check.
  public enum Source {
    /// A reader accepted something leniently, or could not use it.
    public static let reader = "reader"
    /// A writer could not carry something into its format.
    public static let writer = "writer"
  }

  /// The id of the rule that found it (`cps`, `overlap`, `reader`, `writer` …).
  public var rule: String
  /// How serious it is.
  public var severity: Severity
  /// Where it applies.
  public var location: SourceLocation
  /// The 1-based position of the cue it is about in its file; nil when about no one cue.
  public var cueIndex: Int?
  /// The id of that cue; empty when the file gives none.
  public var cueID = ""
  /// The language of the lines it is about (`zh-Hans`, `en`); nil when about no one language.
  public var language: String?
  /// What is wrong, in one sentence.
  public var message: String
  /// The figure measured (seconds, characters, characters a second …), when the rule measures one.
  public var value: Double?
  /// The limit that figure broke.
  public var limit: Double?
  /// What the mechanical fix does (or did), when there is one.
  public var fix: String?
  /// What identifies the finding's subject across edits: the content of the cue a check rule
  /// found about, whose plain text fingerprints hash; empty when the message does.
  public var anchor: [InlineNode] = []

  /// A finding of `rule` at `location`.
  public init(rule: String, _ severity: Severity, at location: SourceLocation, _ message: String) {
    self.rule = rule
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `file:line:col: severity: message`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// The error every reader and writer throws: a finding of severity error.
public struct SubtitleError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong and where.
  public var finding: Finding

  /// An error at `location`, found by `rule` (reading, unless said otherwise).
  public init(at location: SourceLocation, _ message: String, rule: String = Finding.Source.reader) {
    finding = Finding(rule: rule, .error, at: location, message)
  }

  /// The finding as `file:line:col: error: message`.
  public var description: String { finding.description }
}

/// Where readers and writers send warnings; under `strict` a warning is thrown as an error.
public struct FindingReporter: Sendable {
  /// Whether warnings are errors.
  public var strict: Bool
  private let handler: @Sendable (Finding) -> Void

  /// A reporter that passes findings to `handler`.
  public init(strict: Bool = false, handler: @escaping @Sendable (Finding) -> Void) {
    self.strict = strict
    self.handler = handler
  }

  /// A reporter that drops findings.
  public static let silent = FindingReporter { _ in }

  /// Reports a warning of `rule`, or throws it as an error when strict.
  public func warn(
    _ message: String, at location: SourceLocation, rule: String = Finding.Source.reader
  ) throws(SubtitleError) {
    if strict { throw SubtitleError(at: location, message, rule: rule) }
    handler(Finding(rule: rule, .warning, at: location, message))
  }
}

/// Where a document comes from and where its findings go: what every reader and writer is given.
public struct SourceContext: Sendable {
  /// The input's name for findings (`<stdin>` for standard input).
  public var sourceName: String
  /// Where warnings go; strict makes them errors.
  public var reporter: FindingReporter
  /// The rule id its warnings carry: `reader` for a reader, `writer` for a writer.
  public var rule: String

  /// The context of reading (or, with `rule` `writer`, writing) what came from `sourceName`.
  public init(sourceName: String, reporter: FindingReporter = .silent, rule: String = Finding.Source.reader) {
    self.sourceName = sourceName
    self.reporter = reporter
    self.rule = rule
  }

  /// A location in the source.
  public func location(line: Int, column: Int = 1) -> SourceLocation {
    SourceLocation(file: sourceName, line: line, column: column)
  }

  /// Reports a warning at a place in the source, or throws it when strict; `rule` names a check
  /// rule the warning belongs to (`markup` for repaired tags) instead of the context's own.
  public func warn(_ message: String, line: Int, column: Int = 1, rule: String? = nil) throws(SubtitleError) {
    try reporter.warn(message, at: location(line: line, column: column), rule: rule ?? self.rule)
  }
}
