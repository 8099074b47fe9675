#!/usr/bin/env node
// Clutter detection time in Node (jsdom), per page, over Mozilla Readability's test pages: the
// same detectClutter the content script runs. Parsing is not timed. jsdom's DOM is many times
// slower than a browser's, so these figures are an upper bound for the content script.
//
//   npm run build:cli && node scripts/bench-clutter.mjs [--rounds 3] [--verbose]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(root, '../shared/corpora/readability-test-pages');
const argv = process.argv.slice(2);
const rounds = Number(argv[argv.indexOf('--rounds') + 1]) || 3;
const verbose = argv.includes('--verbose');
const { decodeHtml, detectClutter, parseHtml } = await import(join(root, 'build/cli/lib.js'));

const pages = readdirSync(dir)
  .filter((d) => existsSync(join(dir, d, 'source.html')))
  .map((d) => ({
    id: d,
    doc: parseHtml(decodeHtml(readFileSync(join(dir, d, 'source.html'))), `http://fakehost/test/${d}.html`),
  }));

// One warm-up round (the JIT), then the best of `rounds` runs per page. Time is the process's CPU
// time, not the wall clock: on a shared machine the wall clock mostly measures the neighbours.
for (const p of pages) detectClutter(p.doc);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const times = pages.map((p) => {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = cpu();
    detectClutter(p.doc);
    best = Math.min(best, cpu() - t0);
  }
  return { id: p.id, ms: best, elements: p.doc.getElementsByTagName('*').length };
});
const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
if (verbose)
  for (const t of [...times].sort((a, b) => b.ms - a.ms).slice(0, 15))
    console.log(`${t.ms.toFixed(2).padStart(8)} ms  ${String(t.elements).padStart(6)} elements  ${t.id}`);
console.log(
  `detectClutter over ${pages.length} readability pages (jsdom, CPU time): median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(2)} ms`,
);
