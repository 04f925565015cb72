import SubRip
import SubtitleTimeline
import TTML
import TimelineJSON
import WebVTT

/// The registry: picks the reader and writer for a format.
public enum SubtitleFormats {
  /// A streaming reader of `format` over `source`.
  public static func reader(
    for format: SubtitleFormat, source: any ByteSource, sourceName: String, reporter: FindingReporter
  ) -> any SubtitleReader {
    let context = SourceContext(sourceName: sourceName, reporter: reporter)
    return switch format {
    case .srt: SubRipReader(source, context: context)
    case .vtt: WebVTTReader(source, context: context)
    case .json: TimelineJSONReader(source, options: TimelineJSONReaderOptions(sourceName: sourceName))
    case .jsonl: TimelineJSONReader(source, options: TimelineJSONReaderOptions(sourceName: sourceName, lines: true))
    case .ttml: TTMLReader(source, context: context)
    }
  }

  /// A streaming writer of `format` into `output`; loss warnings name `sourceName`.
  public static func writer(
    for format: SubtitleFormat, output: TextOutput, sourceName: String, reporter: FindingReporter
  ) -> any SubtitleWriter {
    let context = SourceContext(sourceName: sourceName, reporter: reporter, rule: Finding.Source.writer)
    return switch format {
    case .srt: SubRipWriter(output, context: context)
    case .vtt: WebVTTWriter(output, context: context)
    case .json: TimelineJSONWriter(output)
    case .jsonl: TimelineJSONWriter(output, lines: true)
    case .ttml: TTMLWriter(output, context: context)
    }
  }
}
