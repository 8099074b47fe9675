// The benchmark's output: a readable table, and the change against a saved baseline.

const ms = (v) =>
  v == null ? '–' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
const kb = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);

/** The figures worth comparing, flattened: [label, value, unit, goal?]. */
export function figures(r) {
  const rows = [];
  const add = (label, value, unit, goal) => rows.push({ label, value: value ?? null, unit, goal });
  if (r.node) {
    const n = r.node;
    add('node: Readability alone, median', n.readability.median, 'ms');
    add('node: Readability alone, p95', n.readability.p95, 'ms');
    add('node: digest, median', n.digest.median, 'ms');
    add('node: digest, p95', n.digest.p95, 'ms');
    add('node: digest / Readability at the median', n.ratio.median, '×', { max: 1.5 });
    add('node: digest / Readability at p95', n.ratio.p95, '×');
    add('node: per-page ratio, median', n.ratio.perPage.median, '×');
    add('node: extraction, median', n.breakdown.extract.median, 'ms');
    add('node: copy of the page, median', n.breakdown.clone.median, 'ms');
    add('node: clutter detection, median', n.breakdown.clutter.median, 'ms');
    add('node: analysis, median', n.breakdown.analyse.median, 'ms');
    add('node: analysis, p95', n.breakdown.analyse.p95, 'ms');
  }
  if (r.chromium) {
    const c = r.chromium;
    add('chromium: load-time work, median', c.load.total.median, 'ms', { max: 10 });
    add('chromium: load-time work, p95', c.load.total.p95, 'ms', { max: 30 });
    add('chromium: first run, median', c.load.firstRun.median, 'ms');
    add('chromium: first run, p95', c.load.firstRun.p95, 'ms');
    add('chromium: detection (first scan), median', c.load.detect.median, 'ms');
    add('chromium: detection (first scan), p95', c.load.detect.p95, 'ms');
    add('chromium: off the page: parse + detect, median', c.load.offThread?.median, 'ms');
    add('chromium: off the page: parse + detect, p95', c.load.offThread?.p95, 'ms');
    add('chromium: blocks known after script start, median', c.load.hiddenAfter?.median, 'ms');
    add('chromium: settings callback, median', c.load.settings.median, 'ms');
    add('chromium: long tasks caused by the extension', c.longTasks.causedByExtension, '', { max: 0 });
    add('chromium: long tasks the extension ran in', c.longTasks.withExtension, '');
    // Earlier runs opened the popup's page in a tab: only like is compared with like.
    const popup = c.popup.openedIn === 'toolbar' ? 'popup' : 'popup in a tab';
    add(`chromium: ${popup}: snapshot arrived, median`, c.popup.snapshot?.median, 'ms');
    add(`chromium: ${popup}: digest made, median`, c.popup.digest?.median, 'ms');
    add(`chromium: ${popup}: digest rendered, median`, c.popup.rendered.median, 'ms');
    add(`chromium: ${popup}: digest rendered, p95`, c.popup.rendered.p95, 'ms', { max: 200 });
    add('chromium: the page at a click: snapshot, median', c.popup.pageSnapshot?.median, 'ms');
    add('chromium: the page at a click: snapshot, p95', c.popup.pageSnapshot?.p95, 'ms');
    add('chromium: the page at a click: long tasks', c.popup.pageLongTasks?.length, '', { max: 0 });
    if (c.seed) {
      add(`chromium: ${popup}, seed fixture: rendered, min`, c.seed.rendered.min, 'ms');
      add(`chromium: ${popup}, seed fixture: rendered, median`, c.seed.rendered.median, 'ms', { max: 200 });
    }
    add('chromium: JS heap added, blank page', c.memory.blankPage.median, 'KB');
    add('chromium: JS heap added, pages median', c.memory.pages.median, 'KB');
    add('chromium: extension JS heap after the digests', c.memory.extensionAfterDigests, 'KB');
  }
  if (r.sizes) {
    const s = r.sizes;
    add('size: content script', s.content.bytes / 1024, 'KB', { max: 80 });
    add('size: content script, gzip', s.content.gzip / 1024, 'KB');
    add('size: popup (html, js, css)', s.popup.bytes / 1024, 'KB');
    add('size: popup, gzip', s.popup.gzip / 1024, 'KB');
    add('size: background', s.background.bytes / 1024, 'KB');
    add('size: chrome package (zip)', s.zip.chrome / 1024, 'KB');
    add('size: firefox package (zip)', s.zip.firefox / 1024, 'KB');
  }
  return rows;
}

