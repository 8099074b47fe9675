// Node: Mozilla Readability alone against the whole digest, per page, in one warm process.
//
// Both run on a jsdom Document of the page made by the library's parseHtml (the same jsdom as the
// pipeline); Readability gets its own clone, since it mutates what it is given. Parsing and that
// clone are not timed; the pipeline's own clone (extractArticle never mutates the page) is.
// "Readability" is `new Readability(doc).parse()` with its default options, as an app using it
// alone would call it. "Digest" is the library's digestDocument: extraction (Readability on a clone,
// paragraphs, publication date), clutter detection and analysis.
//
// First a warm-up pass over every page (each timed once, times dropped), then per page: parse it
// once and time `reps` rounds of Readability and digest (alternating which goes first); a page's
// time is the median of its rounds. After the last round, a breakdown times extractArticle,
// detectClutter and analyse once each on the same document. The clone made for Readability is
// timed too: extractArticle makes the same clone, so it shows what the pipeline pays for never
// mutating the page.
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

export async function benchNode(pages, { reps = 3, log = () => undefined } = {}) {
  const lib = await import(join(root, 'build/cli/lib.js'));
  const inputs = pages.map((p) => ({ ...p, html: lib.decodeHtml(readFileSync(p.file)) }));
  const times = new Map();

  let t0 = performance.now();
  for (const page of inputs) await timePage(lib, page, 1, false);
  log(`node: warm-up over ${inputs.length} pages in ${seconds(t0)} s`);
  t0 = performance.now();
  for (const [i, page] of inputs.entries()) {
    times.set(page.id, await timePage(lib, page, reps, true));
    if ((i + 1) % 20 === 0 || i + 1 === inputs.length)
      log(`node: ${i + 1}/${inputs.length} pages, ${reps} rounds each, in ${seconds(t0)} s`);
  }

  const perPage = inputs.map((p) => {
    const row = { id: p.id, bytes: p.bytes };
    for (const [k, v] of Object.entries(times.get(p.id))) row[k] = Number(median(v).toFixed(3));
    row.ratio = Number((row.digest / row.readability).toFixed(3));
    return row;
  });
  const col = (k) => summary(perPage.map((r) => r[k]));
  const readability = col('readability');
  const digest = col('digest');
  return {
    pages: perPage.length,
    reps,
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

async function timePage(lib, page, rounds, timed) {
  const doc = lib.parseHtml(page.html, page.url);
  const t = { readability: [], digest: [], clone: [], extract: [], clutter: [], analyse: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      let copy = null;
      t.clone.push(time(() => (copy = doc.cloneNode(true))));
      gc({ type: 'minor' });
      const runs = [
        () => t.readability.push(time(() => new Readability(copy).parse())),
        () => t.digest.push(time(() => lib.digestDocument(doc, { url: page.url }))),
      ];
      // Alternate which goes first, so neither always runs right after the collection.
      for (const run of round % 2 ? runs.reverse() : runs) run();
    }
    if (timed) {
      // The parts, on the same document (digestDocument leaves it as it was).
      let article = null;
      t.extract.push(time(() => (article = lib.extractArticle(doc))));
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

function time(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function seconds(t0) {
  return ((performance.now() - t0) / 1000).toFixed(0);
}
