import SubtitleText
import SubtitleTimeline

extension TranslationAlignment {
  /// The translation as cues timed by the cues its lines matched, and the positions of the lines
  /// that matched no cue (each joined to the translation of the cue before it, or after it when
  /// it comes first, so that no line is lost).
  ///
  /// A line over two cues is split in two at the punctuation nearest to where the cues' lengths
  /// divide it (a sentence end before a comma); a line with no punctuation inside stays whole, on
  /// one cue from the first cue's start to the second's end. Two lines on one cue are joined.
  public func timedTranslation(lines: [String], cues: [Cue]) -> (cues: [Cue], unmatched: [Int]) {
    var timed: [Cue] = []
    var unmatched: [Int] = []
    var waiting: [String] = []
    func add(_ text: String, from first: Cue, to last: Cue) {
      let joined = LanguageBlock.join(waiting + [text])
      waiting = []
      timed.append(
        Cue(
          id: first.id, start: first.start, end: max(last.end, first.start), content: [.text(joined)],
          lineLanguages: [LineLanguages.byScript(joined)], sourceLine: first.sourceLine))
    }
    for bead in beads {
      switch bead {
      case .pair(let line, let cue):
        add(lines[line], from: cues[cue], to: cues[cue])
      case .lineOverTwoCues(let line, let cue):
        let (first, second) = (cues[cue], cues[cue + 1])
        let share =
          Double(Self.length(first.content.plainText))
          / Double(max(Self.length(first.content.plainText) + Self.length(second.content.plainText), 1))
        if let (head, tail) = Self.split(lines[line], at: share) {
          add(head, from: first, to: first)
          add(tail, from: second, to: second)
        } else {
          add(lines[line], from: first, to: second)
        }
      case .twoLinesOnCue(let line, let cue):
        add(LanguageBlock.join([lines[line], lines[line + 1]]), from: cues[cue], to: cues[cue])
      case .lineAlone(let line):
        unmatched.append(line)
        if var last = timed.popLast() {
          let text = LanguageBlock.join([last.content.plainText, lines[line]])
          last.content = [.text(text)]
          last.lineLanguages = [LineLanguages.byScript(text)]
          timed.append(last)
        } else {
          waiting.append(lines[line])
        }
      case .cueAlone:
        continue
      }
    }
    if !waiting.isEmpty, let first = cues.first { add("", from: first, to: first) }
    return (timed, unmatched)
  }

  /// Punctuation that ends a sentence, and punctuation within one.
  private static let sentenceEnds: Set<Character> = ["。", "！", "？", "!", "?", "…", "."]
  private static let pauses: Set<Character> = ["，", "；", "：", "、", ",", ";", ":"]
  /// Closing quotes and brackets that stay with the punctuation before them.
  private static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "\"", "'"]

  /// `text` cut after the punctuation mark nearest to `share` of its length (a sentence end if
  /// there is one inside, else a pause); nil when no mark has text after it.
  static func split(_ text: String, at share: Double) -> (String, String)? {
    let characters = Array(text)
    var cuts: [(position: Int, sentence: Bool)] = []
    var index = 0
    while index < characters.count {
      let character = characters[index]
      index += 1
      guard sentenceEnds.contains(character) || pauses.contains(character) else { continue }
      var end = index
      while end < characters.count, closers.contains(characters[end]) || sentenceEnds.contains(characters[end]) {
        end += 1
      }
      let rest = characters[end...].contains { !$0.isBlank && !sentenceEnds.contains($0) && !pauses.contains($0) }
      if rest { cuts.append((end, sentenceEnds.contains(character))) }
      index = end
    }
    let preferred = cuts.contains { $0.sentence } ? cuts.filter(\.sentence) : cuts
    let target = share * Double(characters.count)
    guard let cut = preferred.min(by: { abs(Double($0.position) - target) < abs(Double($1.position) - target) })
    else { return nil }
    func trimmed(_ part: ArraySlice<Character>) -> String {
      String(part.drop(while: \.isBlank).reversed().drop(while: \.isBlank).reversed())
    }
    return (trimmed(characters[..<cut.position]), trimmed(characters[cut.position...]))
  }
}
