import SubtitleTimeline

/// The search behind `TrackSync`: which scale and which offsets, piece by piece, make the input's
/// intervals overlap the reference's the most, less a penalty for each split.
///
/// 1. Every scale that maps one common frame rate to another is tried: the input scaled, its
///    overlap with the reference at every offset is one cross-correlation (`OverlapCorrelation`);
///    the three scales with the highest peaks are fitted whole and the best fit wins; a fine
///    search around it follows.
/// 2. The highest peaks at that scale are the candidate offsets: each stretch of the film that kept
///    its own offset makes a peak of its own.
/// 3. A dynamic program over the cues in order picks one candidate per cue, maximising the overlap
///    less `splitPenalty` for each change of candidate: O(cues × candidates).
/// 4. Each piece's offset is then made exact by sweeping the overlap's breakpoints around it
///    (`SpeechIntervals.bestOffset`), and the program runs again over the exact offsets.
struct SyncSearch {
  /// The input's cues in start order, in milliseconds.
  let input: [(start: Double, end: Double)]
  /// Where the reference has cues (or speech).
  let reference: SpeechIntervals

  /// The scales tried first: one common frame rate to another (and none).
  static let scales: [Fraction] = {
    let rates: [(Int128, Int128)] = [(24000, 1001), (24, 1), (25, 1), (30000, 1001), (30, 1)]
    var scales: [Fraction] = [.one]
    for (a, b) in rates { for (c, d) in rates where a * d != b * c { scales.append(Fraction(a * d, b * c)) } }
    return scales.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
  }()

  /// Steps of the fine scale search, as a share of the scale.
  static let fineSteps = (1...8).flatMap { [Double($0) * 0.0003, -Double($0) * 0.0003] }

  /// Candidate offsets taken from the correlation's peaks.
  static let candidateCount = 24

  /// The result: the scale, the offset of each input cue, and how good the fit is.
  struct Outcome {
    var scale: Fraction
    var offsets: [Double]
    /// The overlap less the penalty of the splits, in the input's time (a larger scale lengthens
    /// the cues, and so their overlap): what the search maximises.
    var objective: Double
  }

  /// The best fit.
  func run() -> Outcome {
    let inputSpan = (input.map(\.end).max() ?? 0) - (input.map(\.start).min() ?? 0)
    // A grid of a few dozen cells a cue (at most 2^19 in all, at least 4,096): fine enough to
    // find each stretch's peak, and the transforms grow with the cues, not with the span.
    let cells = min(1 << 19, max(1 << 12, 64 * (input.count + reference.count)))
    // (Four cells fewer for the correlation's own margin, so that its transform is `cells` long, not twice.)
    let bin = max(100, (inputSpan * 1.3 + reference.span) / Double(cells - 4))
    let correlation = OverlapCorrelation(reference: reference, inputSpan: inputSpan * 1.3, bin: bin)
    @Sendable func overlaps(_ scale: Fraction) -> [(offset: Double, overlap: Double)] {
      correlation.overlaps(of: SpeechIntervals(scaled(by: scale.value)))
    }
    // Each scale's highest overlap; the overlaps themselves are made again for the few fitted,
    // so that memory holds one correlation at a time.
    func peaks(_ scales: [Fraction]) -> [(scale: Fraction, peak: Double)] {
      scales.indices.concurrentMap { (scales[$0], overlaps(scales[$0]).map(\.overlap).max() ?? 0) }
        .sorted { $0.peak > $1.peak }
    }
    // Neighbouring common scales (24/25 and 23.976/25) can peak alike on a short track: the
    // whole fit decides among the three highest.
    let common = peaks(Self.scales)
    // No change of frame rate is the likelier: another scale must do better by half a percent.
    func preferred(_ outcome: Outcome) -> Double { outcome.objective * (outcome.scale == .one ? 1.005 : 1) }
    var outcome = fitted(common[0].scale, overlaps(common[0].scale), bin: bin)
    for other in common.dropFirst().prefix(2) {
      let candidate = fitted(other.scale, overlaps(other.scale), bin: bin)
      if preferred(candidate) > preferred(outcome) { outcome = candidate }
    }
    // A scale off the common ones is taken only when the whole fit at it is better.
    let fine = peaks(
      Self.fineSteps.map { Fraction(Int128((outcome.scale.value * (1 + $0) * 1e6).rounded()), 1_000_000) })
    if let best = fine.first, best.peak > common[0].peak {
      let other = fitted(best.scale, overlaps(best.scale), bin: bin)
      if other.objective > outcome.objective { outcome = other }
    }
    return outcome
  }

