import SubtitleTimeline

/// One self-contained HTML page that shows one track, or two tracks of one film, on a timeline:
/// cues by language, reading speed against the limit, every finding pinned to its cue, the shot
/// changes of the settings, and for two tracks the pairing and sync offsets.
///
/// The page needs nothing from the network: its style, script and data are inside it, and its
/// content security policy forbids loading anything else.
public struct TimelinePage: Sendable {
  /// The tracks shown: one, or two of the same film.
  public var tracks: [ReportTrack]
  /// What the alignment operations say about two tracks.
  public var comparison: TrackComparison?

  /// A page for `track`.
  public init(_ track: ReportTrack) {
    tracks = [track]
  }

  /// A page for two tracks of one film, `second` paired and synced against `first`.
  public init(_ first: ReportTrack, _ second: ReportTrack) {
    tracks = [first, second]
    comparison = TrackComparison(first.cues, second.cues)
  }

  /// Writes the page.
  public func write(to output: TextOutput) {
    let title = "subkit report: " + tracks.map(\.name).joined(separator: " · ")
    PageShell.open(title: title, to: output)
    output.write("<header>\n<h1>")
    output.write(PageShell.escaped(title))
    output.write("</h1>\n")
    SummaryTable.write(tracks, to: output)
    output.write("</header>\n")
    output.write(Self.body)
    output.write("<script type=\"application/json\" id=\"report-data\">")
    ReportData(page: self).write(to: output)
    output.write("</script>\n<script>")
    output.write(ReportScript.source)
    output.write("</script>\n")
    PageShell.close(to: output)
  }

  /// The page's sections, filled in by its script.
  static let body = """
    <main>
    <section id="timeline-section" aria-labelledby="timeline-title">
    <h2 id="timeline-title">Timeline</h2>
    <div class="toolbar" role="toolbar" aria-label="Timeline view">
    <button type="button" id="zoom-out" aria-label="Zoom out">−</button>
    <button type="button" id="zoom-in" aria-label="Zoom in">+</button>
    <button type="button" id="zoom-fit">Whole track</button>
    <span id="view-range"></span>
    </div>
    <div id="timeline" tabindex="0" role="group" aria-roledescription="timeline" aria-describedby="timeline-help">\
    <canvas id="timeline-canvas"></canvas></div>
    <div id="scroller" aria-hidden="true" tabindex="-1"><div id="scroll-width"></div></div>
    <p id="timeline-help" class="help">Bars are cues, one lane per language of each file, coloured by reading speed \
    against the preset's limit. Arrow keys step from cue to cue, + and − zoom, a click picks a cue; Ctrl and the wheel zoom.</p>
    <div id="legend"></div>
    <div id="cue-detail" aria-live="polite"></div>
    </section>
    <section id="pair-section" hidden aria-labelledby="pair-title">
    <h2 id="pair-title">Two tracks: pairing and sync</h2>
    <p id="pair-summary"></p>
    <canvas id="offset-canvas" width="900" height="180" role="img" aria-label="Sync offset over time"></canvas>
    </section>
    <section id="charts-section" aria-labelledby="charts-title">
    <h2 id="charts-title">Reading speed and duration</h2>
    <div id="charts"></div>
    </section>
    <section id="findings-section" aria-labelledby="findings-title">
    <h2 id="findings-title">Findings</h2>
    <div class="filters">
    <label>Severity <select id="filter-severity"><option value="">all</option>\
    <option value="0">errors</option><option value="1">warnings</option><option value="2">notes</option></select></label>
    <label>Rule <select id="filter-rule"><option value="">all</option></select></label>
    <span id="findings-count" aria-live="polite"></span>
    </div>
    <div id="findings-view">
    <table id="findings" aria-describedby="findings-help"><colgroup><col class="c-sev"><col class="c-rule">\
    <col class="c-cue"><col class="c-time"><col class="c-file"><col></colgroup>
    <thead><tr aria-rowindex="1"><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Cue</th>\
    <th scope="col">Time</th><th scope="col">File</th><th scope="col">Message</th></tr></thead><tbody></tbody></table>
    </div>
    <p id="findings-help" class="help">Tab into the table; ↑ ↓, Page Up, Page Down, Home and End move \
    through the findings, Enter shows the finding's cue on the timeline.</p>
    </section>
    </main>

    """
}
