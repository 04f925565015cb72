internal import CLibXML2
import SubtitleTimeline

/// A streaming pull parser over libxml2's reader: start tags with their attributes, end tags and text.
///
/// Secure by construction: no network, no DTD loading, no entity substitution; a document with a
/// DOCTYPE is refused outright, so no entity can expand or pull in a local file; nesting is capped.
final class XMLEventReader {
  /// One attribute of a start tag.
  struct Attribute {
    var namespace: XMLNamespace
    var name: String
    var value: String
  }

  /// A start tag.
  struct StartTag {
    var namespace: XMLNamespace
    var name: String
    var attributes: [Attribute]
    var isEmpty: Bool
    var line: Int
    var column: Int

    /// The value of the attribute `name` in `namespace` (none by default).
    func attribute(_ name: String, in namespace: XMLNamespace = .none) -> String? {
      attributes.first { $0.name == name && $0.namespace == namespace }?.value
    }
  }

  /// What the document holds next.
  enum Event {
    case start(StartTag)
    case end(namespace: XMLNamespace, name: String)
    case text(String)
  }

  /// Deeper element nesting than this is refused.
  static let maximumDepth = 200

  private let reader: OpaquePointer
  private let input: InputContext
  private let sourceName: String
  /// Names as Strings, keyed by libxml2's interned copies: made once per distinct name.
  private var interned: [UnsafeRawPointer: String] = [:]
  /// Namespace identifiers, keyed the same way; identifiers index `namespaceURIs` (0 is no namespace).
  private var namespaceIDs: [UnsafeRawPointer: XMLNamespace] = [:]
  private var namespaceURIs: [String]
  private var pendingEnd = false
  private var depth = 0

  /// Starts reading `source`; `namespaces` get the identifiers 1, 2, 3 … in order.
  init(_ source: any ByteSource, sourceName: String, namespaces: [String]) throws(SubtitleError) {
    namespaceURIs = [""] + namespaces
    input = InputContext(source)
    self.sourceName = sourceName
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    let context = Unmanaged.passUnretained(input).toOpaque()
    guard let reader = xmlReaderForIO(readCallback, nil, context, nil, nil, options) else {
      throw SubtitleError(at: SourceLocation(file: sourceName, line: 1), "cannot start the XML parser")
    }
    self.reader = reader
    xmlTextReaderSetStructuredErrorHandler(reader, errorCallback, context)
  }

  deinit {
    xmlFreeTextReader(reader)
  }

  /// The line the parser is on.
  var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

  /// The next event, or nil at the end of the document.
  func next() throws(SubtitleError) -> Event? {
    if pendingEnd {
      pendingEnd = false
      depth -= 1
      return .end(
        namespace: namespace(xmlTextReaderConstNamespaceUri(reader)), name: name(xmlTextReaderConstLocalName(reader)))
    }
    while true {
      let status = xmlTextReaderRead(reader)
      if let error = input.error { throw error }
      if status == 0 { return nil }
      guard status == 1 else { throw failure() }
      switch xmlTextReaderNodeType(reader) {
      case Int32(XML_READER_TYPE_ELEMENT.rawValue):
        depth += 1
        guard depth <= Self.maximumDepth else {
          throw SubtitleError(at: location(), "elements nested deeper than \(Self.maximumDepth) levels")
        }
        let tag = startTag()
        if tag.isEmpty { pendingEnd = true }
        return .start(tag)
      case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
        depth -= 1
        return .end(
          namespace: namespace(xmlTextReaderConstNamespaceUri(reader)), name: name(xmlTextReaderConstLocalName(reader)))
      case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
        Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
        return .text(string(xmlTextReaderConstValue(reader)))
      case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
        throw SubtitleError(
          at: location(),
          "DOCTYPE declarations are refused: their entities could expand without bound or read local files")
      case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
        throw SubtitleError(at: location(), "entity references are refused")
      default:
        continue  // comments, processing instructions, the XML declaration
      }
    }
  }

