// In-memory conversion of a 10,000-cue bilingual document: SRT → WebVTT,
// WebVTT → SRT, SRT → timeline JSON, SRT → TTML and TTML → SRT, each through the streaming
// `reader.copy(to: writer)` path that `subkit convert` uses, without file I/O; and the text
// services on the same cues: the statistics `subkit info` gathers, and `subkit wrap` to 32 columns.
//
//   cd Benchmarks && swift package benchmark

import Benchmark
import SubRip
import SubtitleFormats
import SubtitleText
import SubtitleTimeline
import TextUnicode
import TimelineJSON
import WebVTT

/// Cues in each benchmark document.
let cueCount = 10_000

/// The SRT input: the same bytes as `Scripts/make-bilingual-srt 10000 -`.
let srtInput: [UInt8] = BilingualSRT.make(cueCount: cueCount)

/// The WebVTT input: `srtInput` converted by subkit once, before any measurement.
let vttInput: [UInt8] = {
  let sink = MemoryByteSink()
  let reader = SubRipReader(MemoryByteSource(srtInput), context: SourceContext(sourceName: "bench.srt"))
  do {
    try reader.copy(to: WebVTTWriter(TextOutput(sink), context: SourceContext(sourceName: "bench.srt")))
  } catch {
    fatalError("cannot make the WebVTT input: \(error)")
  }
  return sink.bytes
}()

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
    tags: ["cues": String(cueCount)],
    warmupIterations: 2,
    maxDuration: .seconds(3),
    maxIterations: 100
  )

  conversion("SRT to WebVTT", from: .srt, to: .vtt, input: srtInput)
  conversion("WebVTT to SRT", from: .vtt, to: .srt, input: vttInput)
  conversion("SRT to JSON", from: .srt, to: .json, input: srtInput)
  conversion("SRT to TTML", from: .srt, to: .ttml, input: srtInput)
  conversion("TTML to SRT", from: .ttml, to: .srt, input: ttmlInput)
  textService("Info statistics") {
    let width = DisplayWidth()
    var statistics = SubtitleStatistics()
    for cue in cues { statistics.add(cue, width: width) }
    return statistics.cues
  }
  textService("Wrap to 32 columns") {
    let wrapper = CueWrapper(maxColumns: 32, maxLines: 2)
    return cues.reduce(0) { $0 + wrapper.wrap($1).cue.lineLanguages.count }
  }
}

/// The benchmark documents' cues, read once, before any measurement.
let cues: [Cue] = {
  let reader = SubRipReader(MemoryByteSource(srtInput), context: SourceContext(sourceName: "bench.srt"))
  do {
    return try reader.readDocument().cues
  } catch {
    fatalError("cannot read the SRT input: \(error)")
  }
}()

/// Registers a benchmark that runs `body` (a pass over every cue of the document) once an iteration.
func textService(_ name: String, _ body: @escaping @Sendable () -> Int) {
  Benchmark(name) { benchmark in
    for _ in benchmark.scaledIterations { blackHole(body()) }
  }
}

/// The TTML input: `srtInput` converted by subkit once, before any measurement.
let ttmlInput: [UInt8] = {
  let sink = MemoryByteSink()
  let reader = SubtitleFormats.reader(for: .srt, source: MemoryByteSource(srtInput), sourceName: "bench.srt", reporter: .silent)
  do {
    try reader.copy(to: SubtitleFormats.writer(for: .ttml, output: TextOutput(sink), sourceName: "bench.srt", reporter: .silent))
  } catch {
    fatalError("cannot make the TTML input: \(error)")
  }
  return sink.bytes
}()

/// Registers a benchmark that streams `input` from one format to another in memory.
func conversion(_ name: String, from: SubtitleFormat, to: SubtitleFormat, input: [UInt8]) {
  Benchmark(name) { benchmark throws in
    for _ in benchmark.scaledIterations {
      let sink = MemoryByteSink()
      let reader = SubtitleFormats.reader(
        for: from, source: MemoryByteSource(input), sourceName: "bench", reporter: .silent)
      let writer = SubtitleFormats.writer(for: to, output: TextOutput(sink), sourceName: "bench", reporter: .silent)
      blackHole(try reader.copy(to: writer))
      blackHole(sink.bytes.count)
    }
  }
}

