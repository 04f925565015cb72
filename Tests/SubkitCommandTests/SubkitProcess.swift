import Foundation
import SubkitTestSupport

/// What one run of the binary did.
struct Run {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// The binary under test: $SUBKIT, else the debug build.
let subkitBinary = ProcessInfo.processInfo.environment["SUBKIT"] ?? PackagePaths.path(".build/debug/subkit")

/// Runs the built `subkit` with `arguments`, feeding it `stdin`.
func subkit(_ arguments: [String], stdin: String? = nil) throws -> Run {
  try run(subkitBinary, arguments, stdin: stdin)
}

/// Runs `script` with `/bin/sh -c`, `$SUBKIT` set to the binary under test: a real shell pipeline.
func shell(_ script: String) throws -> Run {
  try run("/bin/sh", ["-c", "SUBKIT='\(subkitBinary)'; " + script], stdin: nil)
}

/// Runs `executable` with `arguments`, feeding it `stdin`, and collects what it printed.
private func run(_ executable: String, _ arguments: [String], stdin: String?) throws -> Run {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  let input = Pipe()
  let output = Pipe()
  let error = Pipe()
  process.standardInput = input
  process.standardOutput = output
  process.standardError = error
  try process.run()
  // A run that hangs is killed, so the test fails rather than waits forever. The deadline holds the
  // process weakly: the queue keeps it for its whole delay, and with the process it would keep the
  // pipes open. Thousands of open descriptors make Foundation's `Process.run()` read past the end of
  // its `/proc/self/fd` listing and crash (swift-corelibs-foundation PR 5472).
  let deadline = DispatchWorkItem { [weak process] in
    if let process, process.isRunning { kill(process.processIdentifier, SIGKILL) }
  }
  DispatchQueue.global().asyncAfter(deadline: .now() + 300, execute: deadline)
  defer { deadline.cancel() }
  // A run that exits before reading all its input closes the pipe: that is its answer, not the test's death.
  signal(SIGPIPE, SIG_IGN)
  if let stdin { try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
  try input.fileHandleForWriting.close()
  let out = output.fileHandleForReading.readDataToEndOfFile()
  let err = error.fileHandleForReading.readDataToEndOfFile()
  try output.fileHandleForReading.close()
  try error.fileHandleForReading.close()
  process.waitUntilExit()
  return Run(
    status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
    stderr: String(decoding: err, as: UTF8.self))
}
