import SubtitleTimeline

/// What every page of a report has around its content: the document's head with the style and
/// the security policy, and HTML escaping.
enum PageShell {
  /// Opens the document and its body.
  static func open(title: String, to output: TextOutput) {
    output.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
    output.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
    // Nothing may be loaded: the page is whole by itself, from file:// or as a CI artifact.
    output.write(
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "script-src 'unsafe-inline'; style-src 'unsafe-inline'\">\n")
    output.write("<title>" + escaped(title) + "</title>\n<style>")
    output.write(ReportStyle.source)
    output.write("</style>\n</head>\n<body>\n")
  }

  /// Closes the body and the document.
  static func close(to output: TextOutput) {
    output.write("</body>\n</html>\n")
  }

  /// `text` with `&`, `<`, `>` and `"` escaped for HTML text and double-quoted attributes.
  static func escaped(_ text: String) -> String {
    XMLEscaping.escaped(text).text
  }
}
