import SubtitleChecks
import SubtitleTimeline

/// The table at the head of a page: each track's file, format, encoding, preset, cues, span and
/// duration, and findings by severity.
enum SummaryTable {
  /// Writes the table of `tracks`.
  static func write(_ tracks: [ReportTrack], to output: TextOutput) {
    let headings = [
      "File", "Format", "Encoding", "Preset", "Cues", "From", "To", "Duration", "Errors", "Warnings", "Notes",
    ]
    output.write("<table class=\"summary\"><thead><tr>")
    output.write(headings.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead><tbody>\n")
    for track in tracks {
      let span = track.span
      let (length, overflow) = span.end.roundedMilliseconds.subtractingReportingOverflow(span.start.roundedMilliseconds)
      let cells = [
        track.name, track.format, track.encoding, track.preset, String(track.cues.count),
        Clock(span.start).description, Clock(span.end).description,
        Clock(milliseconds: overflow ? .max : length).description,
        String(track.count(.error)), String(track.count(.warning)), String(track.count(.info)),
      ]
      output.write("<tr>" + cells.map { "<td>" + PageShell.escaped($0) + "</td>" }.joined() + "</tr>\n")
    }
    output.write("</tbody></table>\n")
  }
}
