/// The XML namespaces of TTML and its parameter, styling and metadata vocabularies, as the small
/// identifiers `XMLPushParser` gives them.
enum TTMLNamespace {
  /// The namespace URIs, in the order of their identifiers (1, 2, 3 and so on).
  static let uris = [
    "http://www.w3.org/ns/ttml", "http://www.w3.org/ns/ttml#parameter", "http://www.w3.org/ns/ttml#styling",
    "http://www.w3.org/ns/ttml#metadata", "http://www.w3.org/XML/1998/namespace",
  ]
  static let tt = XMLNamespace(id: 1)
  static let parameter = XMLNamespace(id: 2)
  static let styling = XMLNamespace(id: 3)
  static let metadata = XMLNamespace(id: 4)
  static let xml = XMLNamespace(id: 5)

  /// The namespace Apple Music's lyrics declare; their nested times count from the document's start.
  static let appleLyrics = "http://music.apple.com/lyric-ttml-internal"

  /// The namespaces of TTML's drafts (DFXP, 2004–2006), which older files still use, each with the
  /// TTML namespace it became (files write the styling one `#styling` or `#style`).
  static let drafts: [String: String] = {
    var names: [String: String] = [:]
    let suffixes = [
      ("", uris[0]), ("#parameter", uris[1]), ("#styling", uris[2]), ("#style", uris[2]), ("#metadata", uris[3]),
    ]
    for year in ["2006/10", "2006/04", "2006/02", "2004/11"] {
      for (suffix, uri) in suffixes { names["http://www.w3.org/\(year)/ttaf1" + suffix] = uri }
    }
    return names
  }()

  /// Whether `id` is an XML name that can stand as `xml:id` (letters, digits, `-`, `_`, `.`; not starting with a digit).
  static func isName(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
    return id.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
    }
  }
}
