/// How a character that the output encoding cannot hold is written.
public enum UnencodableCharacters: Int32, Sendable {
  /// As the encoding's substitute character (often `?`), counted as lost.
  case substituted = 0
  /// As an XML character reference, `&#x56DE;`.
  case xmlReferences = 1
  /// As a JSON string escape, `\u56DE` (a pair of them beyond the Basic Multilingual Plane).
  case jsonEscapes = 2
}