  private func startTag() -> StartTag {
    var tag = StartTag(
      namespace: namespace(xmlTextReaderConstNamespaceUri(reader)), name: name(xmlTextReaderConstLocalName(reader)),
      attributes: [], isEmpty: xmlTextReaderIsEmptyElement(reader) == 1, line: elementLine(),
      column: 1)
    if xmlTextReaderHasAttributes(reader) == 1 {
      var more = xmlTextReaderMoveToFirstAttribute(reader)
      while more == 1 {
        let namespace = namespace(xmlTextReaderConstNamespaceUri(reader))
        if namespace != .declarations {
          tag.attributes.append(
            Attribute(
              namespace: namespace, name: name(xmlTextReaderConstLocalName(reader)),
              value: string(xmlTextReaderConstValue(reader))))
        }
        more = xmlTextReaderMoveToNextAttribute(reader)
      }
      xmlTextReaderMoveToElement(reader)
    }
    return tag
  }

  /// The line of the current element's start tag (the parser itself may have read further ahead).
  private func elementLine() -> Int {
    guard let node = xmlTextReaderCurrentNode(reader) else { return max(line, 1) }
    let number = Int(xmlGetLineNo(node))
    return number > 0 ? number : max(line, 1)
  }

  private func location() -> SourceLocation {
    SourceLocation(
      file: sourceName, line: max(line, 1), column: max(Int(xmlTextReaderGetParserColumnNumber(reader)), 1))
  }

  private func failure() -> SubtitleError {
    if let error = input.error { return error }
    if let message = input.xmlError {
      return SubtitleError(
        at: SourceLocation(file: sourceName, line: max(message.line, 1), column: max(message.column, 1)), message.text)
    }
    return SubtitleError(at: location(), "malformed XML")
  }

  /// A name or namespace the parser interned: its String is made the first time and reused after.
  private func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    let key = UnsafeRawPointer(pointer)
    if let known = interned[key] { return known }
    let text = String(cString: pointer)
    if interned.count < 4096 { interned[key] = text }
    return text
  }

  /// The identifier of an interned namespace URI.
  private func namespace(_ pointer: UnsafePointer<xmlChar>?) -> XMLNamespace {
    guard let pointer else { return .none }
    let key = UnsafeRawPointer(pointer)
    if let known = namespaceIDs[key] { return known }
    let uri = String(cString: pointer)
    let id: XMLNamespace
    if uri == "http://www.w3.org/2000/xmlns/" {
      id = .declarations
    } else if let index = namespaceURIs.firstIndex(of: uri) {
      id = XMLNamespace(id: index)
    } else {
      id = XMLNamespace(id: namespaceURIs.count)
      if namespaceURIs.count < 1024 { namespaceURIs.append(uri) }
    }
    if namespaceIDs.count < 4096 { namespaceIDs[key] = id }
    return id
  }

  /// The URI of a namespace identifier, for messages.
  func uri(of namespace: XMLNamespace) -> String {
    namespace == .none
      ? "(none)" : namespace.id > 0 && namespace.id < namespaceURIs.count ? namespaceURIs[namespace.id] : "(unknown)"
  }

  private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }
}

/// A namespace as a small number: comparing two is one integer compare, and copying one costs nothing.
struct XMLNamespace: Hashable {
  let id: Int

  /// No namespace.
  static let none = XMLNamespace(id: 0)
  /// The namespace of `xmlns` declarations, which are not reported as attributes.
  static let declarations = XMLNamespace(id: -1)
}

/// What libxml2's C callbacks reach: the byte source, and the first error either side met.
private final class InputContext {
  let source: any ByteSource
  var error: SubtitleError?
  var xmlError: (text: String, line: Int, column: Int)?

  init(_ source: any ByteSource) {
    self.source = source
  }
}

/// libxml2 asks for more input.
private func readCallback(_ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?, _ length: Int32)
  -> Int32
{
  guard let context, let buffer, length > 0 else { return -1 }
  let input = Unmanaged<InputContext>.fromOpaque(context).takeUnretainedValue()
  do {
    return Int32(try input.source.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: Int(length))))
  } catch {
    input.error = error
    return -1
  }
}

/// libxml2 reports a problem; the first one is kept, worded without libxml2's trailing newline.
private func errorCallback(_ context: UnsafeMutableRawPointer?, _ error: UnsafeMutablePointer<xmlError>?) {
  guard let context, let error else { return }
  let input = Unmanaged<InputContext>.fromOpaque(context).takeUnretainedValue()
  guard input.xmlError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
  var text = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
  while text.last == "\n" || text.last == " " { text.removeLast() }
  input.xmlError = ("XML: " + text, Int(error.pointee.line), Int(error.pointee.int2))
}
