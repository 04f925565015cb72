import ArgumentParser
import SubtitleAlign
import SubtitleTimeline

/// `subkit shift IN --by DURATION [--from TIME] [--fps RATE] [-o OUT]`.
struct ShiftCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shift",
    abstract: "Move every cue's times by a duration, exactly.",
    discussion: """
      The duration may be negative: -2.5s, +00:00:01.200, 1500ms, or frames with --fps (-12f). \
      With --from only the cues starting at or after that time move. Timestamps inside cues move \
      with them. A time that would go below zero is set to zero and reported (exit 1). The file \
      streams: memory stays flat however long it is.

        subkit shift film.srt --by -2.5s -o film.early.srt
        subkit shift film.vtt --by 12f --fps 23.976 --from 00:42:10
        subkit convert a.srt --to jsonl | subkit shift - --by 2s --to jsonl
      """
  )

  @OptionGroup var files: RetimingFiles

  @Option(parsing: .unconditional, help: "How far: -2.5s, +00:00:01.200, 1500ms, or -12f with --fps.")
  var by: String

  @Option(help: "Move only the cues that start at or after this time (00:42:10, 2530.5s).")
  var from: String?

  @Option(help: "The frame rate frames are counted in: 23.976, 25, 24000/1001.", transform: parseFrameRate)
  var fps: FrameRate?

  func validate() throws {
    _ = try retiming()
  }

  func run() throws {
    try files.retime(with: try retiming())
  }

  /// The shift the options describe.
  private func retiming() throws -> Retiming {
    do {
      let offset = try TimeText.duration(by, frameRate: fps)
      return .shift(
        by: offset,
        from: try from.map { text throws(TimeText.Failure) in
          try TimeText.time(text, frameRate: fps)
        })
    } catch {
      throw ValidationError(error.description)
    }
  }
}
