import Dispatch
import Subprocess
import SubtitleTimeline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The sound of a media file (a film, a WAV …), decoded by `ffmpeg` run as a subprocess.
///
/// Mono, 16-bit, at `sampleRate` samples a second, streamed in chunks, so a film of any length
/// takes little memory. ffmpeg is needed only here; when it is missing the error says so.
public enum FFmpegAudio {
  /// Samples a second asked of ffmpeg: enough for speech energy.
  public static let sampleRate = 8000

  /// Decodes `path`, giving each chunk of samples to `take` in order.
  ///
  /// The path is always a file (`file:`, the only protocol allowed), never a URL or another of
  /// ffmpeg's protocols, whatever its name. A file may hold no more sound than `longestSound` allows
  /// for its size: a header that claims more (a WAV declaring one sample a second) is refused after
  /// that much, not decoded for minutes.
  public static func decode(_ path: String, _ take: @escaping @Sendable (UnsafeBufferPointer<Int16>) -> Void)
    throws(SubtitleError)
  {
    let seconds = longestSound(forFileOf: fileSize(path))
    let outcome = Outcome()
    Task.detached {
      do {
        let result = try await run(
          .name("ffmpeg"),
          arguments: [
            "-nostdin", "-v", "error", "-protocol_whitelist", "file", "-i", "file:" + path, "-t", "\(seconds)", "-vn",
            "-ac", "1", "-ar", "\(sampleRate)", "-f", "s16le", "-",
          ],
          input: .none, output: .sequence, error: .string(limit: 64 << 10)
        ) { execution in
          var carry: [UInt8] = []
          var samples = 0
          for try await chunk in execution.standardOutput {
            chunk.withUnsafeBytes { raw in carry += raw }
            let whole = carry.count / 2 * 2
            carry.withUnsafeBytes { raw in
              take(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: Int16.self), count: whole / 2))
            }
            samples += whole / 2
            carry.removeFirst(whole)
          }
          return samples
        }
        if case .exited(0) = result.terminationStatus, result.closureResult >= (seconds - 1) * sampleRate {
          outcome.finish(
            "it claims more sound than its size can hold (over \(seconds) s, below 2 kbit/s): its header is not believed"
          )
        } else if case .exited(0) = result.terminationStatus {
          outcome.finish(nil)
        } else {
          let message = result.standardError.split(separator: "\n").last.map(String.init) ?? ""
          outcome.finish(
            "ffmpeg could not decode it (\(result.terminationStatus))\(message.isEmpty ? "" : ": \(message)")")
        }
      } catch {
        outcome.finish(
          "cannot run ffmpeg, which reading sound needs (install it, e.g. apt-get install ffmpeg): \(error)")
      }
    }
    if let failure = outcome.wait() { throw SubtitleError(at: SourceLocation(file: path, line: 0), failure) }
  }

  /// The most seconds of sound a file of `bytes` may hold: at 2 kbit/s, below any speech codec's
  /// lowest rate (Opus's is 6), and at least ten minutes.
  static func longestSound(forFileOf bytes: Int) -> Int { max(600, bytes / 250) }

  /// The size of the file at `path` in bytes; 0 when it cannot be read (ffmpeg then says why).
  private static func fileSize(_ path: String) -> Int {
    var status = stat()
    return stat(path, &status) == 0 ? Int(status.st_size) : 0
  }

  /// Whether `path` names a sound or video file rather than subtitles, by its extension.
  public static func isMedia(_ path: String) -> Bool {
    let suffix = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
    return path.contains(".") && mediaExtensions.contains(suffix)
  }

  private static let mediaExtensions: Set<String> = [
    "wav", "flac", "mp3", "m4a", "aac", "ogg", "opus", "mp4", "m4v", "mkv", "mov", "avi", "webm", "ts", "mts", "wmv",
  ]

  /// The end of a decoding run, waited for by the caller's thread.
  private final class Outcome: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var failure: String?

    func finish(_ failure: String?) {
      self.failure = failure
      done.signal()
    }

    func wait() -> String? {
      done.wait()
      return failure
    }
  }
}
