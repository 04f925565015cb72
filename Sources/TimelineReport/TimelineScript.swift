/// The part of the page's script that draws the timeline: a canvas the width of the window,
/// redrawn for the window of time in view, and its keys, wheel and clicks.
enum TimelineScript {
  /// The JavaScript text.
  static let source = #"""
    // What the findings mark on the timeline: each cue's worst severity in the lane of the
    // finding's language, the overlaps (with the latest end before the cue, as the rule measures)
    // and the gaps under the minimum (after the cue before).
    const LANE = 34, AXIS = 22, TOP = 14;
    const latestBefore = [], byCue = new Map(), severityMarks = new Map(), marks = [];
    cues.forEach(function (cue, number) {
      const before = cues[number - 1];
      latestBefore.push(before && before[0] === cue[0] ?
        Math.max(before[2], latestBefore[number - 1] === null ? -Infinity : latestBefore[number - 1]) : null);
    });
    findings.forEach(function (finding, index) {
      const number = finding[2];
      if (number < 0 || number >= cues.length) return;
      const cue = cues[number], before = cues[number - 1];
      if (!byCue.has(number)) byCue.set(number, []);
      byCue.get(number).push(index);
      const key = number + ':' + laneOf(cue[0], finding[6]);
      severityMarks.set(key, Math.min(finding[0], severityMarks.has(key) ? severityMarks.get(key) : 2));
      if (finding[1] === 'overlap' && latestBefore[number] !== null) {
        marks.push({ track: cue[0], from: cue[1], to: latestBefore[number], kind: 'overlap' });
      } else if (finding[1] === 'min-gap' && before && before[0] === cue[0]) {
        marks.push({ track: cue[0], from: before[2], to: cue[1], kind: 'gap' });
      }
    });
    const unpaired = new Set(data.unpaired || []);

