/// The part of the page's script that draws the legend, the histograms of reading speed and
/// duration per lane, and for two tracks the pairing summary and sync's offset curve.
enum ChartScript {
  /// The JavaScript text.
  static let source = #"""
    (function legend() {
      const scale = document.createElement('canvas');
      scale.width = 160; scale.height = 12;
      const c = scale.getContext('2d');
      for (let i = 0; i < 160; i++) { c.fillStyle = speedColour(i / 10, 10); c.fillRect(i, 0, 1, 12); }
      const holder = document.getElementById('legend');
      holder.innerHTML = '<span>reading speed against the limit: 0 <span id="scale-slot"></span> 1.6× ' +
        '(yellow at the limit; orange to red and striped past it; grey: no limit)</span>' +
        '<span><b style="color:' + COLOUR.overlap + '">▨</b> overlap (hatched)</span>' +
        '<span><b style="color:' + COLOUR.gap + '">▼</b> gap under the minimum</span>' +
        '<span>╎ shot change</span><span>■ error ▲ warning ● note</span>' +
        (data.links ? '<span>— pairing link</span><span style="color:' + COLOUR.unpaired + '">┅ unpaired cue</span>' : '');
      document.getElementById('scale-slot').appendChild(scale);
    })();

    // A histogram of `values` in `bins` bins of `binWidth`, the limit marked, with a caption that
    // says what it shows for those who cannot see it.
    function histogram(title, values, binWidth, bins, limit, over, unit) {
      const figure = document.createElement('figure');
      const chart = document.createElement('canvas');
      chart.width = 320; chart.height = 150;
      const counts = new Array(bins).fill(0);
      values.forEach(function (v) { counts[Math.min(bins - 1, Math.max(0, Math.floor(v / binWidth)))] += 1; });
      const most = Math.max(1, Math.max.apply(null, counts));
      const c = chart.getContext('2d'), barWidth = 300 / bins;
      counts.forEach(function (count, i) {
        const height = count / most * 110;
        c.fillStyle = limit && (i + 1) * binWidth > limit ? '#d6604d' : '#4393c3';
        c.fillRect(10 + i * barWidth, 120 - height, barWidth - 1, height);
      });
      c.fillStyle = '#1b1b1f'; c.font = '10px sans-serif';
      c.fillText('0', 10, 134); c.fillText(String(bins * binWidth) + '+ ' + unit, 250, 134);
      c.fillText('most: ' + most, 10, 146);
      if (limit) {
        const lx = 10 + Math.min(bins, limit / binWidth) * barWidth;
        c.fillRect(lx, 8, 2, 112); c.fillText('limit ' + limit, Math.min(lx + 4, 260), 16);
      }
      const sorted = values.slice().sort(function (a, b) { return a - b; });
      const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
      const text = title + ': ' + values.length + ' cues, median ' + median.toFixed(1) + ' ' + unit +
        (limit ? ', ' + over + ' over the limit of ' + limit : '');
      chart.setAttribute('role', 'img'); chart.setAttribute('aria-label', text);
      const caption = document.createElement('figcaption');
      caption.textContent = text;
      figure.appendChild(chart); figure.appendChild(caption);
      document.getElementById('charts').appendChild(figure);
    }
    lanes.forEach(function (lane, index) {
      const speeds = [], durations = [];
      let limit = null, over = 0;
      cues.forEach(function (cue) {
        cue[4].forEach(function (block) {
          if (block[0] !== index) return;
          durations.push((cue[2] - cue[1]) / 1000);
          if (block[1] === null) return;  // no duration, no speed
          speeds.push(block[1]);
          if (block[2]) limit = block[2];
          if (block[4] === 1) over += 1;
        });
      });
      histogram('Reading speed, ' + lane.label, speeds, 2, 20, limit, over, 'cps');
      histogram('Duration, ' + lane.label, durations, 0.5, 20, null, 0, 's');
    });

    // Two tracks: the pairing and the offsets sync found.
    if (data.links) {
      document.getElementById('pair-section').hidden = false;
      const sync = data.sync || {};
      document.getElementById('pair-summary').textContent = (data.paired ? data.links.length +
        ' links pair the cues (the groups merge makes of the first track and the second' +
        (sync.failure ? '' : ' once synced') + '), ' + unpaired.size + ' cues are left unpaired. ' :
        'The tracks overlap too much to be paired. ') +
        (sync.failure ? 'Sync found no fit: ' + sync.failure : 'Sync: scale ' + sync.scale + ', ' +
        (data.splits.length + 1) + ' piece(s), ' + Math.round(sync.score * 100) + ' % of the time meets the first track, ' +
        Math.round(sync.confidence * 100) + ' % above chance.');
      const chart = document.getElementById('offset-canvas'), c = chart.getContext('2d');
      const points = data.offsets;
      if (points.length) {
        const offsets = points.map(function (p) { return p[1]; });
        const low = Math.min(0, Math.min.apply(null, offsets)), high = Math.max(0, Math.max.apply(null, offsets));
        const span = Math.max(1, high - low), from = points[0][0], to = Math.max(from + 1, points[points.length - 1][0]);
        const px = function (t) { return 50 + (t - from) / (to - from) * 830; };
        const py = function (v) { return 160 - (v - low) / span * 140; };
        c.fillStyle = '#1b1b1f'; c.font = '10px sans-serif';
        c.fillRect(50, py(0), 830, 1);
        c.fillText((high / 1000).toFixed(2) + ' s', 2, py(high) + 4); c.fillText((low / 1000).toFixed(2) + ' s', 2, py(low));
        c.strokeStyle = '#2166ac'; c.lineWidth = 2; c.beginPath();
        points.forEach(function (p, i) { if (i === 0) c.moveTo(px(p[0]), py(p[1])); else c.lineTo(px(p[0]), py(p[1])); });
        c.stroke();
        c.strokeStyle = '#b35806'; c.setLineDash([4, 3]); c.lineWidth = 1; c.beginPath();
        data.splits.forEach(function (t) { c.moveTo(px(t), 10); c.lineTo(px(t), 165); });
        c.stroke(); c.setLineDash([]);
        c.fillText(clock(from), 50, 176); c.fillText(clock(to), 800, 176);
        chart.setAttribute('aria-label', 'Sync offset of the second track from ' + (offsets[0] / 1000).toFixed(3) +
          ' s to ' + (offsets[offsets.length - 1] / 1000).toFixed(3) + ' s, ' + data.splits.length + ' split(s)');
      }
    }

    """#
}
