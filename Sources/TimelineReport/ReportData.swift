import SubtitleChecks
import SubtitleTimeline

/// The page's data: one JSON object, read by the page's script, with cues and findings as compact
/// arrays so 10,000 cues stay small.
///
/// `cues` are `[track, start ms, end ms, id, [[lane, cps, limit, text] …]]`, one entry per cue of
/// every track in order; a cue's position there is its number on the page. `findings` are
/// `[severity 0 error | 1 warning | 2 note, rule, cue number or -1, line, column, message,
/// language or -1]`, rule, message and language as positions in `strings` (a film's findings
/// repeat a few hundred messages thousands of times). `links` pair cue numbers, `offsets` are `[input ms, offset ms]` points of the sync
/// fit, `splits` its split times.
struct ReportData {
  let page: TimelinePage

  /// Writes the object.
  func write(to output: TextOutput) {
    let tracks = page.tracks
    var firstCue: [Int] = []
    var lanes: [(label: String, track: Int, language: String?)] = []
    for (index, track) in tracks.enumerated() {
      firstCue.append((firstCue.last ?? 0) + (index > 0 ? tracks[index - 1].cues.count : 0))
      if tracks.count > 1 { lanes.append((track.name, index, nil)) }
    }
    let readings = tracks.map { $0.readings() }
    if tracks.count == 1 {
      var seen: [String] = []
      for blocks in readings[0] {
        for block in blocks where !seen.contains(block.language ?? "und") { seen.append(block.language ?? "und") }
      }
      lanes = (seen.isEmpty ? ["und"] : seen).map { ($0, 0, $0) }
    }
    output.write("{\"title\":")
    output.writeJSONString(tracks.map(\.name).joined(separator: " · "), insideHTML: true)
    output.write(",\"tracks\":[")
    for (index, track) in tracks.enumerated() {
      if index > 0 { output.write(",") }
      writeTrack(track, first: firstCue[index], to: output)
    }
    output.write("],\"lanes\":[")
    for (index, lane) in lanes.enumerated() {
      if index > 0 { output.write(",") }
      output.write("{\"label\":")
      output.writeJSONString(lane.label, insideHTML: true)
      output.write(",\"track\":\(lane.track)}")
    }
    output.write("],\"cues\":[")
    for (trackIndex, track) in tracks.enumerated() {
      for (index, cue) in track.cues.enumerated() {
        if trackIndex + index > 0 { output.write(",\n") }
        writeCue(cue, track: trackIndex, blocks: readings[trackIndex][index], lanes: lanes, to: output)
      }
    }
    output.write("],\n\"findings\":[")
    var written = 0
    var strings = StringTable()
    for (trackIndex, track) in tracks.enumerated() {
      for finding in track.findings {
        if written > 0 { output.write(",\n") }
        written += 1
        writeFinding(finding, first: firstCue[trackIndex], cues: track.cues.count, strings: &strings, to: output)
      }
    }
    output.write("],\n\"strings\":[")
    for (index, string) in strings.all.enumerated() {
      if index > 0 { output.write(",") }
      output.writeJSONString(string, insideHTML: true)
    }
    output.write("],\n\"shots\":")
    writeNumbers(tracks[0].settings.shotChanges.milliseconds, to: output)
    writeComparison(firstCue: firstCue, to: output)
    output.write("}")
  }

  private func writeTrack(_ track: ReportTrack, first: Int, to output: TextOutput) {
    let span = track.span
    output.write("{\"name\":")
    output.writeJSONString(track.name, insideHTML: true)
    output.write(",\"format\":")
    output.writeJSONString(track.format, insideHTML: true)
    output.write(",\"encoding\":")
    output.writeJSONString(track.encoding, insideHTML: true)
    output.write(",\"preset\":")
    output.writeJSONString(track.preset, insideHTML: true)
    output.write(",\"first\":\(first),\"cues\":\(track.cues.count)")
    output.write(",\"start\":\(span.start.roundedMilliseconds),\"end\":\(span.end.roundedMilliseconds)")
    let gap = track.settings.frameRate.milliseconds(ofFrames: track.settings.timing.minimumGapFrames)
    output.write(",\"minGap\":\(gap),\"frameRate\":\"\(track.settings.frameRate)\"}")
  }

  private func writeCue(
    _ cue: Cue, track: Int, blocks: [BlockReading], lanes: [(label: String, track: Int, language: String?)],
    to output: TextOutput
  ) {
    output.write("[\(track),\(cue.start.roundedMilliseconds),\(cue.end.roundedMilliseconds),")
    output.writeJSONString(cue.id, insideHTML: true)
    output.write(",[")
    for (index, block) in blocks.enumerated() {
      if index > 0 { output.write(",") }
      let lane =
        lanes.firstIndex { $0.track == track && ($0.language == nil || $0.language == (block.language ?? "und")) } ?? 0
      output.write("[\(lane),")
      output.writeJSONNumber((block.charactersPerSecond * 10).rounded() / 10)
      output.write(",")
      if let limit = block.limit { output.writeJSONNumber(limit) } else { output.write("null") }
      output.write(",")
      output.writeJSONString(block.text, insideHTML: true)
      output.write("]")
    }
    output.write("]]")
  }

  private func writeFinding(
    _ finding: Finding, first: Int, cues: Int, strings: inout StringTable, to output: TextOutput
  ) {
    let severity = finding.severity == .error ? 0 : finding.severity == .warning ? 1 : 2
    let cue = finding.cueIndex.flatMap { (1...cues).contains($0) ? first + $0 - 1 : nil } ?? -1
    let language = finding.language.map { strings.index($0) } ?? -1
    output.write("[\(severity),\(strings.index(finding.rule)),\(cue),\(finding.location.line),")
    output.write("\(finding.location.column),\(strings.index(finding.message)),\(language)]")
  }

  private func writeComparison(firstCue: [Int], to output: TextOutput) {
    guard let comparison = page.comparison, firstCue.count == 2 else { return }
    let second = firstCue[1]
    output.write(",\n\"links\":[")
    output.write(comparison.links.map { "[\($0.0),\($0.1 + second)]" }.joined(separator: ","))
    output.write("],\"unpaired\":")
    let (a, b) = comparison.unpaired
    writeNumbers((a + b.map { $0 + second }).map(Int64.init), to: output)
    output.write(",\"paired\":\(comparison.pairing != nil),\"offsets\":[")
    let curve = comparison.offsetCurve(until: page.tracks[1].span.end)
    output.write(curve.map { "[\($0.time),\($0.offset)]" }.joined(separator: ","))
    output.write("],\"splits\":")
    writeNumbers(comparison.splits.map(\.roundedMilliseconds), to: output)
    output.write(",\"sync\":")
    if let fit = comparison.fit {
      output.write("{\"scale\":\"\(fit.scale)\",\"score\":")
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

  private func writeNumbers(_ numbers: [Int64], to output: TextOutput) {
    output.write("[" + numbers.map(String.init).joined(separator: ",") + "]")
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