  /// The fit at `scale`, given the input's overlap with the reference at each offset there.
  private func fitted(_ scale: Fraction, _ overlaps: [(offset: Double, overlap: Double)], bin: Double) -> Outcome {
    let moved = scaled(by: scale.value)
    let window = 2 * bin + 300
    let peaks = OverlapCorrelation.peaks(overlaps, count: Self.candidateCount, radius: max(2 * bin, 1000))
    // Each run of `chunkSize` cues votes for the exact offset near a peak that suits it best, so a
    // stretch of the film with an offset of its own brings its offset even when its peak is small.
    let chunks = (moved.count + Self.chunkSize - 1) / Self.chunkSize
    let votes = (0..<chunks).concurrentMap { chunkIndex in
      let first = chunkIndex * Self.chunkSize
      let chunk = moved[first..<min(first + Self.chunkSize, moved.count)]
      return peaks.map { reference.bestOffset(for: chunk, in: ($0.offset - window)...($0.offset + window)) }
        .max { $0.overlap < $1.overlap }
    }.compactMap { $0 }
    let penalty = splitPenalty(moved)
    let rough = choose(Self.clustered(votes.map { ($0.offset.rounded(), $0.overlap) }), for: moved, penalty: penalty)
    let exact = pieces(of: rough).map { piece in
      let around = rough[piece.lowerBound]
      let best = reference.bestOffset(for: moved[piece], in: (around - window)...(around + window))
      return (best.offset.rounded(), best.overlap)
    }
    let offsets = choose(Self.clustered(exact), for: moved, penalty: penalty)
    let overlap = zip(moved, offsets).reduce(0) { $0 + reference.overlap($1.0.start + $1.1, $1.0.end + $1.1) }
    let splits = Double(pieces(of: offsets).count - 1)
    return Outcome(scale: scale, offsets: offsets, objective: (overlap - penalty * splits) / scale.value)
  }

  /// Cues that vote together for a candidate offset.
  static let chunkSize = 50

  /// The offsets of `weighted` (offset, weight) gathered where they lie within 20 ms of one
  /// another (a group weighs its members' sum and stands at its heaviest member), the
  /// `candidateCount` heaviest groups.
  private static func clustered(_ weighted: [(offset: Double, weight: Double)]) -> [Double] {
    var groups: [(offset: Double, weight: Double, heaviest: Double, last: Double)] = []
    for (offset, weight) in weighted.sorted(by: { $0.offset < $1.offset }) {
      if let group = groups.last, offset - group.last <= 20 {
        groups[groups.count - 1] = (
          weight > group.heaviest ? offset : group.offset, group.weight + weight, max(weight, group.heaviest), offset
        )
      } else {
        groups.append((offset, weight, weight, offset))
      }
    }
    return groups.sorted { $0.weight > $1.weight }.prefix(candidateCount).map(\.offset)
  }

  /// The input's intervals times `scale`.
  func scaled(by scale: Double) -> [(start: Double, end: Double)] {
    input.map { ($0.start * scale, $0.end * scale) }
  }

  /// What a split costs: twice a typical cue's duration (at least a second), so that a split needs
  /// more than two cues' worth of overlap to pay for itself.
  private func splitPenalty(_ cues: [(start: Double, end: Double)]) -> Double {
    let durations = cues.map { $0.end - $0.start }.sorted()
    return max(2 * (durations.isEmpty ? 0 : durations[durations.count / 2]), 1000)
  }

  /// One of `candidates` for each cue: the most overlap less `penalty` per change (a dynamic
  /// program over the cues in order).
  private func choose(_ candidates: [Double], for cues: [(start: Double, end: Double)], penalty: Double) -> [Double] {
    guard !candidates.isEmpty, !cues.isEmpty else { return cues.map { _ in candidates.first ?? 0 } }
    let count = candidates.count
    var totals = [Double](repeating: 0, count: count)
    var from = [UInt16](repeating: 0, count: cues.count * count)
    for (index, cue) in cues.enumerated() {
      let previous = totals
      let leader = previous.indices.max { previous[$0] < previous[$1] } ?? 0
      for candidate in 0..<count {
        let switching = previous[leader] - penalty
        var total = previous[candidate]
        from[index * count + candidate] = UInt16(candidate)
        if index > 0 && switching > total {
          total = switching
          from[index * count + candidate] = UInt16(leader)
        }
        totals[candidate] =
          total + reference.overlap(cue.start + candidates[candidate], cue.end + candidates[candidate])
      }
    }
    var chosen = [Double](repeating: 0, count: cues.count)
    var candidate = totals.indices.max { totals[$0] < totals[$1] } ?? 0
    for index in cues.indices.reversed() {
      chosen[index] = candidates[candidate]
      candidate = Int(from[index * count + candidate])
    }
    return chosen
  }

  /// The runs of equal offsets, as ranges of cue positions.
  private func pieces(of offsets: [Double]) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start = 0
    for index in offsets.indices.dropFirst() where offsets[index] != offsets[index - 1] {
      runs.append(start..<index)
      start = index
    }
    if !offsets.isEmpty { runs.append(start..<offsets.count) }
    return runs
  }
}

extension Fraction {
  /// The fraction as a floating-point number.
  var value: Double { Double(numerator) / Double(denominator) }
}