    // Every time on the page, and the bars: one per language block, one for a cue with no lines.
    const box = document.getElementById('timeline'), canvas = document.getElementById('timeline-canvas');
    const scroller = document.getElementById('scroller'), scrollWidth = document.getElementById('scroll-width');
    const context = canvas.getContext('2d');
    let start = Infinity, end = -Infinity;
    cues.forEach(function (cue) { start = Math.min(start, cue[1], cue[2]); end = Math.max(end, cue[1], cue[2]); });
    data.shots.forEach(function (shot) { start = Math.min(start, shot); end = Math.max(end, shot); });
    if (!isFinite(start)) { start = 0; end = 1000; }
    start = start >= 0 ? Math.max(0, start - 1000) : start - 1000;
    end = Math.max(end + 1000, start + 1000);
    let perMs = 1, left = start, selected = -1;
    const bars = [];
    cues.forEach(function (cue, number) {
      cue[4].forEach(function (block) {
        bars.push({ cue: number, lane: block[0], colour: speedColour(block[1], block[2]), over: block[4] === 1 });
      });
      if (cue[4].length === 0) bars.push({ cue: number, lane: laneOf(cue[0], null), colour: speedColour(null), over: false });
    });
    box.dataset.cueBars = String(new Set(bars.map(function (bar) { return bar.cue; })).size);
    box.dataset.bars = String(bars.length);
    box.setAttribute('aria-label', 'Timeline of ' + cues.length + ' cues in ' + lanes.length + ' lanes, ' +
      clock(start) + ' to ' + clock(end));
    const width = function () { return box.clientWidth || 900; };
    // The widest zoom: 2 px a millisecond, and never a scroll width past what a browser lays out.
    const closest = function () { return Math.max(width() / (end - start), Math.min(2, 3e7 / (end - start))); };
    function fit() { perMs = width() / (end - start); left = start; layout(); }
    function zoom(factor, at) {
      const anchor = at === undefined ? left + width() / perMs / 2 : at;
      const x = (anchor - left) * perMs;
      perMs = Math.min(closest(), Math.max(width() / (end - start), perMs * factor));
      left = anchor - x / perMs;
      layout();
    }
    function layout() {
      const visible = width() / perMs;
      left = Math.max(start, Math.min(left, end - visible));
      scrollWidth.style.width = Math.round((end - start) * perMs) + 'px';
      scroller.scrollLeft = (left - start) * perMs;
      draw();
    }
    scroller.addEventListener('scroll', function () {
      const next = start + scroller.scrollLeft / perMs;
      if (Math.abs(next - left) * perMs >= 1) { left = next; draw(); }
    });
    function x(ms) { return (ms - left) * perMs; }
    // The rows of lanes each track takes, for the pairing links between them.
    function laneRows(track) {
      const rows = [];
      lanes.forEach(function (lane, index) { if (lane.track === track) rows.push(index); });
      return rows;
    }
    // A tick step at least 90 px wide: a round number of milliseconds, seconds or minutes, else
    // 1, 2 or 5 times a power of ten hours (a cue that never ends spans billions of them).
    function tickStep() {
      const least = 90 / perMs;
      if (!isFinite(least)) return Infinity;
      const steps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 15000, 30000, 60000, 120000,
        300000, 600000, 900000, 1800000];
      const found = steps.find(function (s) { return s >= least; });
      if (found) return found;
      for (let hours = 3600000; ; hours *= 10) {
        for (const m of [1, 2, 5]) if (m * hours >= least) return m * hours;
      }
    }
    function draw() {
      const drawStarted = performance.now();
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
      drawMarks(right);
      drawLinks(right);
      drawBars(right);
      drawSeverityMarks(right);
      context.strokeStyle = COLOUR.shot; context.setLineDash([3, 3]); context.lineWidth = 1; context.beginPath();
      data.shots.forEach(function (shot) {
        if (shot < left || shot > right) return;
        context.moveTo(x(shot) + 0.5, TOP); context.lineTo(x(shot) + 0.5, TOP + lanes.length * LANE);
      });
      context.stroke(); context.setLineDash([]);
      drawAxis(right);
      document.getElementById('view-range').textContent = clock(left) + ' – ' + clock(right);
      box.dataset.drawMs = (performance.now() - drawStarted).toFixed(1);
    }
    // The severity shapes, drawn once each and stamped: one a lane every few pixels at most.
    const sprites = [0, 1, 2].map(function (severity) {
      const sprite = document.createElement('canvas'), ratio = window.devicePixelRatio || 1;
      sprite.width = Math.ceil(10 * ratio); sprite.height = Math.ceil(10 * ratio);
      const c = sprite.getContext('2d');
      c.scale(ratio, ratio); c.fillStyle = COLOUR[SEVERITY[severity]]; c.font = '10px sans-serif';
      c.fillText(MARK[severity], 0, 8);
      return sprite;
    });
    const severityList = Array.from(severityMarks, function (entry) {
      const parts = entry[0].split(':');
      return { cue: +parts[0], lane: +parts[1], worst: entry[1] };
    });
    function drawSeverityMarks(right) {
      const lastX = lanes.map(function () { return -Infinity; }), lastWorst = lanes.map(function () { return 3; });
      severityList.forEach(function (mark) {
        const cue = cues[mark.cue];
        if (cue[2] < left || cue[1] > right) return;
        const at = x(cue[1]);
        if (at - lastX[mark.lane] < 4 && mark.worst >= lastWorst[mark.lane]) return;
        lastX[mark.lane] = at; lastWorst[mark.lane] = mark.worst;
        context.drawImage(sprites[mark.worst], at, TOP + mark.lane * LANE - 2, 10, 10);
      });
    }
    // Overlaps: a hatched band across the track's lanes; short gaps: a triangle at each end.
    function drawMarks(right) {
      marks.forEach(function (mark) {
        const from = Math.min(mark.from, mark.to), to = Math.max(mark.from, mark.to);
        if (to < left || from > right) return;
        const x0 = x(from), x1 = Math.max(x(to), x0 + 3);
        laneRows(mark.track).forEach(function (row) {
          const y = TOP + row * LANE;
          if (mark.kind === 'overlap') {
            context.fillStyle = 'rgba(118,42,131,0.25)'; context.fillRect(x0, y, x1 - x0, LANE);
            context.strokeStyle = COLOUR.overlap; context.lineWidth = 1; context.beginPath();
            for (let sx = x0 - LANE; sx < x1; sx += 5) {
              context.moveTo(Math.max(x0, sx), y + LANE - Math.max(0, x0 - sx));
              context.lineTo(Math.min(x1, sx + LANE), y + Math.max(0, sx + LANE - x1));
            }
            context.stroke();
          } else {
            context.fillStyle = COLOUR.gap;
            [x0, x1].forEach(function (at) {
              context.beginPath(); context.moveTo(at - 4, y + 1); context.lineTo(at + 4, y + 1);
              context.lineTo(at, y + 7); context.closePath(); context.fill();
            });
          }
        });
      });
    }
    function drawLinks(right) {
      if (!data.links) return;
      const upper = laneRows(0), lower = laneRows(1);
      const y0 = TOP + (upper[upper.length - 1] + 1) * LANE - 6, y1 = TOP + lower[0] * LANE + 6;
      context.strokeStyle = COLOUR.link; context.lineWidth = 1; context.beginPath();
      data.links.forEach(function (link) {
        const a = cues[link[0]], b = cues[link[1]];
        if (Math.max(a[2], b[2]) < left || Math.min(a[1], b[1]) > right) return;
        context.moveTo(x((a[1] + a[2]) / 2), y0);
        context.lineTo(x((b[1] + b[2]) / 2), y1);
      });
      context.stroke();
    }
    // Bars are filled a colour at a time (a canvas is slow to change colour 20,000 times), then
    // the few that need more: stripes past the limit, unpaired outlines, the picked cue.
    const byColour = new Map();
    bars.forEach(function (bar) {
      if (!byColour.has(bar.colour)) byColour.set(bar.colour, []);
      byColour.get(bar.colour).push(bar);
    });
    const marked = bars.filter(function (bar) { return bar.over || unpaired.has(bar.cue); });
    function barBox(bar, right) {
      const cue = cues[bar.cue], from = Math.min(cue[1], cue[2]), to = Math.max(cue[1], cue[2]);
      if (to < left || from > right) return null;
      const x0 = x(from);
      return { x0: x0, x1: Math.max(x(to), x0 + 1), y: TOP + bar.lane * LANE + 7, height: LANE - 14 };
    }
    function drawBars(right) {
      byColour.forEach(function (group, colour) {
        context.fillStyle = colour;
        group.forEach(function (bar) {
          const b = barBox(bar, right);
          if (b) context.fillRect(b.x0, b.y, b.x1 - b.x0, b.height);
        });
      });
      marked.forEach(function (bar) {
        const b = barBox(bar, right);
        if (!b) return;
        if (bar.over && b.x1 - b.x0 > 4) {
          context.strokeStyle = 'rgba(255,255,255,0.7)'; context.lineWidth = 1; context.beginPath();
          for (let sx = b.x0 - b.height; sx < b.x1; sx += 6) {
            context.moveTo(Math.max(b.x0, sx), b.y + b.height - Math.max(0, b.x0 - sx));
            context.lineTo(Math.min(b.x1, sx + b.height), b.y + Math.max(0, sx + b.height - b.x1));
          }
          context.stroke();
        }
        if (unpaired.has(bar.cue)) {
          context.setLineDash([4, 2]); context.strokeStyle = COLOUR.unpaired; context.lineWidth = 2;
          context.strokeRect(b.x0, b.y - 1, b.x1 - b.x0, b.height + 2); context.setLineDash([]);
        }
      });
      bars.forEach(function (bar) {
        if (bar.cue !== selected) return;
        const b = barBox(bar, right);
        if (!b) return;
        context.strokeStyle = COLOUR.selected; context.lineWidth = 2.5;
        context.strokeRect(b.x0 - 1.5, b.y - 2.5, b.x1 - b.x0 + 3, b.height + 5);
      });
    }
    function drawAxis(right) {
      const axisY = TOP + lanes.length * LANE, step = tickStep();
      context.fillStyle = '#1b1b1f'; context.font = '11px sans-serif';
      for (let t = Math.ceil(left / step) * step; t <= right; t += step) {
        context.fillRect(x(t), axisY, 1, 5);
        context.fillText(clock(t).replace(/\.000$/, ''), x(t) + 3, axisY + 15);
      }
      lanes.forEach(function (lane, index) {
        context.fillStyle = 'rgba(255,255,255,0.85)';
        const label = lane.label.length > 40 ? '…' + lane.label.slice(-39) : lane.label;
        context.fillRect(0, TOP + index * LANE, context.measureText(label).width + 8, 13);
        context.fillStyle = '#1b1b1f'; context.fillText(label, 4, TOP + index * LANE + 10);
      });
    }
    // Picks cue `number`: outlines it, says what it is, and brings it into view when `centre`.
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
        lines.push('[' + lanes[block[0]].language + '] ' + block[3].replace(/\n/g, ' / ') + '  — ' +
          (block[1] === null ? 'no duration' : block[1] + ' cps') + (block[2] ? ' (limit ' + block[2] + ')' : ''));
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
        if (bar.lane === lane && Math.min(cue[1], cue[2]) - slack <= at && at <= Math.max(cue[1], cue[2]) + slack) {
          found = bar.cue;
        }
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
    // ← → step through the picked cue's track, + − zoom.
    box.addEventListener('keydown', function (event) {
      if (event.key === '+' || event.key === '=') zoom(1.5);
      else if (event.key === '-') zoom(1 / 1.5);
      else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && cues.length) {
        if (selected < 0) { show(0, true); event.preventDefault(); return; }
        const track = data.tracks[cues[selected][0]];
        const next = selected + (event.key === 'ArrowRight' ? 1 : -1);
        show(Math.max(track.first, Math.min(track.first + track.cues - 1, next)), true);
      } else return;
      event.preventDefault();
    });
    document.getElementById('zoom-in').addEventListener('click', function () { zoom(1.5); });
    document.getElementById('zoom-out').addEventListener('click', function () { zoom(1 / 1.5); });
    document.getElementById('zoom-fit').addEventListener('click', fit);
    window.addEventListener('resize', function () { layout(); });

    """#
}
