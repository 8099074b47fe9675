// Chromium: the built extension (dist/chrome) loaded by the end-to-end tests' launcher, the pages
// served from 127.0.0.1 by their static server (both imported from test/e2e through Vite's module
// runner), every other host unresolvable so a saved page's ads and trackers fail at once.
//
// - Load: per page, a fresh tab; an init script installs a 'longtask' observer before the page's
//   own scripts run. After the load event and the content script's settings callback, `settle` ms
//   more (so the watcher's first throttled rescan is in), then the content script's measures are
//   read from the page: newslens:content (its first run, module set-up included), newslens:detect
//   (the page's share of a scan: serializing and sending the page, then marking; detail.scan
//   numbers the scans), newslens:settings (hiding and the watcher, after storage answers).
//   Load-time work is the union of those intervals. A long task is "with" the extension when it
//   overlaps one of them, and "caused" by it when it would have stayed under 50 ms without the
//   extension's share. Off the page's thread: the mark newslens:detected carries the time the
//   extension (its offscreen document) spent parsing the copy and detecting; its time from the
//   script's start is when the first scan's blocks were known.
// - Popup: on a subset, the toolbar popup opened for the article's tab with
//   chrome.action.openPopup(), as a click on the button opens it (`--popup-in tab`: the popup page
//   opened in a tab instead, the launcher's openPopup, as earlier runs measured it; the
//   tab's navigation from about:blank swaps processes and started the popup's script ~30 ms later):
//   the popup's own marks, in ms from its navigation start (popup-script: its code ran; snapshot:
//   the page's HTML arrived; digest: the pipeline is done, in the offscreen document or the popup
//   (the mark's detail); digest-rendered: from an effect after the digest view was painted), and
//   the longest task in the popup. On the page: newslens:snapshot (the content script serializing
//   it for the digest), and the long task it ran in, if one (its answer is serialized for messaging
//   in the same task).
// - Seed (`--seed N`): the same popup figures, N opens on the seed fixture alone
//   (test/fixtures/seed-article.html, the page of the speed goal in issue 5), with the minimum:
//   the least disturbed open on a shared machine.
// - Memory: on the same subset plus a near-empty page, the renderer's JS heap after a forced
//   collection, with the extension against a browser without it, one page open at a time.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { root, shared } from './pages.mjs';
import { summary, unionLength } from './stats.mjs';

const ONLY_LOCAL = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
const LONG_TASK = 50;

/** Runs in every page before its own scripts. */
function observe() {
  const bench = { longTasks: [] };
  Object.defineProperty(window, '__newslensBench', { value: bench });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing here.
  }
}

/** The page's share of the latest click: the content script serializing the snapshot, and the
 * long task it ran in, if any (the task holds the answer's serialization for messaging too). */
function clickOnPage() {
  const m = performance.getEntriesByName('newslens:snapshot', 'measure').at(-1);
  if (!m) return { pageSnapshot: null, pageLongTask: null };
  const end = m.startTime + m.duration;
  const task = (window.__newslensBench?.longTasks ?? []).find(([s, e]) => s <= end && e >= m.startTime);
  return { pageSnapshot: m.duration, pageLongTask: task ? task[1] - task[0] : null };
}

/** Waits until the content script's settings callback has run in the tab. */
async function settled(tab, retry, timeout) {
  await retry(
    async () => {
      const ok = await tab.evaluate(() => performance.getEntriesByName('newslens:settings').length > 0);
      if (!ok) throw new Error('the content script has not finished');
    },
    timeout === undefined ? undefined : { timeout },
  );
}

function collect() {
  const measures = performance
    .getEntriesByType('measure')
    .filter((e) => e.name.startsWith('newslens:'))
    .map((e) => ({ name: e.name, start: e.startTime, end: e.startTime + e.duration, scan: e.detail?.scan ?? null }));
  const detected = performance.getEntriesByName('newslens:detected', 'mark').map((e) => ({
    at: e.startTime,
    scan: e.detail?.scan ?? null,
    parse: e.detail?.parseMs,
    detect: e.detail?.detectMs,
  }));
  const nav = performance.getEntriesByType('navigation')[0];
  const bench = window.__newslensBench;
  return { measures, detected, longTasks: bench?.longTasks ?? [], load: nav?.loadEventEnd ?? null };
}

