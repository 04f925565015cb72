import SubtitleChecks
import SubtitleTimeline

/// The page's data: one JSON object, read by the page's script, with cues and findings as compact
/// arrays so 10,000 cues stay small.
///
/// `tracks` are `{name, first, cues, start, end}` (`first`: the number of the track's first cue);
/// `lanes` are `{label, track, language}`, one per language of each track. `cues` are
/// `[track, start ms, end ms, id, [[lane, cps or null, limit or null, text, over 0|1] …]]`, one per
/// cue of every track in order; a cue's position there is its number on the page. `findings` are
/// `[severity 0 error | 1 warning | 2 note, rule, cue number or -1, line, column, message,
/// language or -1, track]`, rule, message and language as positions in `strings` (a film's
/// findings repeat a few hundred messages thousands of times). For two tracks, `links` pair cue
/// numbers, `offsets` are `[input ms, offset ms]` points of the sync fit, `splits` its split times.
struct ReportData {
  /// One lane of the timeline: a language of a track.
  struct Lane {
    /// What the lane is called on the page.
    var label: String
    /// The track it belongs to.
    var track: Int
    /// Its primary language (`und`: unknown).
    var language: String
  }

  let page: TimelinePage

  /// Writes the object.
  func write(to output: TextOutput) {
    let tracks = page.tracks
    let readings = tracks.map { $0.readings() }
    var firstCue: [Int] = []
    var lanes: [Lane] = []
    for (index, track) in tracks.enumerated() {
      firstCue.append(index == 0 ? 0 : firstCue[index - 1] + tracks[index - 1].cues.count)
      let languages = ReportTrack.languages(in: readings[index])
      for language in languages.isEmpty ? ["und"] : languages {
        lanes.append(
          Lane(label: tracks.count > 1 ? "\(track.name) · \(language)" : language, track: index, language: language))
      }
    }
    output.write("{\"tracks\":[")
    for (index, track) in tracks.enumerated() {
      if index > 0 { output.write(",") }
      let span = track.span
      output.write("{\"name\":")
      output.writeJSONString(track.name, insideHTML: true)
      output.write(",\"first\":\(firstCue[index]),\"cues\":\(track.cues.count)")
      output.write(",\"start\":\(span.start.roundedMilliseconds),\"end\":\(span.end.roundedMilliseconds)}")
    }
    output.write("],\"lanes\":[")
    for (index, lane) in lanes.enumerated() {
      if index > 0 { output.write(",") }
      output.write("{\"label\":")
      output.writeJSONString(lane.label, insideHTML: true)
      output.write(",\"track\":\(lane.track),\"language\":")
      output.writeJSONString(lane.language, insideHTML: true)
      output.write("}")
    }
    output.write("],\"cues\":[")
    var written = 0
    for (trackIndex, track) in tracks.enumerated() {
      for (index, cue) in track.cues.enumerated() {
        if written > 0 { output.write(",\n") }
        written += 1
        writeCue(cue, track: trackIndex, blocks: readings[trackIndex][index], lanes: lanes, to: output)
      }
    }
    output.write("],\n\"findings\":[")
    written = 0
    var strings = StringTable()
    for (trackIndex, track) in tracks.enumerated() {
      for finding in track.findings {
        if written > 0 { output.write(",\n") }
        written += 1
        writeFinding(
          finding, track: trackIndex, first: firstCue[trackIndex], cues: track.cues.count, strings: &strings, to: output
        )
      }
    }
    output.write("],\n\"strings\":[")
    for (index, string) in strings.all.enumerated() {
      if index > 0 { output.write(",") }
      output.writeJSONString(string, insideHTML: true)
    }
    output.write("],\n\"shots\":[")
    output.write(tracks[0].settings.shotChanges.milliseconds.map(String.init).joined(separator: ","))
    output.write("]")
    if let comparison = page.comparison, firstCue.count == 2 {
      writeComparison(comparison, second: firstCue[1], to: output)
    }
    output.write("}")
  }

  private func writeCue(_ cue: Cue, track: Int, blocks: [BlockReading], lanes: [Lane], to output: TextOutput) {
    output.write("[\(track),\(cue.start.roundedMilliseconds),\(cue.end.roundedMilliseconds),")
    output.writeJSONString(cue.id, insideHTML: true)
    output.write(",[")
    for (index, block) in blocks.enumerated() {
      if index > 0 { output.write(",") }
      let lane = lanes.firstIndex { $0.track == track && $0.language == (block.language ?? "und") } ?? 0
      output.write("[\(lane),")
      if let speed = block.charactersPerSecond {
        output.writeJSONNumber((speed * 10).rounded() / 10)
      } else {
        output.write("null")
      }
      output.write(",")
      if let limit = block.limit { output.writeJSONNumber(limit) } else { output.write("null") }
      output.write(",")
      output.writeJSONString(block.text, insideHTML: true)
      output.write(block.isOverLimit ? ",1]" : ",0]")
    }
    output.write("]]")
  }

  private func writeFinding(
    _ finding: Finding, track: Int, first: Int, cues: Int, strings: inout StringTable, to output: TextOutput
  ) {
    let severity = finding.severity == .error ? 0 : finding.severity == .warning ? 1 : 2
    let cue = finding.cueIndex.flatMap { $0 >= 1 && $0 <= cues ? first + $0 - 1 : nil } ?? -1
    let language = finding.language.map { strings.index($0) } ?? -1
    output.write("[\(severity),\(strings.index(finding.rule)),\(cue),\(finding.location.line),")
    output.write("\(finding.location.column),\(strings.index(finding.message)),\(language),\(track)]")
  }

  private func writeComparison(_ comparison: TrackComparison, second: Int, to output: TextOutput) {
    output.write(",\n\"links\":[")
    output.write(comparison.links.map { "[\($0.0),\($0.1 + second)]" }.joined(separator: ","))
    let (a, b) = comparison.unpaired
    output.write("],\"unpaired\":[" + (a + b.map { $0 + second }).map(String.init).joined(separator: ","))
    output.write("],\"paired\":\(comparison.pairing != nil),\"offsets\":[")
    let curve = comparison.offsetCurve(until: page.tracks[1].span.end)
    output.write(curve.map { "[\($0.time),\($0.offset)]" }.joined(separator: ","))
    output.write("],\"splits\":[" + comparison.splits.map { String($0.roundedMilliseconds) }.joined(separator: ","))
    output.write("],\"sync\":")
    if let fit = comparison.fit {
      output.write("{\"scale\":")
      output.writeJSONString(fit.scale.description, insideHTML: true)
      output.write(",\"score\":")
      output.writeJSONNumber((fit.score * 1000).rounded() / 1000)
      output.write(",\"confidence\":")
      output.writeJSONNumber((fit.confidence * 1000).rounded() / 1000)
      output.write("}")
    } else {
      output.write("{\"failure\":")
      output.writeJSONString(comparison.syncFailure ?? "", insideHTML: true)
      output.write("}")
    }
  }
}

/// Strings written once each, referred to by their position.
struct StringTable {
  private(set) var all: [String] = []
  private var positions: [String: Int] = [:]

  /// The position of `string`, added when new.
  mutating func index(_ string: String) -> Int {
    if let known = positions[string] { return known }
    all.append(string)
    positions[string] = all.count - 1
    return all.count - 1
  }
}
