/// How much a track's intervals overlap a reference's at every offset, on a grid of `bin`
/// milliseconds: a cross-correlation computed with Fourier transforms, so its cost grows with the
/// tracks' span (N log N) and not with pairs of cues, and an offset of any size is found.
struct OverlapCorrelation: Sendable {
  /// The grid's cell, in milliseconds.
  let bin: Double
  private let transform: FourierTransform
  private let referenceOrigin: Double
  private let referenceReal: [Double]
  private let referenceImaginary: [Double]

  /// A correlation against `reference` for inputs spanning up to `inputSpan` milliseconds, on a
  /// grid of `bin` milliseconds.
  init(reference: SpeechIntervals, inputSpan: Double, bin: Double) {
    self.bin = bin
    let cells = Int((reference.span / bin).rounded(.up)) + Int((inputSpan / bin).rounded(.up)) + 2
    var size = 1
    while size < cells { size *= 2 }
    transform = FourierTransform(size: size)
    referenceOrigin = reference.starts.first ?? 0
    var real = reference.raster(origin: referenceOrigin, bin: bin, cells: size)
    var imaginary = [Double](repeating: 0, count: size)
    transform.transform(&real, &imaginary)
    referenceReal = real
    referenceImaginary = imaginary
  }

  /// The overlap, in milliseconds, of `input` moved by each offset on the grid, as `(offset,
  /// overlap)` for every offset that makes them meet.
  func overlaps(of input: SpeechIntervals) -> [(offset: Double, overlap: Double)] {
    let size = transform.size
    let origin = input.starts.first ?? 0
    let inputCells = min(Int((input.span / bin).rounded(.up)) + 1, size)
    var real = input.raster(origin: origin, bin: bin, cells: size)
    var imaginary = [Double](repeating: 0, count: size)
    transform.transform(&real, &imaginary)
    // conj(input) × reference: the correlation Σ input[k] · reference[k + lag].
    for index in 0..<size {
      let (a, b) = (real[index], -imaginary[index])
      let (c, d) = (referenceReal[index], referenceImaginary[index])
      real[index] = a * c - b * d
      imaginary[index] = a * d + b * c
    }
    transform.transform(&real, &imaginary, inverse: true)
    let scale = bin / Double(size)
    return (-(inputCells - 1)..<(size - inputCells)).map { lag in
      (referenceOrigin - origin + Double(lag) * bin, max(real[(lag + size) % size] * scale, 0))
    }
  }

  /// The `count` highest peaks of `overlaps`, highest first, each the best within `radius`
  /// milliseconds of it.
  static func peaks(
    _ overlaps: [(offset: Double, overlap: Double)], count: Int, radius: Double
  ) -> [(offset: Double, overlap: Double)] {
    var chosen: [(offset: Double, overlap: Double)] = []
    for candidate in overlaps.indices.sorted(by: { overlaps[$0].overlap > overlaps[$1].overlap }) {
      let peak = overlaps[candidate]
      guard peak.overlap > 0 else { break }
      if chosen.allSatisfy({ abs($0.offset - peak.offset) > radius }) { chosen.append(peak) }
      if chosen.count == count { break }
    }
    return chosen
  }
}