export async function benchChromium(
  pages,
  popupPages,
  { settle = 1000, seed = 0, loads = 1, popupIn = 'toolbar', log = () => undefined } = {},
) {
  const load = async (path) => (await runnerImport(join(root, path), { configFile: false, logLevel: 'silent' })).module;
  const { launchChromium, launchPlainChromium, retry } = await load('test/e2e/browsers.ts');
  const { serveFixtures } = await load('test/e2e/server.ts');

  const blankDir = mkdtempSync(join(tmpdir(), 'newslens-bench-'));
  writeFileSync(
    join(blankDir, 'blank.html'),
    '<!DOCTYPE html><html lang="en"><title>Blank</title><p>A page with one paragraph.</p></html>',
  );
  const server = await serveFixtures(shared);
  const blankServer = await serveFixtures(blankDir);
  const session = await launchChromium({ args: [ONLY_LOCAL] });
  const { context } = session;
  await context.addInitScript(observe);
  const out = { settle, loads, popupIn, load: [], popup: [], seed: [], memory: [], extensionHeap: {}, failed: [] };
  const openPopup = (tab) => (popupIn === 'tab' ? session.openPopup(tab) : session.openToolbarPopup(tab));

  /** One load of a page in a fresh tab: its load figures, and the popup's when asked. */
  async function loadOnce(page, withPopup) {
    const tab = await context.newPage();
    try {
      await tab.goto(server.url(page.path), { waitUntil: 'load', timeout: 60_000 });
      await settled(tab, retry, 20_000);
      await tab.waitForTimeout(settle);
      const load = { id: page.id, bytes: page.bytes, ...loadFigures(await tab.evaluate(collect)) };
      const popup = withPopup ? { id: page.id, ...(await popupFigures(openPopup, tab, retry)) } : null;
      return { load, popup };
    } catch (e) {
      return { error: String(e?.message ?? e).split('\n')[0] };
    } finally {
      await tab.close();
    }
  }

  try {
    // The extension's own heap before any click: a page loaded, so the offscreen document is open
    // for the detection, but no digest made yet.
    const blank = await context.newPage();
    await blank.goto(blankServer.url('blank.html'), { waitUntil: 'load' });
    await settled(blank, retry);
    await blank.close();
    out.extensionHeap.beforeClick = await extensionHeap(session);

    const popupIds = new Set(popupPages.map((p) => p.id));
    let i = 0;
    const t0 = performance.now();
    for (const page of pages) {
      i++;
      // With several loads, the page's least disturbed one (least load-time work) counts.
      let best = null;
      for (let k = 0; k < loads; k++) {
        const figures = await loadOnce(page, popupIds.has(page.id) && k === loads - 1);
        if (figures.error) {
          out.failed.push({ id: page.id, error: figures.error });
          best = null;
          break;
        }
        if (!best || figures.load.total < best.load.total) best = { ...figures, popup: best?.popup ?? null };
        if (figures.popup) best.popup = figures.popup;
      }
      if (best) {
        out.load.push(best.load);
        if (best.popup) out.popup.push(best.popup);
      }
      if (i % 20 === 0 || i === pages.length)
        log(`chromium: ${i}/${pages.length} pages in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }

    out.extensionHeap.afterDigests = await extensionHeap(session);
    out.extensionHeap.digests = out.popup.length;

    if (seed > 0) {
      const fixtures = await serveFixtures(join(root, 'test/fixtures'));
      const tab = await context.newPage();
      try {
        await tab.goto(fixtures.url('seed-article.html'), { waitUntil: 'load', timeout: 60_000 });
        await settled(tab, retry);
        await tab.waitForTimeout(settle);
        for (let k = 0; k < seed; k++) out.seed.push(await popupFigures(openPopup, tab, retry));
        log(`chromium: the seed fixture's popup opened ${seed} times`);
      } catch (e) {
        out.failed.push({ id: 'seed fixture', error: String(e?.message ?? e).split('\n')[0] });
      } finally {
        await tab.close();
        await fixtures.close();
      }
    }

    const plain = await launchPlainChromium({ args: [ONLY_LOCAL] });
    try {
      const targets = [
        ...Array.from({ length: 5 }, () => ({ id: 'blank', url: blankServer.url('blank.html') })),
        ...popupPages.map((p) => ({ id: p.id, url: server.url(p.path) })),
      ];
      for (const target of targets) {
        try {
          const withExt = await heapAfterLoad(context, target.url, settle, true, retry);
          const without = await heapAfterLoad(plain.context, target.url, settle, false, retry);
          out.memory.push({ id: target.id, withExtension: withExt, without, added: withExt - without });
        } catch (e) {
          out.failed.push({ id: `memory ${target.id}`, error: String(e?.message ?? e).split('\n')[0] });
        }
      }
      log(`chromium: memory on ${targets.length} loads`);
    } finally {
      await plain.close();
    }
  } finally {
    await session.close();
    await server.close();
    await blankServer.close();
    rmSync(blankDir, { recursive: true, force: true });
  }
  return summarize(out);
}

