import SubtitleTimeline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Untimed lines of a translation matched to the cues of a timed track in the other language, by
/// length, in the manner of Gale & Church (1993).
///
/// Lengths are characters without spaces; the ratio of the two languages' lengths is estimated
/// from the two texts' totals. A dynamic program over both sequences takes beads of one line and
/// one cue, one line over two cues, two lines on one cue, or a line or a cue alone; a bead costs
/// `−log P(length difference) − log P(bead)`, the difference normalised as Gale & Church do, and
/// less where both sides share a number or a Latin word (an anchor). The priors of the two-item
/// beads follow how many more lines or cues there are. The program runs in a band around the
/// diagonal, so its work is lines × band, not lines × cues.
public struct TranslationAlignment: Sendable {
  /// One bead: positions in the lines and in the cues.
  public enum Bead: Sendable, Hashable {
    /// A line on a cue.
    case pair(line: Int, cue: Int)
    /// A line over a cue and the next.
    case lineOverTwoCues(line: Int, cue: Int)
    /// A line and the next on one cue.
    case twoLinesOnCue(line: Int, cue: Int)
    /// A line that matches no cue.
    case lineAlone(line: Int)
    /// A cue that no line matches.
    case cueAlone(cue: Int)
  }

  /// The beads in order, covering every line and every cue once.
  public let beads: [Bead]

  /// The most cells the program may fill; a band narrows to fit.
  public static let maximumCells = 6_000_000

  /// The best alignment of `lines` with the texts of `cues`; nil when `refusal(lineCount:cueCount:)`
  /// gives a reason.
  public init?(lines: [String], cues: [String]) {
    let a = lines.map(Self.length)
    let b = cues.map(Self.length)
    let ratio = Double(max(b.reduce(0, +), 1)) / Double(max(a.reduce(0, +), 1))
    let anchors = AnchorTable.pair(lines.map(Self.anchors), cues.map(Self.anchors))
    let endings = (lines.map(Ending.init), cues.map(Ending.init))
    var costs = BeadCosts(lineCount: a.count, cueCount: b.count, ratio: ratio, variance: 6.8 * ratio)
    guard var beads = Self.program(a, b, anchors, endings, costs) else { return nil }
    // The variance, estimated again from the pairs found: the languages' spread, not English and French's.
    let residuals = beads.compactMap { bead -> Double? in
      guard case .pair(let line, let cue) = bead, a[line] > 0 else { return nil }
      let difference = Double(b[cue]) - Double(a[line]) * ratio
      return difference * difference / Double(a[line])
    }
    if residuals.count >= 10 {
      costs.variance = max(residuals.sorted()[residuals.count / 2] * 2.2, 0.5)
      beads = Self.program(a, b, anchors, endings, costs) ?? beads
    }
    self.beads = beads
  }

  /// An alignment of the given beads.
  init(beads: [Bead]) { self.beads = beads }

  /// Characters that are not spaces.
  static func length(_ text: String) -> Int { text.unicodeScalars.filter { !$0.properties.isWhitespace }.count }

  /// The numbers (runs of digits) and Latin words of two or more letters in `text`, lowercased.
  static func anchors(_ text: String) -> Set<String> {
    var found: Set<String> = []
    var current = ""
    var isDigits = false
    func flush() {
      if current.count >= (isDigits ? 1 : 2) { found.insert(current.lowercased()) }
      current = ""
    }
    for scalar in text.unicodeScalars {
      let digit = ("0"..."9").contains(scalar)
      let letter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
      if digit || letter {
        if !current.isEmpty && digit != isDigits { flush() }
        isDigits = digit
        current.unicodeScalars.append(scalar)
      } else {
        flush()
      }
    }
    flush()
    return found
  }

