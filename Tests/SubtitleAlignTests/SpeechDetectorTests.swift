import Foundation
import SubtitleAlign
import SubtitleTimeline
import Testing

/// Finding speech in sound by its energy, and fitting cues to it.
@Suite struct SpeechDetectorTests {
  /// `seconds` of 8 kHz sound: faint noise, and a 300 Hz tone at 1/4 of full scale during each
  /// of `tones` (start, end) in milliseconds.
  static func sound(seconds: Int, tones: [(Int, Int)]) -> [Int16] {
    var noise: UInt32 = 1
    return (0..<(seconds * 8000)).map { index in
      noise = noise &* 1_664_525 &+ 1_013_904_223
      let milliseconds = index / 8
      let loud = tones.contains { milliseconds >= $0.0 && milliseconds < $0.1 }
      let tone = loud ? 8000 * sin(2 * Double.pi * 300 * Double(index) / 8000) : 0
      return Int16(tone) + Int16(truncatingIfNeeded: Int(noise >> 24) - 128)
    }
  }

  func speech(_ samples: [Int16]) -> [(Int64, Int64)] {
    var detector = SpeechDetector(sampleRate: 8000)
    // In uneven chunks, as a decoder gives them.
    for chunk in stride(from: 0, to: samples.count, by: 1237) {
      samples[chunk..<min(chunk + 1237, samples.count)].withUnsafeBufferPointer { detector.add($0) }
    }
    return detector.speech().map { ($0.start.roundedMilliseconds, $0.end.roundedMilliseconds) }
  }

  @Test func tonesAreFoundToTheFrame() {
    let found = speech(Self.sound(seconds: 10, tones: [(1000, 2000), (3500, 5000), (7000, 8200)]))
    #expect(found.count == 3)
    for (stretch, tone) in zip(found, [(1000, 2000), (3500, 5000), (7000, 8200)]) {
      #expect(abs(stretch.0 - Int64(tone.0)) <= 40 && abs(stretch.1 - Int64(tone.1)) <= 40, "\(stretch)")
    }
  }

  @Test func pausesBetweenWordsJoinAndClicksAreDropped() {
    // A 200 ms pause inside a stretch is a pause between words; a 60 ms burst is a click.
    let found = speech(Self.sound(seconds: 8, tones: [(1000, 2000), (2200, 3000), (5000, 5060)]))
    #expect(found.count == 1)
    #expect(found.first.map { abs($0.0 - 1000) <= 40 && abs($0.1 - 3000) <= 40 } == true)
  }

  @Test func cuesThatOutlastTheirSpeechStartOnIt() throws {
    // Each cue starts with its speech and stays 0.3–1.1 s after it; the track is 7.5 s late.
    var tones: [(Int, Int)] = []
    var cues: [Cue] = []
    var time = 1000
    for index in 0..<30 {
      let speaking = 900 + index * 37 % 1400
      tones.append((time, time + speaking))
      let end = time + speaking + 300 + index * 53 % 800
      cues.append(
        Cue(
          start: MediaTime(milliseconds: Int64(time + 7500)), end: MediaTime(milliseconds: Int64(end + 7500)),
          content: [.text("Line \(index)")]))
      time = end + 400 + index * 71 % 1500
    }
    let found = speech(Self.sound(seconds: time / 1000 + 2, tones: tones))
    let fit = try TrackSync.fit(
      cues, toSpeech: found.map { (MediaTime(milliseconds: $0.0), MediaTime(milliseconds: $0.1)) })
    let starts = cues.map { fit.retiming(at: $0.start).apply(to: $0, file: "a.srt").cue.start.roundedMilliseconds }
    #expect(zip(starts, tones).allSatisfy { abs($0 - Int64($1.0)) <= 40 }, "\(starts.prefix(5)) \(fit)")
  }
}
