/// One of N equal parts of a batch (`--shard K/N`), chosen by a hash of each input's relative
/// path: the same inputs fall in the same part whatever order the list is in and whichever
/// machine runs it, so N workers (a Kubernetes indexed Job, a CI matrix, a Slurm array) each take
/// their own.
public struct Shard: Sendable, Equatable {
  /// Which part, from 1.
  public var index: Int
  /// How many parts.
  public var count: Int

  /// `K/N` with 1 ≤ K ≤ N; nil for anything else.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
      (1...count).contains(index)
    else { return nil }
    (self.index, self.count) = (index, count)
  }

  /// Whether `input` belongs to this part.
  public func contains(_ input: BatchInput) -> Bool {
    Int(Self.hash(input.relativePath) % UInt64(count)) == index - 1
  }

  /// FNV-1a (64 bits) of `text`'s UTF-8: the same on every machine and in every run, unlike `Hasher`.
  static func hash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return hash
  }
}