export function printReport(r, print = console.log) {
  print(`\nnewslens benchmarks, ${r.date} (${r.git.commit}${r.git.dirty ? ', uncommitted changes' : ''})`);
  print(
    `machine: ${r.machine.cpus} × ${r.machine.cpu}, load average ${r.machine.loadavg.join(' ')}, node ${r.machine.node}${r.chromium ? `, ${r.machine.chromium}` : ''}`,
  );
  print(
    `times are ${r.node?.clock === 'cpu' ? 'CPU time' : 'wall-clock'} on a shared machine: compare runs made under similar load`,
  );
  if (r.node) {
    const n = r.node;
    const clock = n.clock === 'cpu' ? 'CPU time' : 'wall-clock';
    print(
      `\n== Node: ${n.pages} pages, warm-up + ${n.reps} passes, ${clock}, a page's time = ${n.stat === 'min' ? 'least' : 'median'} of its passes`,
    );
    table(
      print,
      ['', 'median', 'p95', 'max'],
      [
        ['Readability.parse alone', ...stat(n.readability)],
        ['digest (digestDocument, in place)', ...stat(n.digest)],
        ['  extraction', ...stat(n.breakdown.extract)],
        ['  clutter detection', ...stat(n.breakdown.clutter)],
        ['  analysis', ...stat(n.breakdown.analyse)],
        ['copy of the page (given to each, untimed)', ...stat(n.breakdown.clone)],
      ],
    );
    print(
      `digest / Readability: ${n.ratio.median}× at the median (goal ≤ 1.5×: ${verdict(n.ratio.median <= 1.5)}), ${n.ratio.p95}× at p95; per page: median ${n.ratio.perPage.median}×, p95 ${n.ratio.perPage.p95}×`,
    );
  }
  if (r.chromium) {
    const c = r.chromium;
    print(
      `\n== Chromium: content script at load, ${c.load.pages} pages (settle ${c.settle} ms after load${c.loads > 1 ? `; each page's least disturbed of ${c.loads} loads` : ''})`,
    );
    table(
      print,
      ['', 'median', 'p95', 'max'],
      [
        ['load-time work (all measures)', ...stat(c.load.total)],
        ['  first run (newslens:content)', ...stat(c.load.firstRun)],
        ["  detection, the page's share (newslens:detect)", ...stat(c.load.detect)],
        ['  settings callback', ...stat(c.load.settings)],
        ['off the page: parse + detect (offscreen document)', ...stat(c.load.offThread)],
        ['  of which parsing the copy', ...stat(c.load.parse)],
        ["blocks known, from the script's start", ...stat(c.load.hiddenAfter)],
      ],
    );
    print(
      `goals: ≤ 10 ms median ${verdict(c.load.total.median <= 10)}, ≤ 30 ms p95 ${verdict(c.load.total.p95 <= 30)}; rescans by the watcher: ${c.load.rescans}`,
    );
    const lt = c.longTasks;
    print(
      `long tasks (> 50 ms): ${lt.all} on all pages; the extension ran inside ${lt.withExtension}, caused ${lt.causedByExtension} (goal 0: ${verdict(lt.causedByExtension === 0)})${lt.pagesWithExtensionInALongTask.length ? ` [${lt.pagesWithExtensionInALongTask.join(', ')}]` : ''}`,
    );
    const opened = c.popup.openedIn === 'toolbar' ? 'the toolbar popup' : 'the popup page in a tab';
    print(`\n== Chromium: popup open → digest, ${c.popup.pages} pages (${opened})`);
    table(
      print,
      ['', 'median', 'p95', 'max'],
      [
        ['popup script ran (newslens:popup-script)', ...stat(c.popup.script)],
        ['page snapshot arrived (newslens:snapshot)', ...stat(c.popup.snapshot)],
        ['digest made (newslens:digest)', ...stat(c.popup.digest)],
        ['digest rendered (newslens:digest-rendered)', ...stat(c.popup.rendered)],
        ['longest task in the popup', ...stat(c.popup.longestTask)],
        ['the page: serializing the snapshot (newslens:snapshot)', ...stat(c.popup.pageSnapshot ?? {})],
      ],
    );
    print(
      `goal ≤ 200 ms p95: ${verdict(c.popup.rendered.p95 <= 200)}; digest made in the offscreen document on ${c.popup.madeOffscreen ?? 0} of ${c.popup.pages}${c.popup.statusViews.length ? `; no digest (status view) on ${c.popup.statusViews.join(', ')}` : ''}`,
    );
    const inPage = c.popup.pageLongTasks ?? [];
    print(
      `long tasks (> 50 ms) in the page at the click: ${inPage.length} of ${c.popup.pages} opens (goal 0: ${verdict(inPage.length === 0)})${inPage.length ? ` [${inPage.map(([id, t]) => `${id} ${ms(t)} ms`).join(', ')}]` : ''}`,
    );
    // The p95 of a few dozen opens is one of the slowest few: which pages, and where their time went.
    const slowest = [...(c.perPage?.popup ?? [])].sort((x, y) => y.rendered - x.rendered).slice(0, 5);
    if (slowest.length)
      print(
        `slowest (rendered: script, snapshot, digest made): ${slowest.map((p) => `${p.id} ${ms(p.rendered)} (${ms(p.script)}, ${ms(p.snapshot)}, ${ms(p.digest)})`).join('; ')}`,
      );
    if (c.seed) {
      print(`\n== Chromium: popup open → digest on the seed fixture alone, ${c.seed.rendered.n} opens (${opened})`);
      const withMin = (x) => [ms(x.min), ...stat(x)];
      table(
        print,
        ['', 'min', 'median', 'p95', 'max'],
        [
          ['popup script ran', ...withMin(c.seed.script)],
          ['page snapshot arrived', ...withMin(c.seed.snapshot)],
          ['digest made', ...withMin(c.seed.digest)],
          ['digest rendered', ...withMin(c.seed.rendered)],
        ],
      );
      print(`goal ≤ 200 ms: median ${verdict(c.seed.rendered.median <= 200)}`);
    }
    const m = c.memory;
    print(
      `\nJS heap the content script adds (after GC, with vs without the extension): blank page ${m.blankPage.median} KB (median of ${m.blankPage.n}); ${m.pages.n} pages median ${m.pages.median} KB, p95 ${m.pages.p95} KB (page heaps themselves: median ${m.heapWithoutExtension.median} KB)`,
    );
    if (m.extensionBeforeClick != null)
      print(
        `JS heap of the extension's pages, the offscreen document included (after GC): ${m.extensionBeforeClick} KB before any click, ${m.extensionAfterDigests} KB after ${m.digests} digests`,
      );
    if (c.failed.length) print(`failed: ${c.failed.map((f) => `${f.id} (${f.error})`).join('; ')}`);
  }
  if (r.sizes) {
    const s = r.sizes;
    print('\n== Sizes (dist/chrome)');
    table(
      print,
      ['', 'minified', 'gzip'],
      [
        ['content script', kb(s.content.bytes), kb(s.content.gzip)],
        ['background', kb(s.background.bytes), kb(s.background.gzip)],
        [`popup (${s.popup.files} files)`, kb(s.popup.bytes), kb(s.popup.gzip)],
        [`options (${s.options.files} files)`, kb(s.options.bytes), kb(s.options.gzip)],
        [`unpacked (${s.unpacked.files} files)`, kb(s.unpacked.bytes), ''],
        ['chrome / firefox zip', `${kb(s.zip.chrome)} / ${kb(s.zip.firefox)}`, ''],
      ],
    );
    const heavy = [...s.content.heavyPackages, ...Object.keys(s.content.heavyMarkers)];
    print(
      `content script ≤ 80 KB: ${verdict(s.content.bytes <= 80 * 1024)}; packages in it: ${s.content.packages.join(', ') || 'none'}; heavy analysis code (compromise, chrono-node) in it: ${heavy.length ? `YES (${[...new Set(heavy)].join(', ')})` : 'none'}`,
    );
  }
}

