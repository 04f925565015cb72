import SubtitleTimeline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where someone speaks in a sound track, found from its loudness.
///
/// Samples (mono, 16-bit) are cut into 20 ms frames; each frame's energy is measured after a
/// first-order pre-emphasis (`x[n] − 0.95·x[n−1]`, which favours the voice's band over rumble and
/// hum), in decibels. The track's quiet level is the 10th percentile of the frames and its loud
/// level the 99th; a frame is speech when it is louder than the quiet level by a third of the
/// distance between them (at least 6 dB). Speech frames separated by less than 300 ms are one
/// stretch (the pauses between words), and stretches shorter than 100 ms are dropped (clicks).
///
/// It is an energy detector: music and effects as loud as the voice count as speech. It suits
/// dialogue over quiet sound, and is what `sync` aligns cues to when the reference is a film.
public struct SpeechDetector: Sendable {
  /// Samples a second.
  public let sampleRate: Int
  private var energies: [Float] = []
  private var frame: (sum: Double, count: Int, previous: Double) = (0, 0, 0)

  /// A detector for samples at `sampleRate` a second.
  public init(sampleRate: Int) {
    self.sampleRate = max(sampleRate, 50)
  }

  /// How many samples make a 20 ms frame.
  private var frameLength: Int { sampleRate / 50 }

  /// Takes the next samples.
  public mutating func add(_ samples: UnsafeBufferPointer<Int16>) {
    for sample in samples {
      let value = Double(sample)
      let emphasised = value - 0.95 * frame.previous
      frame.previous = value
      frame.sum += emphasised * emphasised
      frame.count += 1
      if frame.count == frameLength {
        energies.append(Float(10 * log10(frame.sum / Double(frame.count) + 1)))
        frame.sum = 0
        frame.count = 0
      }
    }
  }

  /// How long the samples taken so far last.
  public var duration: MediaTime { MediaTime(milliseconds: Int64(energies.count) * 20) }

  /// The stretches of speech found in the samples taken so far, in time order.
  public func speech() -> [(start: MediaTime, end: MediaTime)] {
    guard !energies.isEmpty else { return [] }
    let sorted = energies.sorted()
    let quiet = sorted[sorted.count / 10]
    let loud = sorted[min(sorted.count * 99 / 100, sorted.count - 1)]
    let threshold = quiet + max((loud - quiet) / 3, 6)
    var stretches: [(start: Int, end: Int)] = []
    for (index, energy) in energies.enumerated() where energy > threshold {
      if let last = stretches.last, index - last.end < 15 {
        stretches[stretches.count - 1].end = index + 1
      } else {
        stretches.append((index, index + 1))
      }
    }
    return stretches.filter { $0.end - $0.start >= 5 }.map {
      (MediaTime(milliseconds: Int64($0.start) * 20), MediaTime(milliseconds: Int64($0.end) * 20))
    }
  }
}
