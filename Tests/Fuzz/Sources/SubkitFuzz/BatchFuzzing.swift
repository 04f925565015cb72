import SubtitleBatch
import SubtitleTimeline

/// The batch's own inputs: a `--files-from` list, the paths it names, and `--shard`.
enum BatchFuzzing {
  /// Reads `bytes` as a list (NUL-separated when the first byte is odd, else by lines, where a NUL
  /// must be refused) and checks that every output path stays inside the output folder and that a
  /// shard parses within its bounds.
  static func run(_ bytes: [UInt8]) {
    let separator: UInt8 = (bytes.first ?? 0) & 1 == 1 ? 0 : 0x0A
    let layout = OutputLayout(directory: "out", suffix: ".zh")
    let paths: [String]
    do {
      paths = try BatchInputs.paths(in: bytes, separator: separator, name: "list")
      guard separator == 0 || !bytes.contains(0) else { fatalError("a list of lines with a NUL was read") }
    } catch {
      guard separator == 0x0A, bytes.contains(0) else { fatalError("a list without a NUL was refused: \(error)") }
      paths = []
    }
    for path in paths {
      guard !path.isEmpty, !path.utf8.contains(separator) else { fatalError("a list entry kept its separator") }
      let input = BatchInput(path: path)
      // Split as the kernel does, at the byte '/'.
      let parts = input.relativePath.utf8.split(separator: 0x2F, omittingEmptySubsequences: false).map(Array.init)
      if parts.contains(where: { $0.isEmpty || $0 == [0x2E] || $0 == [0x2E, 0x2E] }) {
        fatalError("'\(path)' has a relative path that leaves its folder: \(input.relativePath)")
      }
      let output = layout.path(for: input, format: .vtt)
      let outputParts = output.utf8.split(separator: 0x2F, omittingEmptySubsequences: false).map(Array.init)
      guard outputParts.first == Array("out".utf8),
        !outputParts.dropFirst().contains(where: { $0 == [0x2E, 0x2E] || $0.isEmpty })
      else {
        fatalError("'\(path)' is written outside the output folder: \(output)")
      }
      let record = BatchRecord(input: path, output: output, status: .ok)
      record.write(to: TextOutput(MemoryByteSink()))
    }
    if let shard = Shard(String(decoding: bytes.prefix(64), as: UTF8.self)) {
      guard (1...shard.count).contains(shard.index) else { fatalError("shard \(shard.index) of \(shard.count)") }
      _ = shard.contains(BatchInput(path: String(decoding: bytes, as: UTF8.self)))
    }
  }
}
