#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The discrete Fourier transform of a power-of-two number of complex values, in place (iterative
/// radix-2 Cooley–Tukey): O(N log N).
struct FourierTransform: Sendable {
  /// How many values it transforms.
  let size: Int
  private let cosines: [Double]
  private let sines: [Double]

  /// A transform of `size` values, which must be a power of two.
  init(size: Int) {
    precondition(size > 0 && size & (size - 1) == 0, "a Fourier transform's size is a power of two")
    self.size = size
    let angles = (0..<max(size / 2, 1)).map { -2 * Double.pi * Double($0) / Double(size) }
    cosines = angles.map(cos)
    sines = angles.map(sin)
  }

  /// `real` and `imaginary` replaced by their transform (or, with `inverse`, by the inverse
  /// transform times `size`).
  func transform(_ real: inout [Double], _ imaginary: inout [Double], inverse: Bool = false) {
    var swapped = 0
    for index in 1..<size {
      var bit = size >> 1
      while swapped & bit != 0 {
        swapped ^= bit
        bit >>= 1
      }
      swapped |= bit
      if index < swapped {
        real.swapAt(index, swapped)
        imaginary.swapAt(index, swapped)
      }
    }
    let sign = inverse ? -1.0 : 1.0
    var length = 2
    while length <= size {
      let (half, step) = (length / 2, size / length)
      for block in stride(from: 0, to: size, by: length) {
        for offset in 0..<half {
          let (c, s) = (cosines[offset * step], sign * sines[offset * step])
          let (top, bottom) = (block + offset, block + offset + half)
          let re = real[bottom] * c - imaginary[bottom] * s
          let im = real[bottom] * s + imaginary[bottom] * c
          real[bottom] = real[top] - re
          imaginary[bottom] = imaginary[top] - im
          real[top] += re
          imaginary[top] += im
        }
      }
      length *= 2
    }
  }
}
