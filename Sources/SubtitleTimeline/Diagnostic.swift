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

/// A warning or error about a document, with where it applies.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious the finding is.
  public enum Severity: String, Sendable, Hashable {
    /// The input was accepted, leniently, or something was lost.
    case warning
    /// The input cannot be used.
    case error
  }

  /// How serious the finding is.
  public var severity: Severity
  /// Where it applies.
  public var location: SourceLocation
  /// What is wrong, in one sentence.
  public var message: String

  /// A finding at `location`.
  public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `file:line:col: warning|error: message`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// The error every reader and writer throws: a diagnostic of severity error.
public struct SubtitleError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong and where.
  public var diagnostic: Diagnostic

  /// An error at `location`.
  public init(at location: SourceLocation, _ message: String) {
    diagnostic = Diagnostic(.error, at: location, message)
  }

  /// The diagnostic as `file:line:col: error: message`.
  public var description: String { diagnostic.description }
}

/// Where readers and writers send warnings; under `strict` a warning is thrown as an error.
public struct DiagnosticReporter: Sendable {
  /// Whether warnings are errors.
  public var strict: Bool
  private let handler: @Sendable (Diagnostic) -> Void

  /// A reporter that passes warnings to `handler`.
  public init(strict: Bool = false, handler: @escaping @Sendable (Diagnostic) -> Void) {
    self.strict = strict
    self.handler = handler
  }

  /// A reporter that drops warnings.
  public static let silent = DiagnosticReporter { _ in }

  /// Reports a warning, or throws it as an error when strict.
  public func warn(_ message: String, at location: SourceLocation) throws(SubtitleError) {
    if strict { throw SubtitleError(at: location, message) }
    handler(Diagnostic(.warning, at: location, message))
  }
}

/// Where a document comes from and where its warnings go: what every reader and writer is given.
public struct SourceContext: Sendable {
  /// The input's name for diagnostics (`<stdin>` for standard input).
  public var sourceName: String
  /// Where warnings go; strict makes them errors.
  public var reporter: DiagnosticReporter

  /// The context of reading or writing what came from `sourceName`.
  public init(sourceName: String, reporter: DiagnosticReporter = .silent) {
    self.sourceName = sourceName
    self.reporter = reporter
  }

  /// A location in the source.
  public func location(line: Int, column: Int = 1) -> SourceLocation {
    SourceLocation(file: sourceName, line: line, column: column)
  }

  /// Reports a warning at a place in the source, or throws it when strict.
  public func warn(_ message: String, line: Int, column: Int = 1) throws(SubtitleError) {
    try reporter.warn(message, at: location(line: line, column: column))
  }
}
