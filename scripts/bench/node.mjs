// Node: Mozilla Readability alone against the whole digest, per page, in one warm process.
//
// Both run on a jsdom Document of the page made by the library's parseHtml (the same jsdom as the
// pipeline), each on its own copy of it, made untimed: Readability takes apart what it is given,
// and so does the digest as the CLI makes it (digestHtml parses a page for the digest alone and
// lets extraction work on it in place, `inPlace`). Parsing is timed for neither.
// "Readability" is `new Readability(doc).parse()` with its default options, as an app using it
// alone would call it. "Digest" is the library's digestDocument with `inPlace` (and, as the CLI,
// a `reparse` that parses the page again if a short article needs it whole): clutter detection,
// extraction (Readability, paragraphs, publication date) and analysis.
//
// First a warm-up pass over every page (each timed once, times dropped), then per page: parse it
// once and time `reps` rounds of Readability and digest (alternating which goes first); a page's
// time is the median (or with --stat min, the least) of its rounds. After the last round, a
// breakdown times extractArticle (in place, on a copy), detectClutter and analyse once each, and
// the copy of the page that each side is given: what a caller that keeps its document pays more.
//
// Times are wall-clock, or with --clock cpu the process's CPU time (user + system, all threads,
// so the collector's helpers count): steadier than wall-clock on a loaded machine.
//
// Parsing dominates the wall time (jsdom), so each page is parsed once per pass, not per round.
// Between rounds a minor collection, between pages a yield to the event loop and (after a timed
// page) a full one (run node with --expose-gc): jsdom windows are only freed once the current job has ended, and without
// the yield the heap grows by megabytes a page and the collector's pauses land in the timings.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { root } from './pages.mjs';
import { median, summary } from './stats.mjs';

const gc = globalThis.gc ?? (() => undefined);

export async function benchNode(pages, { reps = 3, clock = 'wall', stat = 'median', log = () => undefined } = {}) {
  const time = clock === 'cpu' ? cpuTime : wallTime;
  const pick = stat === 'min' ? (xs) => Math.min(...xs) : median;
  const lib = await import(join(root, 'build/cli/lib.js'));
  const inputs = pages.map((p) => ({ ...p, html: lib.decodeHtml(readFileSync(p.file)) }));
  const times = new Map();

  let t0 = performance.now();
  for (const page of inputs) await timePage(lib, page, 1, false, time);
  log(`node: warm-up over ${inputs.length} pages in ${seconds(t0)} s`);
  t0 = performance.now();
  for (const [i, page] of inputs.entries()) {
    times.set(page.id, await timePage(lib, page, reps, true, time));
    if ((i + 1) % 20 === 0 || i + 1 === inputs.length)
      log(`node: ${i + 1}/${inputs.length} pages, ${reps} rounds each, in ${seconds(t0)} s`);
  }

  const perPage = inputs.map((p) => {
    const row = { id: p.id, bytes: p.bytes };
    for (const [k, v] of Object.entries(times.get(p.id))) row[k] = Number(pick(v).toFixed(3));
    row.ratio = Number((row.digest / row.readability).toFixed(3));
    return row;
  });
  const col = (k) => summary(perPage.map((r) => r[k]));
  const readability = col('readability');
  const digest = col('digest');
  return {
    pages: perPage.length,
    reps,
    clock,
    stat,
    readability,
    digest,
    breakdown: { extract: col('extract'), clone: col('clone'), clutter: col('clutter'), analyse: col('analyse') },
    ratio: {
      median: Number((digest.median / readability.median).toFixed(3)),
      p95: Number((digest.p95 / readability.p95).toFixed(3)),
      perPage: col('ratio'),
    },
    perPage,
  };
}

async function timePage(lib, page, rounds, timed, time) {
  const doc = lib.parseHtml(page.html, page.url);
  // As the CLI does: the page parsed again, only when a short article needs it whole.
  const reparse = () => lib.parseHtml(page.html, page.url);
  const t = { readability: [], digest: [], clone: [], extract: [], clutter: [], analyse: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      let copy = null;
      t.clone.push(time(() => (copy = doc.cloneNode(true))));
      const own = doc.cloneNode(true);
      gc({ type: 'minor' });
      const runs = [
        () => t.readability.push(time(() => new Readability(copy).parse())),
        () => t.digest.push(time(() => lib.digestDocument(own, { url: page.url, inPlace: true, reparse }))),
      ];
      // Alternate which goes first, so neither always runs right after the collection.
      for (const run of round % 2 ? runs.reverse() : runs) run();
    }
    if (timed) {
      // The parts: extraction in place on a copy, the rest on the page (they leave it as it was).
      let article = null;
      const own = doc.cloneNode(true);
      t.extract.push(time(() => (article = lib.extractArticle(own, { inPlace: true, reparse }))));
      t.clutter.push(time(() => lib.detectClutter(doc)));
      t.analyse.push(
        time(() => {
          if (article)
            lib.analyse({
              title: article.title,
              paragraphs: article.paragraphs,
              published: article.published,
              lang: article.lang,
            });
        }),
      );
    }
    return t;
  } finally {
    doc.defaultView?.close();
    await new Promise((done) => setImmediate(done));
    if (timed) gc();
  }
}

function wallTime(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function cpuTime(fn) {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

function seconds(t0) {
  return ((performance.now() - t0) / 1000).toFixed(0);
}