  /// Why `lineCount` lines cannot be aligned with `cueCount` cues, or nil when they can: counts
  /// more than ten times apart (past a hundred) would be mostly lines or cues alone, and the band
  /// must fit in the cells.
  public static func refusal(lineCount n: Int, cueCount m: Int) -> String? {
    if max(n, m) > 10 * max(min(n, m), 10) { return "\(n) lines and \(m) cues are too different in number to align" }
    let (cells, overflow) = (n + 1).multipliedReportingOverflow(by: 2 * band(n, m) + 1)
    guard overflow || cells > 2 * maximumCells else { return nil }
    return "\(n) lines and \(m) cues are too many to align (the program's \(2 * maximumCells) cells hold some 60,000)"
  }

  /// How many cues either side of the diagonal the program looks at: as many as the cells allow,
  /// and enough that each row reaches the next one's columns.
  private static func band(_ n: Int, _ m: Int) -> Int {
    max(min(m, max(100, maximumCells / max(n + 1, 1) / 2)), m / max(n, 1) / 2 + 2)
  }

  /// The dynamic program: the cheapest beads over `a` (line lengths) and `b` (cue lengths).
  private static func program(
    _ a: [Int], _ b: [Int], _ anchors: (AnchorTable, AnchorTable), _ endings: ([Ending], [Ending]),
    _ costs: BeadCosts
  ) -> [Bead]? {
    let (n, m) = (a.count, b.count)
    guard refusal(lineCount: n, cueCount: m) == nil else { return nil }
    // Row i holds columns center(i) - band ... center(i) + band.
    let band = band(n, m)
    let width = 2 * band + 1
    func center(_ i: Int) -> Int { n == 0 ? 0 : i * m / n }
    var total = [Double](repeating: .infinity, count: (n + 1) * width)
    var moves = [UInt8](repeating: 0, count: (n + 1) * width)
    func cell(_ i: Int, _ j: Int) -> Int? {
      let column = j - center(i) + band
      return i >= 0 && i <= n && j >= 0 && j <= m && column >= 0 && column < width ? i * width + column : nil
    }
    func shared(_ lines: Range<Int>, _ cues: Range<Int>) -> Int {
      var count = 0
      for line in lines where !anchors.0.isEmpty(line) {
        for cue in cues { count += anchors.0.shared(line, with: anchors.1, cue) }
      }
      return count
    }
    // Beads take at most two lines or two cues.
    let lengthCosts = LengthCostTable(
      costs, lineBound: 2 * (a.max() ?? 0) + 1, cueBound: 2 * (b.max() ?? 0) + 1)
    if let start = cell(0, 0) { total[start] = 0 }
    let shapes = BeadCosts.shapes
    for i in 0...n {
      for j in max(0, center(i) - band)...min(m, center(i) + band) {
        guard let here = cell(i, j), i + j > 0 else { continue }
        for (shape, (di, dj)) in shapes.enumerated() {
          guard let before = cell(i - di, j - dj), total[before] < .infinity else { continue }
          let lineLength = a[(i - di)..<i].reduce(0, +)
          let cueLength = b[(j - dj)..<j].reduce(0, +)
          let candidate =
            total[before] + (lengthCosts(lineLength, cueLength) + costs.shapeCost(shape))
            - BeadCosts.anchorBonus * Double(shared((i - di)..<i, (j - dj)..<j))
            + (di > 0 && dj > 0 ? endings.0[i - 1].cost(against: endings.1[j - 1]) : 0)
          if candidate < total[here] {
            total[here] = candidate
            moves[here] = UInt8(shape)
          }
        }
      }
    }
    guard let end = cell(n, m), total[end] < .infinity else { return nil }
    var beads: [Bead] = []
    var (i, j) = (n, m)
    while i + j > 0, let here = cell(i, j) {
      let (di, dj) = shapes[Int(moves[here])]
      switch (di, dj) {
      case (1, 1): beads.append(.pair(line: i - 1, cue: j - 1))
      case (1, 2): beads.append(.lineOverTwoCues(line: i - 1, cue: j - 2))
      case (2, 1): beads.append(.twoLinesOnCue(line: i - 2, cue: j - 1))
      case (1, 0): beads.append(.lineAlone(line: i - 1))
      default: beads.append(.cueAlone(cue: j - 1))
      }
      (i, j) = (i - di, j - dj)
    }
    return beads.reversed()
  }
}