function loadFigures({ measures, detected, longTasks, load }) {
  const ours = measures.map((m) => [m.start, m.end]);
  const of = (name) => measures.filter((m) => m.name === name).map((m) => m.end - m.start);
  // The page's share of each scan: two measures (before and after the extension's answer).
  const detects = measures.filter((m) => m.name === 'newslens:detect');
  const firstScan = detects.filter((m) => m.scan === (detects[0]?.scan ?? null));
  const first = detected.find((d) => d.scan === (detects[0]?.scan ?? null));
  const started = measures.find((m) => m.name === 'newslens:content')?.start;
  const share = (task) => unionLength(ours.map(([s, e]) => [Math.max(s, task[0]), Math.min(e, task[1])]));
  const tasks = longTasks.map((t) => ({ duration: t[1] - t[0], ours: share(t) }));
  const withUs = tasks.filter((t) => t.ours > 0);
  return {
    firstRun: of('newslens:content')[0] ?? null,
    detect: firstScan.length ? firstScan.reduce((sum, m) => sum + m.end - m.start, 0) : null,
    offThread: first ? first.parse + first.detect : null,
    parse: first?.parse ?? null,
    hiddenAfter: first && started !== undefined ? first.at - started : null,
    settings: of('newslens:settings')[0] ?? null,
    scans: new Set(detects.map((m) => m.scan)).size,
    total: unionLength(ours),
    load,
    longTasks: tasks.length,
    longTasksWithUs: withUs.length,
    longTasksCausedByUs: withUs.filter((t) => t.duration - t.ours < LONG_TASK).length,
    longestWithUs: withUs.length ? Math.max(...withUs.map((t) => t.duration)) : null,
  };
}

/** The popup's figures, and the page's share of the click (`clickOnPage`). */
async function popupFigures(openPopup, tab, retry) {
  const popup = await openPopup(tab);
  try {
    const figures = await retry(
      async () => {
        const r = await popup.evaluate(async () => {
          const mark = (name) => performance.getEntriesByName(`newslens:${name}`)[0]?.startTime ?? null;
          // A view other than the loading one: the digest, or the "cannot read" or error view.
          if (!document.querySelector('main:not([aria-busy])')) return null;
          // Long tasks are buffered from the page's start: an observer made now still sees them.
          const longTasks = await new Promise((resolve) => {
            new PerformanceObserver((list, observer) => {
              observer.disconnect();
              resolve(list.getEntries().map((e) => e.duration));
            }).observe({ type: 'longtask', buffered: true });
            setTimeout(() => resolve([]), 50);
          });
          return {
            view: document.querySelector('main:not(.status)') ? 'digest' : 'status',
            script: mark('popup-script'),
            snapshot: mark('snapshot'),
            digest: mark('digest'),
            madeIn: performance.getEntriesByName('newslens:digest')[0]?.detail ?? null,
            rendered: mark('digest-rendered'),
            longestTask: Math.max(0, ...longTasks),
          };
        });
        // The digest-rendered mark comes from an effect, after the view is painted.
        if (!r || (r.view === 'digest' && r.rendered === null)) throw new Error('the popup has not rendered');
        return r;
      },
      { timeout: 60_000 },
    );
    return { ...figures, ...(await tab.evaluate(clickOnPage)) };
  } finally {
    await popup.close();
  }
}

