/// The numbers a line of text writes, for comparing an English line with its Chinese line.
enum NumberText {
  /// The numbers written in digits: `1,000` is 1000, `2.5` is 2.5, `1st` is 1.
  static func digitNumbers(in text: String) -> [Double] {
    var numbers: [Double] = []
    var digits = ""
    for character in ungrouped(text) + [" "] {
      if let digit = digitValue(character) {
        digits += String(digit)
      } else if character == ".", !digits.isEmpty, !digits.contains(".") {
        digits += "."
      } else if !digits.isEmpty {
        if let value = Double(digits) { numbers.append(value) }
        digits = ""
      }
    }
    return numbers
  }

  /// The numbers of an English line: in digits, times a scale word that follows (`1.3 billion`).
  static func englishNumbers(in text: String) -> [Double] {
    let words = text.split(whereSeparator: \.isWhitespace)
    var numbers: [Double] = []
    for (index, word) in words.enumerated() {
      var found = digitNumbers(in: String(word))
      if let last = word.last, last.isNumber, !found.isEmpty, index + 1 < words.count {
        let next = words[index + 1].lowercased().filter(\.isLetter)
        if let scale = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12][next] {
          found[found.count - 1] *= scale
        }
      }
      numbers += found
    }
    return numbers
  }

  /// Whether two numbers are the same, allowing for the rounding of decimal fractions.
  static func same(_ first: Double, _ second: Double) -> Bool {
    abs(first - second) <= 1e-9 * max(abs(first), abs(second))
  }

  /// `text` without the commas that group digits (`1,000` → `1000`).
  private static func ungrouped(_ text: String) -> [Character] {
    let characters = Array(text)
    return characters.indices.compactMap { index in
      let character = characters[index]
      let grouping =
        (character == "," || character == "，") && index > 0 && index + 1 < characters.count
        && digitValue(characters[index - 1]) != nil && digitValue(characters[index + 1]) != nil
      return grouping ? nil : character
    }
  }

  /// The numbers of a Chinese line: in digits (ASCII or full-width) and in Chinese numerals, with
  /// 万 and 亿 after digits multiplying them (`3万` is 30000).
  static func chineseNumbers(in text: String) -> [Double] {
    var numbers: [Double] = []
    var digits = ""
    var run: [Character] = []
    for character in ungrouped(text) + [" "] {
      if let digit = digitValue(character) {
        digits += String(digit)
        continue
      }
      if !digits.isEmpty, character != ".", let value = Double(digits) {
        let unit = unitValue(character) ?? 1
        numbers.append(unit >= 10_000 ? value * unit : value)
        digits = ""
        if unit >= 10_000 { continue }
      } else if character == ".", !digits.isEmpty, !digits.contains(".") {
        digits += "."
        continue
      }
      if numeralValue(character) != nil || unitValue(character) != nil {
        run.append(character)
      } else {
        if let value = numeralsValue(run) { numbers.append(value) }
        run = []
      }
    }
    return numbers
  }

  /// The value of a run of Chinese numerals: positional with units (`三十五` 35, `两千零八` 2008)
  /// or digit by digit without (`一九九八` 1998).
  static func numeralsValue(_ run: [Character]) -> Double? {
    guard run.contains(where: { unitValue($0) != nil }) else {
      let digits = run.compactMap(numeralValue)
      guard !digits.isEmpty, digits.count == run.count else { return nil }
      return digits.reduce(0) { $0 * 10 + Double($1) }
    }
    var total = 0.0
    var section = 0.0
    var number = 0.0
    for character in run {
      if let digit = numeralValue(character) {
        number = Double(digit)
      } else if let unit = unitValue(character) {
        if unit >= 100_000_000 {
          total = (total + section + number) * unit
          section = 0
        } else if unit >= 10_000 {
          total += (section + number) * unit
          section = 0
        } else {
          section += (number == 0 ? 1 : number) * unit
        }
        number = 0
      }
    }
    return total + section + number
  }

  private static func digitValue(_ character: Character) -> Int? {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
    switch scalar.value {
    case 0x30...0x39: return Int(scalar.value - 0x30)
    case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
    default: return nil
    }
  }

  private static func numeralValue(_ character: Character) -> Int? {
    switch character {
    case "零", "〇": 0
    case "一", "壹": 1
    case "二", "两", "贰": 2
    case "三", "叁": 3
    case "四", "肆": 4
    case "五", "伍": 5
    case "六", "陆": 6
    case "七", "柒": 7
    case "八", "捌": 8
    case "九", "玖": 9
    default: nil
    }
  }

  private static func unitValue(_ character: Character) -> Double? {
    switch character {
    case "十", "拾": 10
    case "百", "佰": 100
    case "千", "仟": 1000
    case "万": 10_000
    case "亿": 100_000_000
    default: nil
    }
  }
}
