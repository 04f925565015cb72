/// The report pages' stylesheet: screen and print.
enum ReportStyle {
  /// The CSS text.
  static let source = #"""
    :root { --ink: #1b1b1f; --muted: #5c5f66; --line: #d5d7dc; --paper: #ffffff; --band: #f3f4f6;
      --error: #b2182b; --warning: #b35806; --info: #2166ac; --focus: #6a3d9a;
      font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; }
    body { margin: 0 auto; max-width: 1400px; padding: 0 16px 32px; color: var(--ink); background: var(--paper); }
    h1 { font-size: 20px; margin: 16px 0 8px; overflow-wrap: anywhere; }
    h2 { font-size: 16px; margin: 20px 0 8px; }
    table { border-collapse: collapse; }
    th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { background: var(--band); font-weight: 600; }
    .summary td:nth-child(n+5) { text-align: right; font-variant-numeric: tabular-nums; }
    .toolbar, .filters { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 6px 0; }
    button, select { font: inherit; padding: 2px 10px; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    #timeline { position: relative; border: 1px solid var(--line); background: var(--paper); }
    #timeline canvas { display: block; width: 100%; }
    #scroller { overflow-x: scroll; overflow-y: hidden; height: 16px; }
    #scroll-width { height: 1px; }
    .help { color: var(--muted); margin: 4px 0; }
    #legend { display: flex; gap: 16px; flex-wrap: wrap; align-items: center; color: var(--muted); margin: 4px 0; }
    #legend canvas { vertical-align: middle; border: 1px solid var(--line); }
    #cue-detail { min-height: 3em; padding: 6px 10px; background: var(--band); border-radius: 4px; white-space: pre-wrap; }
    #charts { display: flex; flex-wrap: wrap; gap: 16px; }
    figure { margin: 0; width: 320px; }
    figcaption { color: var(--muted); }
    #findings-view { max-height: 60vh; min-height: 120px; overflow-y: auto; border: 1px solid var(--line); }
    #findings { width: 100%; table-layout: fixed; }
    #findings thead th { position: sticky; top: 0; z-index: 1; }
    #findings tbody tr.finding { height: 26px; cursor: pointer; }
    #findings tbody td { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding-top: 0; padding-bottom: 0; }
    #findings tr.spacer td { padding: 0; border: 0; }
    .c-sev { width: 8em; } .c-rule { width: 11em; } .c-cue { width: 10em; } .c-time { width: 8em; } .c-file { width: 9em; }
    #findings tbody tr:hover { background: var(--band); }
    #findings tbody tr.current { background: #e7e1f0; }
    #findings td:nth-child(3), #findings td:nth-child(4) { white-space: nowrap; font-variant-numeric: tabular-nums; }
    .sev-0 .sev { color: var(--error); font-weight: 600; }
    .sev-1 .sev { color: var(--warning); font-weight: 600; }
    .sev-2 .sev { color: var(--info); }
    @media print {
      body { max-width: none; padding: 0; }
      .toolbar, .filters, #scroller, .help, #cue-detail:empty { display: none; }
      section { break-inside: avoid-page; }
      #findings-section { break-inside: auto; }
      #findings-view { max-height: none; overflow: visible; border: 0; }
      #findings tbody td { white-space: normal; }
      #findings tbody tr { break-inside: avoid; }
      a { color: inherit; }
    }
    """#
}