/** JS heap of the extension's pages (they share one process: the offscreen document, which
 * makes the digests, included), after a forced collection, read from an options page. */
async function extensionHeap(session) {
  const page = await session.openExtensionPage('options/options.html');
  try {
    return await usedHeap(session.context, page);
  } finally {
    await page.close();
  }
}

async function heapAfterLoad(context, url, settle, extension, retry) {
  const tab = await context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (extension) await settled(tab, retry);
    await tab.waitForTimeout(settle);
    return await usedHeap(context, tab);
  } finally {
    await tab.close();
  }
}

/** The JS heap `page` runs in, after two forced collections. */
async function usedHeap(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

function summarize(out) {
  const col = (rows, k) => summary(rows.map((r) => r[k]));
  const kb = (v) => (v == null ? null : Number((v / 1024).toFixed(1)));
  const blank = out.memory.filter((m) => m.id === 'blank');
  const pagesMem = out.memory.filter((m) => m.id !== 'blank');
  return {
    settle: out.settle,
    loads: out.loads,
    load: {
      pages: out.load.length,
      total: col(out.load, 'total'),
      firstRun: col(out.load, 'firstRun'),
      detect: col(out.load, 'detect'),
      offThread: col(out.load, 'offThread'),
      parse: col(out.load, 'parse'),
      hiddenAfter: col(out.load, 'hiddenAfter'),
      settings: col(out.load, 'settings'),
      rescans: out.load.reduce((n, r) => n + Math.max(0, r.scans - 1), 0),
    },
    longTasks: {
      all: out.load.reduce((n, r) => n + r.longTasks, 0),
      withExtension: out.load.reduce((n, r) => n + r.longTasksWithUs, 0),
      causedByExtension: out.load.reduce((n, r) => n + r.longTasksCausedByUs, 0),
      pagesWithExtensionInALongTask: out.load.filter((r) => r.longTasksWithUs > 0).map((r) => r.id),
    },
    popup: {
      openedIn: out.popupIn,
      pages: out.popup.length,
      script: col(out.popup, 'script'),
      snapshot: col(out.popup, 'snapshot'),
      digest: col(out.popup, 'digest'),
      rendered: col(out.popup, 'rendered'),
      longestTask: col(out.popup, 'longestTask'),
      pageSnapshot: col(out.popup, 'pageSnapshot'),
      pageLongTasks: out.popup.filter((p) => p.pageLongTask !== null).map((p) => [p.id, p.pageLongTask]),
      statusViews: out.popup.filter((p) => p.view !== 'digest').map((p) => p.id),
      madeOffscreen: out.popup.filter((p) => p.madeIn === 'offscreen').length,
    },
    seed: out.seed.length
      ? Object.fromEntries(
          ['script', 'snapshot', 'digest', 'rendered'].map((k) => [
            k,
            { ...col(out.seed, k), min: Number(Math.min(...out.seed.map((r) => r[k] ?? Infinity)).toFixed(2)) },
          ]),
        )
      : null,
    memory: {
      unit: 'KB',
      extensionBeforeClick: kb(out.extensionHeap.beforeClick),
      extensionAfterDigests: kb(out.extensionHeap.afterDigests),
      digests: out.extensionHeap.digests ?? 0,
      blankPage: summary(
        blank.map((m) => kb(m.added)),
        1,
      ),
      pages: summary(
        pagesMem.map((m) => kb(m.added)),
        1,
      ),
      heapWithoutExtension: summary(
        pagesMem.map((m) => kb(m.without)),
        1,
      ),
    },
    failed: out.failed,
    perPage: { load: out.load, popup: out.popup, seed: out.seed, memory: out.memory },
  };
}
