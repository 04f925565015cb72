/// The anchors (numbers and Latin words) of a sequence of texts as integers, each text's sorted, in
/// one array: the alignment's program counts shared anchors in every cell, and comparing strings
/// there (hashing each) took most of its time.
struct AnchorTable {
  private var numbers: [Int32] = []
  private var starts: [Int] = [0]

  /// The tables of `first` and `second`, one numbering for both.
  static func pair(_ first: [Set<String>], _ second: [Set<String>]) -> (AnchorTable, AnchorTable) {
    var numbering: [String: Int32] = [:]
    func table(_ texts: [Set<String>]) -> AnchorTable {
      var table = AnchorTable()
      for anchors in texts {
        let numbered = anchors.map { anchor in
          if let number = numbering[anchor] { return number }
          let number = Int32(numbering.count)
          numbering[anchor] = number
          return number
        }
        table.numbers += numbered.sorted()
        table.starts.append(table.numbers.count)
      }
      return table
    }
    let firstTable = table(first)
    return (firstTable, table(second))
  }

  /// Whether text `index` has no anchors.
  func isEmpty(_ index: Int) -> Bool { starts[index] == starts[index + 1] }

  /// How many anchors text `index` shares with text `otherIndex` of `other`.
  func shared(_ index: Int, with other: AnchorTable, _ otherIndex: Int) -> Int {
    var (mine, theirs) = (starts[index], other.starts[otherIndex])
    let (myEnd, theirEnd) = (starts[index + 1], other.starts[otherIndex + 1])
    var count = 0
    while mine < myEnd && theirs < theirEnd {
      let (a, b) = (numbers[mine], other.numbers[theirs])
      if a == b { count += 1 }
      if a <= b { mine += 1 }
      if b <= a { theirs += 1 }
    }
    return count
  }
}
