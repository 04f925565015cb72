import SubRip
import SubtitleTimeline
import TTML
import TimelineJSON
import WebVTT

/// The registry: picks the reader and writer for a format.
public enum SubtitleFormats {
  /// A streaming reader of `format` over `source`.
  public static func reader(
    for format: SubtitleFormat, source: any ByteSource, sourceName: String, reporter: DiagnosticReporter
  ) -> any SubtitleReader {
    switch format {
    case .srt: SubRipReader(source, context: SourceContext(sourceName: sourceName, reporter: reporter))
    case .vtt: WebVTTReader(source, context: SourceContext(sourceName: sourceName, reporter: reporter))
    case .json: TimelineJSONReader(source, options: TimelineJSONReaderOptions(sourceName: sourceName))
    case .jsonl: TimelineJSONReader(source, options: TimelineJSONReaderOptions(sourceName: sourceName, lines: true))
    case .ttml: TTMLReader(source, context: SourceContext(sourceName: sourceName, reporter: reporter))
    }
  }

  /// A streaming writer of `format` into `output`; loss warnings name `sourceName`.
  public static func writer(
    for format: SubtitleFormat, output: TextOutput, sourceName: String, reporter: DiagnosticReporter
  ) -> any SubtitleWriter {
    switch format {
    case .srt: SubRipWriter(output, context: SourceContext(sourceName: sourceName, reporter: reporter))
    case .vtt: WebVTTWriter(output, context: SourceContext(sourceName: sourceName, reporter: reporter))
    case .json: TimelineJSONWriter(output)
    case .jsonl: TimelineJSONWriter(output, lines: true)
    case .ttml: TTMLWriter(output, context: SourceContext(sourceName: sourceName, reporter: reporter))
    }
  }
}