/** Each figure present in both runs: baseline, now, change and relative change. */
export function compare(base, r) {
  const before = new Map(figures(base).map((f) => [f.label, f]));
  return figures(r).flatMap((f) => {
    const b = before.get(f.label);
    if (!b || b.value == null || f.value == null) return [];
    const change = f.value - b.value;
    return [
      {
        label: f.label,
        unit: f.unit,
        baseline: b.value,
        now: f.value,
        change,
        relative: b.value ? change / b.value : null,
      },
    ];
  });
}

export function printComparison(base, r, print = console.log) {
  print(`\n== Change against the baseline of ${base.date} (${base.git?.commit ?? '?'})`);
  const fmt = (v, unit) => (unit === '×' ? v.toFixed(2) : unit ? ms(v) : String(v));
  const sign = (v) => (v > 0 ? '+' : '');
  table(
    print,
    ['', 'baseline', 'now', 'change', ''],
    compare(base, r).map((c) => [
      c.label,
      `${fmt(c.baseline, c.unit)} ${c.unit}`,
      `${fmt(c.now, c.unit)} ${c.unit}`,
      `${sign(c.change)}${fmt(c.change, c.unit)}`,
      c.relative == null ? '' : `${sign(c.relative)}${(c.relative * 100).toFixed(0)}%`,
    ]),
  );
}

function stat(s) {
  return [ms(s.median), ms(s.p95), ms(s.max)];
}

function verdict(ok) {
  return ok ? 'met' : 'NOT met';
}

function table(print, head, rows) {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
  for (const [k, row] of all.entries()) {
    print(row.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '));
    if (k === 0) print(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
