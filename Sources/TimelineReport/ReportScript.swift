/// The report page's script, in parts that share one scope: the data and helpers, the timeline,
/// the charts, the findings table, and the first drawing.
enum ReportScript {
  /// The JavaScript text.
  static let source = [prelude, TimelineScript.source, ChartScript.source, FindingsTableScript.source, start].joined()

  /// The page's data, read once, and what every part uses: colours, the speed scale, times, escaping.
  static let prelude = #"""
    'use strict';
    (function () {
    const started = performance.now();
    const data = JSON.parse(document.getElementById('report-data').textContent);
    const strings = data.strings, cues = data.cues, lanes = data.lanes;
    // Findings name their rule, message and language by their place in the strings.
    const findings = data.findings.map(function (f) {
      return [f[0], strings[f[1]], f[2], f[3], f[4], strings[f[5]], f[6] < 0 ? null : strings[f[6]], f[7]];
    });
    const SEVERITY = ['error', 'warning', 'note'], MARK = ['■', '▲', '●'];
    const COLOUR = { error: '#b2182b', warning: '#b35806', note: '#2166ac', shot: '#7f7f7f', overlap: '#762a83',
      gap: '#b35806', link: 'rgba(60,60,60,0.35)', selected: '#000000', unpaired: '#c51b7d' };

    // The reading speed scale: blue to yellow up to the limit (cividis-like, safe for colour
    // blindness), past it orange to dark red with stripes, so it never rests on hue alone.
    const BELOW = [[0, 32, 77], [60, 77, 110], [124, 123, 120], [187, 175, 113], [253, 234, 69]];
    const ABOVE = [[253, 174, 97], [215, 48, 39], [127, 0, 0]];
    function mix(stops, t) {
      t = Math.max(0, Math.min(1, t)) * (stops.length - 1);
      const i = Math.min(stops.length - 2, Math.floor(t)), f = t - i, a = stops[i], b = stops[i + 1];
      return 'rgb(' + a.map(function (v, k) { return Math.round(v + (b[k] - v) * f); }).join(',') + ')';
    }
    function speedColour(cps, limit) {
      if (!limit || cps === null) return '#9e9e9e';
      // In 1/32 steps: a few dozen colours, so bars can be filled a colour at a time.
      const ratio = Math.round(cps / limit * 32) / 32;
      return ratio <= 1 ? mix(BELOW, ratio) : mix(ABOVE, Math.min(1, (ratio - 1) / 0.5));
    }
    // HH:MM:SS.mmm, as check's messages write times.
    function clock(ms) {
      const sign = ms < 0 ? '-' : '';
      ms = Math.abs(Math.round(ms));
      const two = function (v) { return String(v).padStart(2, '0'); };
      return sign + two(Math.floor(ms / 3600000)) + ':' + two(Math.floor(ms / 60000) % 60) + ':' +
        two(Math.floor(ms / 1000) % 60) + '.' + String(ms % 1000).padStart(3, '0');
    }
    function escapeHTML(text) {
      return String(text).replace(/[&<>"]/g, function (c) {
        return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
      });
    }
    // The lane of a track's lines in `language`, else the track's first lane.
    function laneOf(track, language) {
      let first = -1;
      for (let i = 0; i < lanes.length; i++) {
        if (lanes[i].track !== track) continue;
        if (first < 0) first = i;
        if (lanes[i].language === language) return i;
      }
      return Math.max(first, 0);
    }

    """#

  /// The first drawing, and what it records in the DOM for tests and benchmarks.
  static let start = #"""
    fit();
    filter();
    // From the start of navigation (the page's parsing included), and the script's own share.
    document.body.dataset.renderMs = String(Math.round(performance.now()));
    document.body.dataset.scriptMs = String(Math.round(performance.now() - started));
    document.body.dataset.ready = 'true';
    })();

    """#
}