/// How a text ends: translations keep a question a question and a sentence's end an end, so
/// a bead whose two sides end alike is likelier.
enum Ending {
  case question, exclamation, stop, pause, open

  /// The ending of `text`, closing quotes and brackets aside.
  init(_ text: String) {
    let last = text.reversed().first { !$0.isWhitespace && !"”’」』）)\"'".contains($0) }
    switch last {
    case "？", "?": self = .question
    case "！", "!": self = .exclamation
    case "。", ".", "…": self = .stop
    case "，", ",", "、", "；", ";", "：", ":", "—", "-": self = .pause
    default: self = .open
    }
  }

  /// What a bead whose line ends so and whose cue ends as `other` adds to its cost.
  func cost(against other: Ending) -> Double {
    if self == other { return self == .question ? -2 : -1 }
    return self == .question || other == .question ? 1.5 : 0.5
  }
}

/// What a bead costs: the improbability of its length difference and of its shape.
struct BeadCosts {
  /// Cue characters per line character.
  let ratio: Double
  /// The variance of the length difference per line character.
  var variance: Double
  /// The log prior of each bead shape, in the order of `shapes`.
  private let logPriors: [Double]

  /// The bead shapes: lines and cues taken.
  static let shapes: [(Int, Int)] = [(1, 1), (1, 2), (2, 1), (1, 0), (0, 1)]

  /// What a shared number or Latin word takes off a bead's cost.
  static let anchorBonus = 3.0

  /// Costs for `lineCount` lines and `cueCount` cues: where there are more cues, a line over two
  /// cues is likelier, and the other way round.
  init(lineCount: Int, cueCount: Int, ratio: Double, variance: Double) {
    self.ratio = ratio
    self.variance = variance
    let surplus = Double(cueCount - lineCount) / Double(max(min(lineCount, cueCount), 1))
    let overTwo = min(max(surplus, 0.002), 0.3)
    let twoOn = min(max(-surplus, 0.002), 0.3)
    let alone = 0.005
    let pair = max(1 - overTwo - twoOn - 2 * alone, 0.1)
    logPriors = [log(pair), log(overTwo), log(twoOn), log(alone), log(alone)]
  }

  /// What a bead of `shapes[shape]` adds to a length cost.
  func shapeCost(_ shape: Int) -> Double { -logPriors[shape] }

  /// The improbability of a bead's length difference: `−log P`.
  func lengthCost(_ lineLength: Int, _ cueLength: Int) -> Double {
    let (la, lb) = (Double(lineLength), Double(cueLength))
    let mean = max((la + lb / ratio) / 2, 1)
    let delta = (lb - la * ratio) / (mean * variance).squareRoot()
    let probability = max(erfc(abs(delta) / 2.0.squareRoot()), 1e-300)
    return -log(probability)
  }
}

/// `BeadCosts.lengthCost` of every pair of lengths below two bounds, worked out once: the program
/// asks for the same few thousand pairs in each of millions of cells, and `erfc` and `log` were
/// most of its time.
struct LengthCostTable {
  private let costs: BeadCosts
  private let lineBound: Int
  private let cueBound: Int
  private let values: [Double]

  /// The table of `costs` for line lengths below `lineBound` and cue lengths below `cueBound`
  /// (each at most 1,024, 8 MB in all; longer ones are worked out when asked for).
  init(_ costs: BeadCosts, lineBound: Int, cueBound: Int) {
    (self.costs, self.lineBound, self.cueBound) = (costs, min(lineBound, 1024), min(cueBound, 1024))
    var values: [Double] = []
    values.reserveCapacity(self.lineBound * self.cueBound)
    for la in 0..<self.lineBound {
      for lb in 0..<self.cueBound { values.append(costs.lengthCost(la, lb)) }
    }
    self.values = values
  }

  /// `costs.lengthCost(lineLength, cueLength)`.
  func callAsFunction(_ lineLength: Int, _ cueLength: Int) -> Double {
    lineLength < lineBound && cueLength < cueBound
      ? values[lineLength * cueBound + cueLength] : costs.lengthCost(lineLength, cueLength)
  }
}
