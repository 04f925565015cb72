/// The times of a video's shot changes (cuts), ascending, in milliseconds.
public struct ShotChanges: Sendable, Hashable {
  /// The times, ascending, without repeats.
  public private(set) var milliseconds: [Int64]

  /// Shot changes at `milliseconds`, in any order.
  public init(milliseconds: [Int64] = []) {
    self.milliseconds = Array(Set(milliseconds)).sorted()
  }

  /// Whether there are none.
  public var isEmpty: Bool { milliseconds.isEmpty }

  /// The first shot change at or after `time`, and the last one before it.
  public func around(_ time: Int64) -> (before: Int64?, atOrAfter: Int64?) {
    var low = 0
    var high = milliseconds.count
    while low < high {
      let middle = (low + high) / 2
      if milliseconds[middle] < time { low = middle + 1 } else { high = middle }
    }
    return (low > 0 ? milliseconds[low - 1] : nil, low < milliseconds.count ? milliseconds[low] : nil)
  }
}
