import SubtitleTimeline

/// The TTML style properties subkit carries onto the timeline, out of the many TTML has.
///
/// `nil` means "not specified here"; inheritance fills it from the parent.
struct TTMLStyle: Equatable {
  var italic: Bool?
  var bold: Bool?
  var underline: Bool?
  var color: String?
  var ruby: String?
  /// `tts:visibility="hidden"`: inherited, and a descendant may make itself visible again.
  var hidden: Bool?
  /// `tts:display="none"`: removes the element and everything in it; a descendant cannot undo it.
  var removed: Bool?

  /// The properties TTML styling attributes set, and the names of those subkit does not carry.
  static func from(_ attributes: [XMLPushParser.Attribute]) -> (style: TTMLStyle, ignored: [String]) {
    var style = TTMLStyle()
    var ignored: [String] = []
    for attribute in attributes where attribute.namespace == TTMLNamespace.styling {
      let value = attribute.value.trimmingASCIISpaces()
      switch attribute.name {
      case "fontStyle": style.italic = value == "italic" || value == "oblique"
      case "fontWeight": style.bold = value == "bold"
      case "textDecoration":
        if value.contains("noUnderline") || value == "none" {
          style.underline = false
        } else if value.contains("underline") {
          style.underline = true
        }
      case "color": style.color = value
      case "ruby": style.ruby = value
      case "display": style.removed = value == "none"
      case "visibility": style.hidden = value == "hidden"
      case "origin", "extent":
        break  // region geometry: read with the region
      default: ignored.append("tts:" + attribute.name)
      }
    }
    return (style, ignored)
  }

  /// The styles that are on or off as a whole: italic, bold and underline.
  enum Toggle: CaseIterable {
    case underline, bold, italic

    /// The span that turns it on.
    var span: SpanStyle {
      switch self {
      case .underline: .underline
      case .bold: .bold
      case .italic: .italic
      }
    }
  }

  /// Whether `toggle` is on (true), turned off (false) or not said (nil).
  func value(_ toggle: Toggle) -> Bool? {
    switch toggle {
    case .underline: underline
    case .bold: bold
    case .italic: italic
    }
  }

  /// Records that `toggle` is on.
  mutating func set(_ toggle: Toggle) {
    switch toggle {
    case .underline: underline = true
    case .bold: bold = true
    case .italic: italic = true
    }
  }

  /// The toggles on here that `applied` does not have on yet.
  func toggles(missingFrom applied: TTMLStyle) -> Set<Toggle> {
    guard italic == true || bold == true || underline == true else { return [] }
    return Set(Toggle.allCases.filter { value($0) == true && applied.value($0) != true })
  }

  /// These properties, with the parent's where this one says nothing (ruby does not inherit).
  func inheriting(_ parent: TTMLStyle) -> TTMLStyle {
    TTMLStyle(
      italic: italic ?? parent.italic, bold: bold ?? parent.bold, underline: underline ?? parent.underline,
      color: color ?? parent.color, ruby: ruby, hidden: hidden ?? parent.hidden,
      removed: parent.removed == true ? true : removed)
  }

  /// These properties laid over `base`: this one wins where it says something.
  func over(_ base: TTMLStyle) -> TTMLStyle {
    TTMLStyle(
      italic: italic ?? base.italic, bold: bold ?? base.bold, underline: underline ?? base.underline,
      color: color ?? base.color, ruby: ruby ?? base.ruby, hidden: hidden ?? base.hidden,
      removed: removed ?? base.removed)
  }
}

extension String {
  /// The string without ASCII whitespace at either end.
  func trimmingASCIISpaces() -> String {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" || first == "\n" || first == "\r" { text.removeFirst() }
    while let last = text.last, last == " " || last == "\t" || last == "\n" || last == "\r" { text.removeLast() }
    return String(text)
  }
}
