import SubtitleIO
import SubtitleTimeline

#if canImport(Glibc)
  import Glibc
#endif

/// The target this process fuzzes, chosen once from `SUBKIT_FUZZ_TARGET`.
nonisolated(unsafe) private var selectedTarget: FuzzTarget?

/// libFuzzer's set-up hook: picks the target named by `SUBKIT_FUZZ_TARGET`.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
  let name = getenv("SUBKIT_FUZZ_TARGET").map { String(cString: $0) } ?? ""
  guard let target = FuzzTarget(rawValue: name) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    StandardError.writeLine("SubkitFuzz: set SUBKIT_FUZZ_TARGET to one of: \(names)")
    exit(2)
  }
  selectedTarget = target
  return 0
}

/// libFuzzer's entry point: runs the selected target on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  selectedTarget?.run(bytes)
  return 0
}
