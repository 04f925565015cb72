import SubtitleFormats
import SubtitleTimeline

/// What happened to one input of a batch: one line of `--report` (JSON Lines).
public struct BatchRecord: Sendable {
  /// How an input ended.
  public enum Status: String, Sendable {
    /// Converted, nothing found.
    case ok
    /// Converted, with findings (the exit status is then 1).
    case findings
    /// Not converted: it could not be read or written (the exit status is then 2).
    case failed
    /// Not converted: its output exists and `--no-clobber` was given.
    case skipped
    /// Not converted: the batch was interrupted first, or while it was in flight.
    case interrupted
  }

  /// The input's path.
  public var input: String
  /// The output's path; nil when none was written.
  public var output: String?
  /// How it ended.
  public var status: Status
  /// The input's format, once known.
  public var format: SubtitleFormat?
  /// The input's text encoding, once known.
  public var encoding: String?
  /// How many cues were written.
  public var cues = 0
  /// How many warnings reading and writing gave.
  public var warnings = 0
  /// How many findings the command made.
  public var findings = 0
  /// How long the input took, in milliseconds.
  public var milliseconds = 0
  /// Why it failed, with the file, line and column.
  public var error: String?

  /// A record of `input`, going to `output`, that ended as `status`.
  public init(input: String, output: String?, status: Status) {
    self.input = input
    self.output = output
    self.status = status
  }

  /// Writes the record as one JSON object and a line feed.
  public func write(to text: TextOutput) {
    text.write(literal: "{\"input\": ")
    text.writeJSONString(input)
    text.write(literal: ", \"output\": ")
    writeOptional(output, to: text)
    text.write(literal: ", \"status\": ")
    text.writeJSONString(status.rawValue)
    text.write(literal: ", \"format\": ")
    writeOptional(format?.rawValue, to: text)
    text.write(literal: ", \"encoding\": ")
    writeOptional(encoding, to: text)
    for (name, value) in [
      ("cues", cues), ("warnings", warnings), ("findings", findings), ("milliseconds", milliseconds),
    ] {
      text.write(", \"\(name)\": ")
      text.write(decimal: Int64(value))
    }
    text.write(literal: ", \"error\": ")
    writeOptional(error, to: text)
    text.write(literal: "}\n")
  }

  private func writeOptional(_ value: String?, to text: TextOutput) {
    if let value { text.writeJSONString(value) } else { text.write(literal: "null") }
  }
}

/// The counts of a batch's records, and the exit status they make.
public struct BatchTally: Sendable {
  /// How many inputs ended in each status.
  public private(set) var counts: [BatchRecord.Status: Int] = [:]

  /// An empty tally.
  public init() {}

  /// Counts `record`.
  public mutating func count(_ record: BatchRecord) {
    counts[record.status, default: 0] += 1
  }

  /// How many inputs ended as `status`.
  public subscript(status: BatchRecord.Status) -> Int { counts[status] ?? 0 }

  /// 2 when any input failed, else 1 when any had findings, else 0.
  public var exitStatus: Int32 { self[.failed] > 0 ? 2 : self[.findings] > 0 ? 1 : 0 }
}
