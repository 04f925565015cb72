import SubtitleTimeline

/// The page that leads to a batch's reports: one row per input with its counts, or why it has no
/// report.
public struct ReportIndex: Sendable {
  /// One input of the batch.
  public struct Entry: Sendable {
    /// The input's path.
    public var input: String
    /// The report's path relative to the index, nil when the input could not be read.
    public var link: String?
    /// How many cues it has.
    public var cues: Int
    /// How many errors, warnings and notes were found.
    public var counts: (errors: Int, warnings: Int, notes: Int)
    /// Why it has no report, when it has none.
    public var failure: String?

    /// An entry for `input`, its report at `link`.
    public init(
      input: String, link: String?, cues: Int = 0, counts: (errors: Int, warnings: Int, notes: Int) = (0, 0, 0),
      failure: String? = nil
    ) {
      self.input = input
      self.link = link
      self.cues = cues
      self.counts = counts
      self.failure = failure
    }
  }

  /// The inputs, in input order.
  public var entries: [Entry]

  /// An index of `entries`.
  public init(_ entries: [Entry]) {
    self.entries = entries
  }

  /// Writes the page.
  public func write(to output: TextOutput) {
    let title = "subkit reports: \(entries.count) files"
    PageShell.open(title: title, to: output)
    output.write("<header><h1>" + PageShell.escaped(title) + "</h1></header>\n<main>\n")
    output.write("<table id=\"reports\"><thead><tr><th scope=\"col\">File</th><th scope=\"col\">Cues</th>")
    output.write(
      "<th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th><th scope=\"col\">Notes</th></tr></thead>")
    output.write("<tbody>\n")
    for entry in entries {
      let name = PageShell.escaped(entry.input)
      if let link = entry.link {
        output.write("<tr><td><a href=\"" + PageShell.escaped(Self.uriPath(link)) + "\">" + name + "</a></td>")
        let cells = [entry.cues, entry.counts.errors, entry.counts.warnings, entry.counts.notes]
        output.write(cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n")
      } else {
        output.write("<tr class=\"failed\"><td>" + name + "</td><td colspan=\"4\">not read: ")
        output.write(PageShell.escaped(entry.failure ?? "") + "</td></tr>\n")
      }
    }
    output.write("</tbody></table>\n</main>\n")
    PageShell.close(to: output)
  }

  /// `path` percent-encoded where a URI path may not hold the byte as it is.
  static func uriPath(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        result.unicodeScalars.append("%")
        result.unicodeScalars.append(hex[Int(byte >> 4)])
        result.unicodeScalars.append(hex[Int(byte & 0xF)])
      }
    }
    return result
  }
}
