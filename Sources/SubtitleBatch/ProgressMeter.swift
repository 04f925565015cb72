/// The progress line of a batch: files done of all, the rate, and the time left.
public struct ProgressMeter {
  /// How many files the batch has.
  public let total: Int
  private let start = ContinuousClock.now
  private var shown: ContinuousClock.Instant?
  /// The least time between two lines.
  static let interval = Duration.milliseconds(100)

  /// A meter for `total` files, started now.
  public init(total: Int) {
    self.total = total
  }

  /// The line to show once `done` files are done; nil when one was shown less than a tenth of a
  /// second ago (the last file's line always shows).
  public mutating func line(done: Int) -> String? {
    let now = ContinuousClock.now
    if done < total, let shown, now - shown < Self.interval { return nil }
    shown = now
    let seconds = (now - start) / .seconds(1)
    let rate = seconds > 0 ? Double(done) / seconds : 0
    var line = "\(done)/\(total) files"
    guard rate > 0 else { return line }
    line += ", \(Int(rate.rounded())) files/s"
    if done < total { line += ", \(Int((Double(total - done) / rate).rounded(.up))) s left" }
    return line
  }
}
