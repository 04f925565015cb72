/// Checks that the tags of a cue's source text (`<i>`, `<b>`, `<font …>`, WebVTT's `<c.x>`, `<v Name>`)
/// open and close in order.
enum TagBalance {
  /// The first problem, described; nil when every tag is closed in order.
  static func firstProblem(in text: String) -> String? {
    var open: [Substring] = []
    var rest = Substring(text)
    while let start = rest.firstIndex(of: "<") {
      let afterStart = rest.index(after: start)
      guard let end = rest[afterStart...].firstIndex(where: { $0 == ">" || $0 == "<" }), rest[end] == ">" else {
        return "a tag is not closed with >"
      }
      let tag = rest[afterStart..<end]
      rest = rest[rest.index(after: end)...]
      let closing = tag.hasPrefix("/")
      let name = (closing ? tag.dropFirst() : tag).prefix { $0.isLetter }.lowercased()
      guard !name.isEmpty, name != "br" else { continue }  // a timestamp, a line break, not a tag
      if !closing {
        open.append(Substring(name))
      } else if open.last.map(String.init) == name {
        open.removeLast()
      } else if open.contains(Substring(name)) {
        return "</\(name)> closes a tag opened before <\(open.last ?? "")>, which is still open"
      } else if name != "c" && name != "v" && name != "lang" || !open.isEmpty {
        return "</\(name)> closes a tag that is not open"
      }
    }
    if let last = open.last, last != "v" && last != "c" && last != "lang" || open.count > 1 {
      return "<\(last)> is not closed"
    }
    return nil
  }
}