/// A deterministic bilingual SRT document, byte for byte what `Scripts/make-bilingual-srt` writes.
enum BilingualSRT {
  /// Chinese line, English line: trains, factories, family and the New Year.
  static let sentences: [(String, String)] = [
    ("火车晚点了，我们在站台上等了两个小时。", "The train was late, so we waited on the platform for two hours."),
    ("工厂明天放假，大家都要回家过年。", "The factory closes tomorrow, and everyone is going home for the New Year."),
    ("妈妈在电话里问我什么时候到家。", "Mum asked on the phone when I would get home."),
    ("这趟车太挤了，连站的地方都没有。", "This train is so crowded there's nowhere even to stand."),
    ("我在流水线上干了整整十年。", "I worked on the assembly line for ten whole years."),
    ("孩子们已经不认识我了。", "The children don't recognise me any more."),
    ("除夕夜，全家人一起包饺子。", "On New Year's Eve the whole family makes dumplings together."),
    ("车票是我排了一夜的队才买到的。", "I queued all night to get this ticket."),
    ("老板说过完年工资会涨一点。", "The boss says wages will go up a little after the holiday."),
    ("爸爸的身体一年不如一年了。", "Dad's health gets a little worse every year."),
    ("下一站是郑州，请下车的旅客做好准备。", "Next stop Zhengzhou. Passengers leaving the train, please get ready."),
    ("宿舍里住了十二个人，晚上很难睡着。", "Twelve of us share the dormitory, and it's hard to sleep at night."),
    ("你今年还回来吗？", "Are you coming back this year?"),
    ("外面又下雪了，铁路可能要停运。", "It's snowing again. The railway might stop running."),
    ("我给女儿买了一件新棉袄。", "I bought my daughter a new padded jacket."),
    ("鞭炮声一直响到天亮。", "The firecrackers went on until dawn."),
    ("机器一停，车间里就安静得可怕。", "When the machines stop, the workshop goes eerily quiet."),
    ("奶奶把红包塞进了我的口袋。", "Grandma slipped a red envelope into my pocket."),
    ("我们一年只能见一次面。", "We only get to see each other once a year."),
    ("行李太重了，帮我抬一下。", "My luggage is too heavy. Give me a hand with it."),
    ("她说不想再去南方打工了。", "She says she doesn't want to go south to work again."),
    ("春运期间，每天有几百万人在路上。", "During the Spring Festival rush, millions of people travel every day."),
    ("你在城里过得好吗？", "Are you doing all right in the city?"),
    ("等工厂开工，我又得走了。", "When the factory opens again, I'll have to leave."),
    ("车厢里全是泡面的味道。", "The whole carriage smells of instant noodles."),
    ("我弟弟今年也进了那家电子厂。", "My brother started at the same electronics factory this year."),
    ("年夜饭做好了，就等你们回来。", "The New Year's Eve dinner is ready. We're only waiting for you."),
    ("在车上站了三十个小时，腿都肿了。", "After thirty hours standing on the train, my legs were swollen."),
  ]

  /// `cueCount` cues of 2–4 s with 0–0.4 s gaps, starting near 00:00:01.
  static func make(cueCount: Int) -> [UInt8] {
    var state: UInt32 = 20_240_210  // the generator script's LCG and seed
    func nextRandom() -> Int {
      state = state &* 1_664_525 &+ 1_013_904_223
      return Int(state >> 8)
    }
    guard cueCount > 0 else { return [] }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(cueCount * 140)
    var time = 1000
    for number in 1...cueCount {
      let (chinese, english) = sentences[nextRandom() % sentences.count]
      let start = time + nextRandom() % 401
      let end = start + 2000 + nextRandom() % 2001
      time = end
      append(decimal: number, digits: 1, to: &bytes)
      bytes.append(0x0A)
      append(timestamp: start, to: &bytes)
      bytes.append(contentsOf: " --> ".utf8)
      append(timestamp: end, to: &bytes)
      bytes.append(0x0A)
      bytes.append(contentsOf: chinese.utf8)
      bytes.append(0x0A)
      bytes.append(contentsOf: english.utf8)
      bytes.append(contentsOf: [0x0A, 0x0A])
    }
    return bytes
  }

  private static func append(timestamp milliseconds: Int, to bytes: inout [UInt8]) {
    append(decimal: milliseconds / 3_600_000, digits: 2, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    append(decimal: milliseconds / 60_000 % 60, digits: 2, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    append(decimal: milliseconds / 1000 % 60, digits: 2, to: &bytes)
    bytes.append(UInt8(ascii: ","))
    append(decimal: milliseconds % 1000, digits: 3, to: &bytes)
  }

  private static func append(decimal value: Int, digits: Int, to bytes: inout [UInt8]) {
    let text = Array(String(value).utf8)
    if text.count < digits { bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits - text.count)) }
    bytes.append(contentsOf: text)
  }
}
