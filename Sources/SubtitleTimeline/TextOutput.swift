/// Something bytes are written to: a file, standard output, or memory.
public protocol ByteSink: AnyObject {
  /// Writes all of `bytes`.
  func write(_ bytes: UnsafeRawBufferPointer) throws(SubtitleError)
}

/// A byte sink that keeps everything written, for tests and in-memory conversion.
public final class MemoryByteSink: ByteSink {
  /// Everything written so far.
  public private(set) var bytes: [UInt8] = []

  /// An empty sink.
  public init() {}

  /// Appends `bytes`.
  public func write(_ bytes: UnsafeRawBufferPointer) {
    self.bytes.append(contentsOf: bytes)
  }

  /// Everything written so far, decoded as UTF-8.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// One buffered output stream that writers append text and numbers to; it flushes in large chunks.
///
/// The buffer is raw memory rather than an array: appends are the hot path of every writer, and a
/// plain copy into reserved space avoids the array's per-append uniqueness and capacity checks.
public final class TextOutput {
  private let sink: any ByteSink
  private var storage: UnsafeMutableRawBufferPointer
  private var count = 0
  private let flushThreshold: Int

  /// Buffered output into `sink`.
  public init(_ sink: any ByteSink, flushThreshold: Int = 1 << 16) {
    self.sink = sink
    self.flushThreshold = flushThreshold
    storage = .allocate(byteCount: flushThreshold * 2, alignment: 16)
  }

  deinit {
    storage.deallocate()
  }

  /// Appends the UTF-8 of `text`.
  public func write(_ text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ write(bytes: $0) }) == nil {
      var copy = text
      copy.withUTF8 { write(bytes: $0) }
    }
  }

  /// Appends a literal: a plain copy, for the hottest writers.
  public func write(literal text: StaticString) {
    write(bytes: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends the UTF-8 of `text`.
  public func write(_ text: Substring) {
    var text = text
    text.withUTF8 { write(bytes: $0) }
  }

  /// Appends one byte.
  public func write(byte: UInt8) {
    reserve(1)
    storage[count] = byte
    count += 1
  }

  /// Appends bytes as they are.
  public func write(bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (storage.baseAddress.unsafelyUnwrapped + count).copyMemory(from: source, byteCount: bytes.count)
    count += bytes.count
  }

  private func write(raw bytes: UnsafeRawBufferPointer) {
    write(bytes: bytes.assumingMemoryBound(to: UInt8.self))
  }

  /// Appends a non-negative integer in decimal, zero-padded to at least `digits` digits.
  public func write(decimal value: Int64, digits: Int = 1) {
    var magnitude = value.magnitude
    if value < 0 { write(byte: UInt8(ascii: "-")) }
    var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of digit space, no allocation
    withUnsafeMutableBytes(of: &scratch) { raw in
      var index = raw.count
      repeat {
        index -= 1
        raw[index] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
        magnitude /= 10
      } while magnitude > 0 || raw.count - index < digits && index > 0
      write(raw: UnsafeRawBufferPointer(rebasing: raw[index...]))
    }
  }

  /// Appends `HH:MM:SS` then `separator` and three millisecond digits; hours widen past 99.
  public func write(clockMilliseconds milliseconds: Int64, separator: UInt8) {
    let milliseconds = max(milliseconds, 0)
    let hours = milliseconds / 3_600_000
    guard hours < 100 else {
      write(decimal: hours, digits: 2)
      write(byte: UInt8(ascii: ":"))
      write(clockMilliseconds: milliseconds % 3_600_000, separator: separator, skippingHours: true)
      return
    }
    write(clockMilliseconds: milliseconds, separator: separator, skippingHours: false)
  }

  /// Writes `[HH:]MM:SS.mmm` for a time under 100 hours through a stack buffer, in one append.
  private func write(clockMilliseconds value: Int64, separator: UInt8, skippingHours: Bool) {
    let value = UInt64(value)
    var digits: (UInt64, UInt64) = (0, 0)  // 16 bytes of scratch, no allocation
    withUnsafeMutableBytes(of: &digits) { raw in
      func put(_ offset: Int, _ number: UInt64) {
        raw[offset] = UInt8(truncatingIfNeeded: number / 10) + 0x30
        raw[offset + 1] = UInt8(truncatingIfNeeded: number % 10) + 0x30
      }
      put(0, value / 3_600_000)
      raw[2] = UInt8(ascii: ":")
      put(3, value / 60_000 % 60)
      raw[5] = UInt8(ascii: ":")
      put(6, value / 1000 % 60)
      raw[8] = separator
      let fraction = value % 1000
      raw[9] = UInt8(truncatingIfNeeded: fraction / 100) + 0x30
      put(10, fraction % 100)
      write(raw: UnsafeRawBufferPointer(rebasing: raw[(skippingHours ? 3 : 0)..<12]))
    }
  }

  /// Writes the buffer out when it has grown past the threshold; writers call this once per cue.
  public func flushIfFull() throws(SubtitleError) {
    if count >= flushThreshold { try flush() }
  }

  /// Writes out everything buffered.
  public func flush() throws(SubtitleError) {
    guard count > 0 else { return }
    let pending = UnsafeRawBufferPointer(rebasing: storage[0..<count])
    count = 0
    try sink.write(pending)
  }

  /// Makes room for `extra` more bytes, growing the buffer when one write is larger than it.
  @inline(__always) private func reserve(_ extra: Int) {
    if count + extra > storage.count { grow(extra) }
  }

  private func grow(_ extra: Int) {
    let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: max(storage.count * 2, count + extra), alignment: 16)
    larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: storage[0..<count]))
    storage.deallocate()
    storage = larger
  }
}
