/// The XML namespaces of TTML and its parameter, styling and metadata vocabularies.
enum TTMLNamespace {
  static let tt = "http://www.w3.org/ns/ttml"
  static let parameter = "http://www.w3.org/ns/ttml#parameter"
  static let styling = "http://www.w3.org/ns/ttml#styling"
  static let metadata = "http://www.w3.org/ns/ttml#metadata"
  static let xml = "http://www.w3.org/XML/1998/namespace"
}
