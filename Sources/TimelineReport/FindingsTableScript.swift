/// The part of the page's script that fills the findings table: every finding, filtered by
/// severity and rule, each row leading to its cue.
///
/// Only the rows in view are in the document (a table of 20,000 rows takes seconds to lay out);
/// the keyboard moves one roving focus through all of them, and the focused row is always drawn.
enum FindingsTableScript {
  /// The JavaScript text.
  static let source = #"""
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
    let shown = [], current = 0, printing = false, drawn = '';
    function row(index, position) {
      const f = findings[index], cue = f[2] >= 0 ? cues[f[2]] : null, track = data.tracks[f[7]];
      const number = cue ? String(f[2] - track.first + 1) : '';
      const cueName = cue ? '#' + number + (cue[3] && cue[3] !== number ? ' (' + cue[3] + ')' : '') : '—';
      const file = (data.tracks.length > 1 ? track.name + ':' : '') + (f[3] > 0 ? f[3] + ':' + f[4] : '');
      return '<tr class="finding sev-' + f[0] + (position === current ? ' current' : '') + '" tabindex="' +
        (position === current ? 0 : -1) + '" aria-rowindex="' + (position + 2) + '" data-position="' + position +
        '"><td class="sev">' + MARK[f[0]] + ' ' + SEVERITY[f[0]] + '</td><td>' + escapeHTML(f[1]) + '</td><td>' +
        escapeHTML(cueName) + '</td><td>' + (cue ? clock(cue[1]) : '') + '</td><td>' + escapeHTML(file) +
        '</td><td title="' + escapeHTML(f[5]) + '">' + escapeHTML(f[5]) + '</td></tr>';
    }
    // Draws the rows in view, and the current one wherever it is, so focus and Tab always find it.
    function renderRows(force) {
      const first = printing ? 0 : Math.max(0, Math.floor(view.scrollTop / ROW) - 10);
      const last = printing ? shown.length : Math.min(shown.length, first + Math.ceil(view.clientHeight / ROW) + 20);
      const key = first + ':' + last + ':' + current;
      if (key === drawn && !force) return;
      drawn = key;
      const hadFocus = body.contains(document.activeElement);
      const parts = [];
      let at = 0;
      function spacer(to) {
        if (to > at) parts.push('<tr class="spacer" aria-hidden="true"><td colspan="6" style="height:' +
          (to - at) * ROW + 'px"></td></tr>');
        at = to;
      }
      if (shown.length && current < first) { spacer(current); parts.push(row(shown[current], current)); at = current + 1; }
      spacer(first);
      for (let position = first; position < last; position++) parts.push(row(shown[position], position));
      at = last;
      if (shown.length && current >= last) { spacer(current); parts.push(row(shown[current], current)); at = current + 1; }
      spacer(shown.length);
      body.innerHTML = parts.join('');
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

    """#
}
