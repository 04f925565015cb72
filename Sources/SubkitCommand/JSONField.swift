import SubtitleTimeline

/// A value in the JSON objects that commands print for tools (`info --json`, `sync --json`).
indirect enum JSONField {
  case string(String)
  case integer(Int)
  /// Written to three decimals.
  case number(Double)
  case object([(String, JSONField)])
  case objects([[(String, JSONField)]])
  case null
}

extension TextOutput {
  /// Writes a JSON object of `members`, in order.
  func writeJSONObject(_ members: [(String, JSONField)]) {
    write("{")
    for (index, (key, value)) in members.enumerated() {
      if index > 0 { write(",") }
      writeJSONString(key)
      write(":")
      switch value {
      case .string(let text): writeJSONString(text)
      case .integer(let number): write(decimal: Int64(number))
      case .number(let number): writeJSONNumber((number * 1000).rounded() / 1000)
      case .null: write("null")
      case .object(let members): writeJSONObject(members)
      case .objects(let objects):
        write("[")
        for (index, object) in objects.enumerated() {
          if index > 0 { write(",") }
          writeJSONObject(object)
        }
        write("]")
      }
    }
    write("}")
  }
}
