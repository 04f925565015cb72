import SubkitTestSupport
import Testing
import TextUnicode

@Suite struct WidthAndWrapTests {
  let width = DisplayWidth()
  let breaker = LineBreaker()

  @Test func breaksBetweenHanButNeverBeforeClosingPunctuation() {
    let pieces = breaker.pieces(of: "我们回家，好吗？")
    #expect(pieces.joined() == "我们回家，好吗？")
    #expect(!pieces.contains { $0.first == "，" || $0.first == "？" })
    #expect(pieces.contains("家，"))
    #expect(breaker.pieces(of: "Every New Year") == ["Every ", "New ", "Year"])
    #expect(breaker.pieces(of: "") == [])
  }

  @Test func wrapsIntoFewestLinesAndBalancesThem() {
    let english = BalancedWrap(
      "Every New Year we take the train home", maxColumns: 30, breaker: breaker, width: width)
    #expect(english.lines == ["Every New Year we", "take the train home"])
    #expect(english.overlong.isEmpty)
    let chinese = BalancedWrap("我们每年春节都坐火车回家，一路站着", maxColumns: 16, breaker: breaker, width: width)
    #expect(chinese.lines.count == 3)
    for line in chinese.lines {
      #expect(width.columns(of: line) <= 16)
      #expect(!"，。！？、」".contains(line.first ?? " "))
    }
    let short = BalancedWrap("回家", maxColumns: 16, breaker: breaker, width: width)
    #expect(short.lines == ["回家"])
  }

  /// A line after a break starts with no space or tab (the breaker may break after a space and
  /// before a tab); the first line keeps its indent.
  @Test func linesAfterABreakStartWithNoSpace() {
    let tabbed = BalancedWrap(
      "We took the train \thome for the New Year", maxColumns: 20, breaker: breaker, width: width)
    #expect(tabbed.lines.count >= 2)
    #expect(tabbed.lines.dropFirst().allSatisfy { $0.first.map { !$0.isWhitespace } ?? false })
    #expect(
      BalancedWrap("\u{3000}\u{3000}你好", maxColumns: 16, breaker: breaker, width: width).lines == ["\u{3000}\u{3000}你好"]
    )
  }

  @Test func balancesTheWholePassageNotEachPrefix() {
    // Five lines at 10 columns: the widest is 10 whatever is chosen, and the evenest split has
    // squares summing to 316 (a choice made prefix by prefix gives 318).
    let wrapped = BalancedWrap(
      "aaaa bbb cccc dddd e ffffff ggg hhhhhh iii", maxColumns: 10, maxLines: 9, breaker: breaker, width: width)
    #expect(wrapped.lines == ["aaaa bbb", "cccc", "dddd e", "ffffff ggg", "hhhhhh iii"])
    #expect(wrapped.lines.map { $0.count * $0.count }.reduce(0, +) == 316)
  }

  @Test func keepsAnUnbreakableWordWholeAndReportsIt() {
    let wrapped = BalancedWrap("see Supercalifragilistic now", maxColumns: 10, breaker: breaker, width: width)
    #expect(wrapped.lines == ["see", "Supercalifragilistic", "now"])
    #expect(wrapped.overlong == ["Supercalifragilistic"])
  }
}

/// `Formats/Text/widths.tsv`: text, a tab, and its columns by UAX #11 and UAX #29, written by hand.
@Suite struct WidthFixtureTests {
  static let rows: [(String, Int)] = {
    let text = PackagePaths.text("Formats/Text/widths.tsv") ?? ""
    return text.split(separator: "\n").compactMap { row in
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 2, let columns = Int(fields[1]) else { return nil }
      return (String(fields[0]), columns)
    }
  }()

  @Test func fixtureIsThere() {
    #expect(Self.rows.count >= 20)
  }

  @Test(arguments: rows)
  func measuresTheFixture(text: String, columns: Int) {
    #expect(DisplayWidth().columns(of: text) == columns, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
  }
}
