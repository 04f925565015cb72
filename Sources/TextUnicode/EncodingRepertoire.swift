internal import CICU

/// The characters an ICU converter maps to its encoding and back unchanged, such as GB2312's.
public final class EncodingRepertoire {
  private let set: OpaquePointer

  /// The round-trip repertoire of the encoding ICU knows as `name`; nil when ICU has no such converter.
  public init?(_ name: String) {
    var status = U_ZERO_ERROR
    guard let converter = subkit_ucnv_open(name, &status), status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
    defer { subkit_ucnv_close(converter) }
    guard let set = subkit_uset_openEmpty() else { return nil }
    subkit_ucnv_getRoundTripSet(converter, set, &status)
    guard status.rawValue <= U_ZERO_ERROR.rawValue else {
      subkit_uset_close(set)
      return nil
    }
    self.set = set
  }

  deinit {
    subkit_uset_close(set)
  }

  /// Whether `scalar` round-trips through the encoding.
  public func contains(_ scalar: Unicode.Scalar) -> Bool {
    subkit_uset_contains(set, Int32(bitPattern: scalar.value)) != 0
  }
}
