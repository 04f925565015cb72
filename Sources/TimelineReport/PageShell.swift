import SubtitleTimeline

/// What every page of a report has around its content: the document's head with the style and
/// the security policy, the summary table, and HTML escaping.
enum PageShell {
  /// Opens the document and its body.
  static func open(title: String, to output: TextOutput) {
    output.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
    output.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
    // Nothing may be loaded: the page is whole by itself, from file:// or as a CI artifact.
    output.write(
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n")
    output.write("<title>" + escaped(title) + "</title>\n<style>")
    output.write(ReportStyle.source)
    output.write("</style>\n</head>\n<body>\n")
  }

  /// Closes the body and the document.
  static func close(to output: TextOutput) {
    output.write("</body>\n</html>\n")
  }

  /// A table of the tracks: file, format, encoding, preset, cues, span and duration, findings by
  /// severity.
  static func writeSummary(of tracks: [ReportTrack], to output: TextOutput) {
    output.write("<table class=\"summary\"><thead><tr><th scope=\"col\">File</th><th scope=\"col\">Format</th>")
    output.write("<th scope=\"col\">Encoding</th><th scope=\"col\">Preset</th><th scope=\"col\">Cues</th>")
    output.write("<th scope=\"col\">From</th><th scope=\"col\">To</th><th scope=\"col\">Duration</th>")
    output.write("<th scope=\"col\">Errors</th>")
    output.write("<th scope=\"col\">Warnings</th><th scope=\"col\">Notes</th></tr></thead><tbody>\n")
    for track in tracks {
      let span = track.span
      let cells = [
        track.name, track.format, track.encoding, track.preset, String(track.cues.count), clock(span.start),
        clock(span.end), clock(MediaTime(milliseconds: span.end.roundedMilliseconds - span.start.roundedMilliseconds)),
        String(track.count(.error)), String(track.count(.warning)), String(track.count(.info)),
      ]
      output.write("<tr>" + cells.map { "<td>" + escaped($0) + "</td>" }.joined() + "</tr>\n")
    }
    output.write("</tbody></table>\n")
  }

  /// `H:MM:SS.mmm`.
  static func clock(_ time: MediaTime) -> String {
    let milliseconds = time.roundedMilliseconds
    let sign = milliseconds < 0 ? "-" : ""
    let total = milliseconds.magnitude
    func two(_ value: UInt64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let fraction = String(total % 1000)
    return sign + "\(total / 3_600_000):\(two(total / 60000 % 60)):\(two(total / 1000 % 60))."
      + String(repeating: "0", count: 3 - fraction.count) + fraction
  }

  /// `text` with `&`, `<`, `>` and `"` escaped for HTML text and double-quoted attributes.
  static func escaped(_ text: String) -> String {
    XMLEscaping.escaped(text).text
  }
}
