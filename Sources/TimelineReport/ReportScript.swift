/// The report page's script: draws the timeline, the charts and the sync offsets from the page's
/// data, and fills the findings table.
enum ReportScript {
  /// The JavaScript text.
  static let source = #"""
    'use strict';
    (function () {
    const started = performance.now();
    const data = JSON.parse(document.getElementById('report-data').textContent);
    const strings = data.strings, cues = data.cues, lanes = data.lanes;
    // Findings name their rule, message and language by their place in the strings.
    const findings = data.findings.map(function (f) {
      return [f[0], strings[f[1]], f[2], f[3], f[4], strings[f[5]], f[6] < 0 ? null : strings[f[6]]];
    });
    const SEVERITY = ['error', 'warning', 'note'], MARK = ['■', '▲', '●'];
    const COLOUR = { error: '#b2182b', warning: '#b35806', note: '#2166ac', shot: '#7f7f7f', overlap: '#762a83',
      gap: '#e08214', link: 'rgba(60,60,60,0.35)', selected: '#000000', unpaired: '#c51b7d' };
    const LANE = 34, AXIS = 22, TOP = 14;

    // What the findings say about each cue, and the overlaps and short gaps they name.
    const byCue = new Map(), marks = [];
    findings.forEach(function (finding, index) {
      const cue = finding[2];
      if (cue < 0 || cue >= cues.length) return;
      if (!byCue.has(cue)) byCue.set(cue, []);
      byCue.get(cue).push(index);
      const before = cues[cue - 1];
      if ((finding[1] === 'overlap' || finding[1] === 'min-gap') && before && before[0] === cues[cue][0]) {
        marks.push({ track: cues[cue][0], from: Math.min(before[2], cues[cue][1]),
          to: Math.max(before[2], cues[cue][1]), kind: finding[1] });
      }
    });
    const unpaired = new Set(data.unpaired || []);

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
      if (!limit) return '#9e9e9e';
      const ratio = cps / limit;
      return ratio <= 1 ? mix(BELOW, ratio) : mix(ABOVE, Math.min(1, (ratio - 1) / 0.5));
    }
    function clock(ms) {
      const sign = ms < 0 ? '-' : '';
      ms = Math.abs(Math.round(ms));
      const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60;
      return sign + h + ':' + String(m).padStart(2, '0') + ':' + String(s).padStart(2, '0') + '.' +
        String(ms % 1000).padStart(3, '0');
    }
    function escapeHTML(text) {
      return String(text).replace(/[&<>"]/g, function (c) {
        return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
      });
    }

    // The timeline: a canvas the width of the view, redrawn from a time window.
    const box = document.getElementById('timeline'), canvas = document.getElementById('timeline-canvas');
    const scroller = document.getElementById('scroller'), scrollWidth = document.getElementById('scroll-width');
    const context = canvas.getContext('2d');
    let start = Infinity, end = -Infinity;
    data.tracks.forEach(function (track) {
      if (track.cues > 0) { start = Math.min(start, track.start); end = Math.max(end, track.end); }
    });
    data.shots.forEach(function (shot) { start = Math.min(start, shot); end = Math.max(end, shot); });
    if (!isFinite(start)) { start = 0; end = 1000; }
    start = Math.max(0, start - 1000); end = end + 1000;
    let perMs = 0, left = start, selected = -1;
    const bars = [];
    cues.forEach(function (cue, number) {
      cue[4].forEach(function (block) { bars.push({ cue: number, lane: block[0], cps: block[1], limit: block[2] }); });
      if (cue[4].length === 0) bars.push({ cue: number, lane: laneOfTrack(cue[0]), cps: 0, limit: null });
    });
    function laneOfTrack(track) {
      const index = lanes.findIndex(function (lane) { return lane.track === track; });
      return index < 0 ? 0 : index;
    }
    box.dataset.cueBars = String(new Set(bars.map(function (bar) { return bar.cue; })).size);
    box.dataset.bars = String(bars.length);
    box.setAttribute('aria-label', 'Timeline of ' + cues.length + ' cues in ' + lanes.length + ' lanes, ' +
      clock(start) + ' to ' + clock(end));
    const width = function () { return box.clientWidth || 900; };
    function fit() { perMs = width() / (end - start); left = start; layout(); }
    function zoom(factor, at) {
      const anchor = at === undefined ? left + width() / perMs / 2 : at;
      const x = (anchor - left) * perMs;
      perMs = Math.min(2, Math.max(width() / (end - start), perMs * factor));
      left = anchor - x / perMs;
      layout();
    }
    function layout() {
      const visible = width() / perMs;
      left = Math.max(start, Math.min(left, end - visible));
      scrollWidth.style.width = Math.min(3e7, Math.round((end - start) * perMs)) + 'px';
      scroller.scrollLeft = (left - start) * perMs;
      draw();
    }
    scroller.addEventListener('scroll', function () {
      const next = start + scroller.scrollLeft / perMs;
      if (Math.abs(next - left) * perMs >= 1) { left = next; draw(); }
    });
    function x(ms) { return (ms - left) * perMs; }
    function draw() {
      const w = width(), h = TOP + lanes.length * LANE + AXIS, ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(w * ratio); canvas.height = Math.round(h * ratio);
      canvas.style.height = h + 'px';
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, w, h);
      const right = left + w / perMs;
      lanes.forEach(function (lane, index) {
        context.fillStyle = index % 2 ? '#fafafa' : '#f1f2f4';
        context.fillRect(0, TOP + index * LANE, w, LANE);
      });
      marks.forEach(function (mark) {
        if (mark.to < left || mark.from > right) return;
        const x0 = x(mark.from), x1 = Math.max(x(mark.to), x0 + 3);
        lanes.forEach(function (lane, index) {
          if (lane.track !== mark.track) return;
          context.fillStyle = mark.kind === 'overlap' ? COLOUR.overlap : COLOUR.gap;
          context.fillRect(x0, TOP + index * LANE, x1 - x0, 4);
          context.fillRect(x0, TOP + index * LANE + LANE - 4, x1 - x0, 4);
        });
      });
      if (data.links) {
        context.strokeStyle = COLOUR.link; context.lineWidth = 1; context.beginPath();
        data.links.forEach(function (link) {
          const a = cues[link[0]], b = cues[link[1]];
          if (Math.max(a[2], b[2]) < left || Math.min(a[1], b[1]) > right) return;
          context.moveTo(x((a[1] + a[2]) / 2), TOP + LANE - 6);
          context.lineTo(x((b[1] + b[2]) / 2), TOP + LANE + 6);
        });
        context.stroke();
      }
      bars.forEach(function (bar) {
        const cue = cues[bar.cue];
        if (cue[2] < left || cue[1] > right) return;
        const x0 = x(cue[1]), x1 = Math.max(x(cue[2]), x0 + 1), y = TOP + bar.lane * LANE + 7, height = LANE - 14;
        context.fillStyle = speedColour(bar.cps, bar.limit);
        context.fillRect(x0, y, x1 - x0, height);
        if (bar.limit && bar.cps > bar.limit && x1 - x0 > 4) {
          context.strokeStyle = 'rgba(255,255,255,0.7)'; context.lineWidth = 1; context.beginPath();
          for (let sx = x0 - height; sx < x1; sx += 6) {
            context.moveTo(Math.max(x0, sx), y + height - Math.max(0, x0 - sx));
            context.lineTo(Math.min(x1, sx + height), y + Math.max(0, sx + height - x1));
          }
          context.stroke();
        }
        if (unpaired.has(bar.cue)) {
          context.setLineDash([4, 2]); context.strokeStyle = COLOUR.unpaired; context.lineWidth = 2;
          context.strokeRect(x0, y - 1, x1 - x0, height + 2); context.setLineDash([]);
        }
        if (bar.cue === selected) {
          context.strokeStyle = COLOUR.selected; context.lineWidth = 2.5;
          context.strokeRect(x0 - 1.5, y - 2.5, x1 - x0 + 3, height + 5);
        }
      });
      byCue.forEach(function (indices, number) {
        const cue = cues[number];
        if (cue[2] < left || cue[1] > right) return;
        const worst = Math.min.apply(null, indices.map(function (i) { return findings[i][0]; }));
        const lane = laneOfTrack(cue[0]);
        context.fillStyle = COLOUR[SEVERITY[worst]]; context.font = '11px sans-serif';
        context.fillText(MARK[worst], x(cue[1]), TOP + lane * LANE + 6);
      });
      context.strokeStyle = COLOUR.shot; context.setLineDash([3, 3]); context.lineWidth = 1; context.beginPath();
      data.shots.forEach(function (shot) {
        if (shot < left || shot > right) return;
        context.moveTo(x(shot) + 0.5, TOP); context.lineTo(x(shot) + 0.5, TOP + lanes.length * LANE);
      });
      context.stroke(); context.setLineDash([]);
      context.fillStyle = '#1b1b1f'; context.font = '11px sans-serif';
      const axisY = TOP + lanes.length * LANE;
      const steps = [100, 250, 500, 1000, 2000, 5000, 10000, 30000, 60000, 120000, 300000, 600000, 1800000];
      const step = steps.find(function (s) { return s * perMs >= 90; }) || 3600000;
      for (let t = Math.ceil(left / step) * step; t <= right; t += step) {
        context.fillRect(x(t), axisY, 1, 5);
        context.fillText(clock(t).replace(/^0:/, '').replace(/\.000$/, ''), x(t) + 3, axisY + 15);
      }
      lanes.forEach(function (lane, index) {
        context.fillStyle = 'rgba(255,255,255,0.85)';
        const label = lane.label.length > 40 ? '…' + lane.label.slice(-39) : lane.label;
        const labelWidth = context.measureText(label).width + 8;
        context.fillRect(0, TOP + index * LANE, labelWidth, 13);
        context.fillStyle = '#1b1b1f'; context.fillText(label, 4, TOP + index * LANE + 10);
      });
      document.getElementById('view-range').textContent = clock(left) + ' – ' + clock(right);
    }
    function show(number, centre) {
      selected = number;
      const cue = cues[number];
      if (centre) {
        const visible = width() / perMs;
        if (cue[1] < left || cue[2] > left + visible) left = (cue[1] + cue[2]) / 2 - visible / 2;
        layout();
      } else {
        draw();
      }
      const track = data.tracks[cue[0]];
      const lines = ['Cue ' + (cue[3] || String(number - track.first + 1)) + ' of ' + track.name + ': ' +
        clock(cue[1]) + ' → ' + clock(cue[2]) + ' (' + ((cue[2] - cue[1]) / 1000).toFixed(3) + ' s)'];
      cue[4].forEach(function (block) {
        lines.push('[' + lanes[block[0]].label + '] ' + block[3].replace(/\n/g, ' / ') + '  — ' + block[1] +
          ' cps' + (block[2] ? ' (limit ' + block[2] + ')' : ''));
      });
      (byCue.get(number) || []).forEach(function (i) {
        lines.push(MARK[findings[i][0]] + ' ' + SEVERITY[findings[i][0]] + ' ' + findings[i][1] + ': ' + findings[i][5]);
      });
      document.getElementById('cue-detail').textContent = lines.join('\n');
    }
    function cueAt(px, py) {
      const lane = Math.floor((py - TOP) / LANE), at = left + px / perMs, slack = 3 / perMs;
      let found = -1;
      bars.forEach(function (bar) {
        const cue = cues[bar.cue];
        if (bar.lane === lane && cue[1] - slack <= at && at <= cue[2] + slack) found = bar.cue;
      });
      return found;
    }
    canvas.addEventListener('click', function (event) {
      const rect = canvas.getBoundingClientRect(), number = cueAt(event.clientX - rect.left, event.clientY - rect.top);
      if (number >= 0) show(number, false);
    });
    box.addEventListener('wheel', function (event) {
      if (event.ctrlKey) {
        event.preventDefault();
        const rect = canvas.getBoundingClientRect();
        zoom(event.deltaY < 0 ? 1.25 : 0.8, left + (event.clientX - rect.left) / perMs);
      } else if (Math.abs(event.deltaX) > 0 || event.shiftKey) {
        event.preventDefault();
        left += (event.deltaX || event.deltaY) / perMs; layout();
      }
    }, { passive: false });
    box.addEventListener('keydown', function (event) {
      if (event.key === '+' || event.key === '=') zoom(1.5);
      else if (event.key === '-') zoom(1 / 1.5);
      else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && cues.length) {
        const step = event.key === 'ArrowRight' ? 1 : -1;
        show(selected < 0 ? 0 : Math.max(0, Math.min(cues.length - 1, selected + step)), true);
      } else return;
      event.preventDefault();
    });
    document.getElementById('zoom-in').addEventListener('click', function () { zoom(1.5); });
    document.getElementById('zoom-out').addEventListener('click', function () { zoom(1 / 1.5); });
    document.getElementById('zoom-fit').addEventListener('click', fit);
    window.addEventListener('resize', function () { layout(); });

    // The legend: the speed scale and the marks.
    (function legend() {
      const scale = document.createElement('canvas');
      scale.width = 160; scale.height = 12;
      const c = scale.getContext('2d');
      for (let i = 0; i < 160; i++) { c.fillStyle = speedColour(i / 100 * 10, 10); c.fillRect(i, 0, 1, 12); }
      const holder = document.getElementById('legend');
      holder.innerHTML = '<span>reading speed against the limit: 0 <span id="scale-slot"></span> 1.6× ' +
        '(yellow at the limit; orange to red and striped past it; grey: no limit)</span>' +
        '<span><b style="color:' + COLOUR.overlap + '">▬</b> overlap</span>' +
        '<span><b style="color:' + COLOUR.gap + '">▬</b> gap under the minimum</span>' +
        '<span>╎ shot change</span><span>■ error ▲ warning ● note</span>' +
        (data.links ? '<span>— pairing link</span><span style="color:' + COLOUR.unpaired + '">┅ unpaired cue</span>' : '');
      document.getElementById('scale-slot').appendChild(scale);
    })();

    // Histograms of reading speed and duration, per lane.
    function histogram(title, values, binWidth, bins, limit, unit) {
      const figure = document.createElement('figure');
      const chart = document.createElement('canvas');
      chart.width = 320; chart.height = 150;
      const counts = new Array(bins).fill(0);
      values.forEach(function (v) { counts[Math.min(bins - 1, Math.max(0, Math.floor(v / binWidth)))] += 1; });
      const most = Math.max(1, Math.max.apply(null, counts));
      const c = chart.getContext('2d'), barWidth = 300 / bins;
      c.fillStyle = '#1b1b1f'; c.font = '10px sans-serif';
      counts.forEach(function (count, i) {
        const height = count / most * 110;
        c.fillStyle = limit && (i + 1) * binWidth > limit ? '#d6604d' : '#4393c3';
        c.fillRect(10 + i * barWidth, 120 - height, barWidth - 1, height);
      });
      c.fillStyle = '#1b1b1f';
      c.fillText('0', 10, 134); c.fillText(String(bins * binWidth) + '+ ' + unit, 250, 134);
      c.fillText('most: ' + most, 10, 146);
      if (limit) {
        const lx = 10 + limit / binWidth * barWidth;
        c.fillRect(lx, 8, 2, 112); c.fillText('limit ' + limit, Math.min(lx + 4, 260), 16);
      }
      const over = limit ? values.filter(function (v) { return v > limit; }).length : 0;
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
      let limit = null;
      cues.forEach(function (cue) {
        cue[4].forEach(function (block) {
          if (block[0] !== index) return;
          speeds.push(block[1]); durations.push((cue[2] - cue[1]) / 1000);
          if (block[2]) limit = block[2];
        });
      });
      histogram('Reading speed, ' + lane.label, speeds, 2, 20, limit, 'cps');
      histogram('Duration, ' + lane.label, durations, 0.5, 20, null, 's');
    });

    // Two tracks: the pairing and the offsets sync found.
    if (data.links) {
      document.getElementById('pair-section').hidden = false;
      const sync = data.sync || {};
      document.getElementById('pair-summary').textContent = (data.paired ? data.links.length + ' links pair the cues (as merge pairs them' +
        (sync.failure ? '' : ', the second track synced first') + '), ' + unpaired.size + ' cues are left unpaired. ' :
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

    // The findings table: every finding, filtered by severity and rule, each row leading to its
    // cue. Only the rows in view are in the document (a table of 20,000 rows takes seconds to lay
    // out); the keyboard moves a roving focus through all of them.
    const ROW = 26, view = document.getElementById('findings-view'), table = document.getElementById('findings');
    const body = table.querySelector('tbody');
    const ruleFilter = document.getElementById('filter-rule'), severityFilter = document.getElementById('filter-severity');
    const rules = new Map();
    findings.forEach(function (f) { rules.set(f[1], (rules.get(f[1]) || 0) + 1); });
    Array.from(rules.keys()).sort().forEach(function (rule) {
      const option = document.createElement('option');
      option.value = rule; option.textContent = rule + ' (' + rules.get(rule) + ')';
      ruleFilter.appendChild(option);
    });
    table.dataset.findings = String(findings.length);
    let shown = [], current = 0, printing = false;
    function row(index, position) {
      const f = findings[index], cue = f[2] >= 0 ? cues[f[2]] : null, track = cue ? data.tracks[cue[0]] : null;
      const number = cue ? String(f[2] - track.first + 1) : '';
      const cueName = cue ? '#' + number + (cue[3] && cue[3] !== number ? ' (' + cue[3] + ')' : '') : '—';
      const file = (data.tracks.length > 1 && track ? track.name + ':' : '') + (f[3] > 0 ? f[3] + ':' + f[4] : '');
      return '<tr class="finding sev-' + f[0] + (position === current ? ' current' : '') + '" tabindex="' +
        (position === current ? 0 : -1) + '" aria-rowindex="' + (position + 2) + '" data-position="' + position +
        '"><td class="sev">' + MARK[f[0]] + ' ' + SEVERITY[f[0]] + '</td><td>' + escapeHTML(f[1]) + '</td><td>' +
        escapeHTML(cueName) + '</td><td>' + (cue ? clock(cue[1]) : '') + '</td><td>' + escapeHTML(file) +
        '</td><td title="' + escapeHTML(f[5]) + '">' + escapeHTML(f[5]) + '</td></tr>';
    }
    let drawn = '';
    function renderRows(force) {
      const first = printing ? 0 : Math.max(0, Math.floor(view.scrollTop / ROW) - 10);
      const last = printing ? shown.length : Math.min(shown.length, first + Math.ceil(view.clientHeight / ROW) + 20);
      const key = first + ':' + last + ':' + current;
      if (key === drawn && !force) return;
      drawn = key;
      const hadFocus = body.contains(document.activeElement);
      const parts = ['<tr class="spacer" aria-hidden="true"><td colspan="6" style="height:' + first * ROW + 'px"></td></tr>'];
      for (let position = first; position < last; position++) parts.push(row(shown[position], position));
      parts.push('<tr class="spacer" aria-hidden="true"><td colspan="6" style="height:' + (shown.length - last) * ROW +
        'px"></td></tr>');
      body.innerHTML = parts.join('');
      // Redrawing replaces the rows: the keyboard's place must survive it.
      if (hadFocus) focusCurrent();
    }
    function focusCurrent() {
      const target = body.querySelector('tr[data-position="' + current + '"]');
      if (target) target.focus({ preventScroll: true });
    }
    function filter() {
      const rule = ruleFilter.value, severity = severityFilter.value;
      shown = [];
      findings.forEach(function (f, index) {
        if ((!rule || f[1] === rule) && (severity === '' || String(f[0]) === severity)) shown.push(index);
      });
      current = 0;
      table.setAttribute('aria-rowcount', String(shown.length + 1));
      document.getElementById('findings-count').textContent = shown.length + ' of ' + findings.length + ' findings shown';
      view.scrollTop = 0;
      renderRows(true);
    }
    ruleFilter.addEventListener('change', filter); severityFilter.addEventListener('change', filter);
    let pending = false;
    view.addEventListener('scroll', function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () { pending = false; renderRows(); });
    });
    function pick(position) {
      const cue = findings[shown[position]][2];
      if (cue >= 0) show(cue, true);
    }
    function moveTo(position) {
      current = Math.max(0, Math.min(shown.length - 1, position));
      const top = current * ROW, header = table.tHead.offsetHeight;
      if (top < view.scrollTop) view.scrollTop = top;
      else if (top + ROW + header > view.scrollTop + view.clientHeight) view.scrollTop = top + ROW + header - view.clientHeight;
      renderRows();
      focusCurrent();
    }
    body.addEventListener('click', function (event) {
      const target = event.target.closest('tr[data-position]');
      if (!target) return;
      current = +target.dataset.position;
      renderRows();
      pick(current);
    });
    body.addEventListener('keydown', function (event) {
      if (!shown.length) return;
      const page = Math.max(1, Math.floor(view.clientHeight / ROW) - 1);
      const moves = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
      if (event.key === 'Enter' || event.key === ' ') pick(current);
      else if (event.key in moves) moveTo(current + moves[event.key]);
      else if (event.key === 'Home') moveTo(0);
      else if (event.key === 'End') moveTo(shown.length - 1);
      else return;
      event.preventDefault();
    });
    // Printing shows every row the filters let through.
    window.addEventListener('beforeprint', function () { printing = true; renderRows(true); });
    window.addEventListener('afterprint', function () { printing = false; renderRows(true); });

    fit();
    filter();
    // From the start of navigation (the page's parsing included), and the script's own share.
    document.body.dataset.renderMs = String(Math.round(performance.now()));
    document.body.dataset.scriptMs = String(Math.round(performance.now() - started));
    document.body.dataset.ready = 'true';
    })();
    """#
}
