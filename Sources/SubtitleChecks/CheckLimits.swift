/// How the lines of one language may read; a nil limit is not checked.
public struct LanguageLimits: Sendable, Hashable {
  /// The most characters a second the block may ask a viewer to read (`cps`).
  public var charactersPerSecond: Double?
  /// The most characters a line may hold (`cpl`).
  public var charactersPerLine: Double?
  /// The most lines the block may take (`max-lines`).
  public var lines: Int?
  /// The most words a minute (`cps` measured in words, as the BBC does), for languages with spaces.
  public var wordsPerMinute: Double?
  /// Whether italics may be used (`italics`).
  public var italicsAllowed: Bool

  /// Limits from their parts; everything left out is unchecked.
  public init(
    charactersPerSecond: Double? = nil, charactersPerLine: Double? = nil, lines: Int? = nil,
    wordsPerMinute: Double? = nil, italicsAllowed: Bool = true
  ) {
    self.charactersPerSecond = charactersPerSecond
    self.charactersPerLine = charactersPerLine
    self.lines = lines
    self.wordsPerMinute = wordsPerMinute
    self.italicsAllowed = italicsAllowed
  }
}

/// How cues may be timed: durations in milliseconds, gaps in frames.
public struct TimingLimits: Sendable, Hashable {
  /// The shortest a cue may show (`min-duration`).
  public var minimumMilliseconds: Int64
  /// The longest a cue may show (`max-duration`).
  public var maximumMilliseconds: Int64
  /// The fewest frames between one cue's end and the next one's start (`min-gap`).
  public var minimumGapFrames: Int64
  /// Gaps of this many frames should be closed to `minimumGapFrames` (`chain-gap`).
  public var chainGapFrames: ClosedRange<Int64>
  /// How near a shot change, in frames, a cue's start or end should move onto it (`shot-change`).
  public var shotChangeFrames: Int64

  /// Limits from their parts.
  public init(
    minimumMilliseconds: Int64, maximumMilliseconds: Int64, minimumGapFrames: Int64,
    chainGapFrames: ClosedRange<Int64>, shotChangeFrames: Int64
  ) {
    self.minimumMilliseconds = minimumMilliseconds
    self.maximumMilliseconds = maximumMilliseconds
    self.minimumGapFrames = minimumGapFrames
    self.chainGapFrames = chainGapFrames
    self.shotChangeFrames = shotChangeFrames
  }

  /// Netflix's general requirements: 5/6 s to 7 s, 2 frames apart, gaps under 12 frames closed to 2,
  /// and 12 frames either side of a shot change.
  public static let netflix = TimingLimits(
    minimumMilliseconds: 833, maximumMilliseconds: 7000, minimumGapFrames: 2, chainGapFrames: 3...11,
    shotChangeFrames: 12)
}
