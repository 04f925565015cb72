internal import CLibXML2
import SubtitleTimeline

/// Streaming XML through libxml2's SAX2 push parser: the input goes in in chunks, and start tags,
/// end tags and text come back as calls to a handler while each chunk is parsed.
///
/// Secure by construction: no network, no DTD loading, no entity substitution; a document with a
/// DOCTYPE is refused as soon as it is seen, so no entity can expand or pull in a local file; nesting is capped.
final class XMLPushParser {
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
    var line: Int
    var column: Int

    /// The value of the attribute `name` in `namespace` (none by default).
    func attribute(_ name: String, in namespace: XMLNamespace = .none) -> String? {
      attributes.first { $0.namespace == namespace && $0.name == name }?.value  // the integer compare first
    }
  }

  /// What receives the document's parts, in order.
  protocol Handler: AnyObject {
    /// A start tag, with its attributes.
    func start(_ tag: StartTag) throws(SubtitleError)
    /// An end tag.
    func end(namespace: XMLNamespace, name: String) throws(SubtitleError)
    /// Character data (one text may come in several calls).
    func text(_ text: String) throws(SubtitleError)
    /// Whether character data read now is wanted: text between elements that hold none is not decoded.
    var wantsText: Bool { get }
  }

  /// Deeper element nesting than this is refused.
  static let maximumDepth = 200
  /// A longer run of text between two tags is refused (libxml2 refuses as long an attribute value).
  static let maximumTextBytes = 10_000_000
  /// How much input each `feed()` parses.
  static let chunkSize = 1 << 18

  private let source: any ByteSource
  private let sourceName: String
  private unowned let handler: any Handler
  private var context: xmlParserCtxtPtr?
  private var chunk: [UInt8]
  private var finished = false
  private var depth = 0
  /// The first error met, by the handler, the source or libxml2; parsing stops at it.
  private var failure: SubtitleError?
  /// Whether `failure` is set: a flag, as testing the optional itself copies the error on every callback.
  private var failed = false
  private var interned: [UnsafeRawPointer: String] = [:]
  /// A direct-mapped cache in front of `interned`: most lookups are the same few element names.
  private var recentNames = [(UnsafeRawPointer?, String)](repeating: (nil, ""), count: 64)
  private var recentNamespaces = [(UnsafeRawPointer?, XMLNamespace)](repeating: (nil, .none), count: 16)
  private var namespaceIDs: [UnsafeRawPointer: XMLNamespace] = [:]
  private var namespaceURIs: [String]
  private var attributeBuffer: [Attribute] = []
  /// Character data since the last tag: libxml2 hands text over in pieces, the handler gets it whole.
  private var pendingText: [UInt8] = []

  /// Namespace URIs read as another's identifier (older names of the same vocabulary).
  private let aliases: [String: XMLNamespace]
  /// The first URI read through `aliases`, if any.
  private(set) var aliasMet: String?
  /// The namespace URIs the root element declares.
  private(set) var rootDeclarations: [String] = []

  /// A parser over `source` that reports to `handler`; `namespaces` get the identifiers 1, 2, 3 and
  /// so on, and each URI of `aliases` gets the identifier of the namespace it names.
  init(
    _ source: any ByteSource, sourceName: String, namespaces: [String], aliases: [String: String] = [:],
    handler: any Handler
  ) {
    self.source = source
    self.sourceName = sourceName
    self.handler = handler
    namespaceURIs = [""] + namespaces
    self.aliases = aliases.compactMapValues { uri in namespaces.firstIndex(of: uri).map { XMLNamespace(id: $0 + 1) } }
    chunk = [UInt8](repeating: 0, count: Self.chunkSize)
  }

  deinit {
    if let context {
      xmlFreeDoc(context.pointee.myDoc)
      xmlFreeParserCtxt(context)
    }
  }

  /// Parses the next chunk of input, calling the handler; false once the document has ended.
  func feed() throws(SubtitleError) -> Bool {
    guard !finished else { return false }
    let count = try chunk.withUnsafeMutableBytes { raw in
      Result { () throws(SubtitleError) in try source.read(into: raw) }
    }.get()
    if context == nil { try start(first: count) }
    guard let context else { return false }
    let status = chunk.withUnsafeBufferPointer { bytes in
      bytes.baseAddress.map { base in
        base.withMemoryRebound(to: CChar.self, capacity: count) {
          xmlParseChunk(context, $0, Int32(count), count == 0 ? 1 : 0)
        }
      } ?? -1
    }
    if let failure { throw failure }
    guard status == 0 else { throw SubtitleError(at: location(), "malformed XML") }
    if count == 0 { finished = true }
    return !finished
  }

  private func start(first count: Int) throws(SubtitleError) {
    subkit_xmlSilenceGenericErrors()  // per thread, as libxml2 keeps the handler
    var sax = xmlSAXHandler()
    sax.initialized = UInt32(XML_SAX2_MAGIC)
    sax.startElementNs = startElementCallback
    sax.endElementNs = endElementCallback
    sax.characters = charactersCallback
    sax.cdataBlock = charactersCallback
    sax.internalSubset = internalSubsetCallback
    sax.reference = referenceCallback
    sax.serror = errorCallback
    let me = Unmanaged.passUnretained(self).toOpaque()
    guard let context = xmlCreatePushParserCtxt(&sax, me, nil, 0, nil) else {
      throw SubtitleError(at: SourceLocation(file: sourceName, line: 1), "cannot start the XML parser")
    }
    // The bytes are UTF-8 whatever the declaration says: the caller has decoded them (`Subtitles.open`).
    xmlCtxtUseOptions(
      context,
      Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
          | XML_PARSE_IGNORE_ENC.rawValue))
    self.context = context
  }

  fileprivate func startElement(
    _ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ count: Int32,
    _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
    declaring namespaces: (count: Int32, pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?)
  ) {
    flushText()
    guard !failed else { return }
    depth += 1
    if depth == 1, let pairs = namespaces.pairs {
      for index in 0..<Int(min(max(namespaces.count, 0), 64)) {  // prefix, URI
        if let declared = pairs[index * 2 + 1] { rootDeclarations.append(String(cString: declared)) }
      }
    }
    guard depth <= Self.maximumDepth else {
      fail(SubtitleError(at: location(), "elements nested deeper than \(Self.maximumDepth) levels"))
      return
    }
    attributeBuffer.removeAll(keepingCapacity: true)
    if let attributes {
      for index in 0..<Int(max(count, 0)) {
        let base = index * 5  // localname, prefix, URI, value start, value end
        guard let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
        let value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
        attributeBuffer.append(
          Attribute(namespace: namespace(attributes[base + 2]), name: name(attributes[base]), value: value))
      }
    }
    let tag = StartTag(
      namespace: namespace(uri), name: name(localName), attributes: attributeBuffer, line: line, column: 1)
    do { try handler.start(tag) } catch { fail(error) }
  }

  fileprivate func endElement(_ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) {
    flushText()
    guard !failed else { return }
    depth -= 1
    do { try handler.end(namespace: namespace(uri), name: name(localName)) } catch { fail(error) }
  }

  fileprivate func characters(_ bytes: UnsafePointer<xmlChar>?, _ count: Int32) {
    guard !failed, handler.wantsText, let bytes, count > 0 else { return }
    guard pendingText.count + Int(count) <= Self.maximumTextBytes else {
      fail(SubtitleError(at: location(), "a text longer than \(Self.maximumTextBytes) bytes"))
      return
    }
    pendingText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(count)))
  }

  private func flushText() {
    guard !pendingText.isEmpty else { return }
    defer { pendingText.removeAll(keepingCapacity: true) }
    guard !failed else { return }
    do { try handler.text(String(decoding: pendingText, as: UTF8.self)) } catch { fail(error) }
  }

  fileprivate func fail(_ error: SubtitleError) {
    if !failed {
      failure = error
      failed = true
    }
    if let context { xmlStopParser(context) }
  }

  fileprivate func xmlError(_ error: UnsafePointer<xmlError>) {
    guard !failed, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    var text = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
    while text.last == "\n" || text.last == " " { text.removeLast() }
    let location = SourceLocation(
      file: sourceName, line: max(Int(error.pointee.line), 1), column: max(Int(error.pointee.int2), 1))
    fail(SubtitleError(at: location, "XML: " + text))
  }

  /// The line the parser is on: at a callback, the line where the tag just read ends.
  var line: Int {
    guard let context else { return 1 }
    return max(Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer(context))), 1)
  }

  fileprivate func location() -> SourceLocation { SourceLocation(file: sourceName, line: line) }

  /// A name the parser interned: its String is made the first time and reused after.
  private func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    let key = UnsafeRawPointer(pointer)
    let slot = Int(UInt(bitPattern: key) >> 3) & 63
    if recentNames[slot].0 == key { return recentNames[slot].1 }
    if let known = interned[key] {
      recentNames[slot] = (key, known)
      return known
    }
    let text = String(cString: pointer)
    if interned.count < 4096 { interned[key] = text }
    return text
  }

  /// The identifier of an interned namespace URI.
  private func namespace(_ pointer: UnsafePointer<xmlChar>?) -> XMLNamespace {
    guard let pointer else { return .none }
    let key = UnsafeRawPointer(pointer)
    let slot = Int(UInt(bitPattern: key) >> 3) & 15
    if recentNamespaces[slot].0 == key { return recentNamespaces[slot].1 }
    if let known = namespaceIDs[key] {
      recentNamespaces[slot] = (key, known)
      return known
    }
    let uri = String(cString: pointer)
    let id: XMLNamespace
    if let index = namespaceURIs.firstIndex(of: uri) {
      id = XMLNamespace(id: index)
    } else if let alias = aliases[uri] {
      id = alias
      if aliasMet == nil { aliasMet = uri }
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
}

/// A namespace as a small number: comparing two is one integer compare, and copying one costs nothing.
struct XMLNamespace: Hashable {
  let id: Int

  /// No namespace.
  static let none = XMLNamespace(id: 0)
}

private func parser(_ context: UnsafeMutableRawPointer?) -> XMLPushParser? {
  guard let context else { return nil }
  // The SAX user data is the parser context's `_private` field only when set; libxml2 passes the user data given at creation.
  return Unmanaged<XMLPushParser>.fromOpaque(context).takeUnretainedValue()
}

private func startElementCallback(
  _ context: UnsafeMutableRawPointer?, _ localName: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
  _ uri: UnsafePointer<xmlChar>?, _ namespaceCount: Int32, _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
  _ attributeCount: Int32, _ defaultedCount: Int32, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
  parser(context)?.startElement(localName, uri, attributeCount, attributes, declaring: (namespaceCount, namespaces))
}

private func endElementCallback(
  _ context: UnsafeMutableRawPointer?, _ localName: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
  _ uri: UnsafePointer<xmlChar>?
) {
  parser(context)?.endElement(localName, uri)
}

private func charactersCallback(_ context: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<xmlChar>?, _ count: Int32) {
  parser(context)?.characters(bytes, count)
}

private func internalSubsetCallback(
  _ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?, _ externalID: UnsafePointer<xmlChar>?,
  _ systemID: UnsafePointer<xmlChar>?
) {
  guard let parser = parser(context) else { return }
  parser.fail(
    SubtitleError(
      at: parser.location(),
      "DOCTYPE declarations are refused: their entities could expand without bound or read local files"))
}

private func referenceCallback(_ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
  guard let parser = parser(context) else { return }
  parser.fail(SubtitleError(at: parser.location(), "entity references are refused"))
}

private func errorCallback(_ context: UnsafeMutableRawPointer?, _ error: UnsafeMutablePointer<xmlError>?) {
  guard let error, let parser = parser(context) else { return }
  parser.xmlError(error)
}
