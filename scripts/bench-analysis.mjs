#!/usr/bin/env node
// Times the text analysis (summary, actors, dates, quotes) on the dev articles, after warm-up, the
// way the extension and the CLI run it: `analyse()` from build/cli/lib.js on extracted paragraphs.
// The bar is 30 ms for a 2,000-word article. Besides the wall-clock minimum and median it prints the
// process's CPU time per run (GC threads included), which stays honest when other jobs share the
// machine.
//
//   npm run build:cli && node scripts/bench-analysis.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { analyse, decodeHtml, digestHtml } = await import(join(root, 'build/cli/lib.js'));
const gold = resolve(root, '../shared/eval/dev/gold');

const articles = readdirSync(gold)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const g = JSON.parse(readFileSync(join(gold, f), 'utf8'));
    const d = digestHtml(decodeHtml(readFileSync(resolve(gold, '..', g.page))), { url: g.url });
    return { id: g.id, input: { title: d.title, paragraphs: d.paragraphs, published: d.published, lang: d.lang } };
  });

const words = (a) => a.input.paragraphs.join(' ').split(/\s+/).length;
const time = (a, runs) => {
  const wall = [];
  const c0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyse(a.input);
    wall.push(performance.now() - t0);
  }
  const c = process.cpuUsage(c0);
  wall.sort((x, y) => x - y);
  return { min: wall[0], median: wall[runs >> 1], cpu: (c.user + c.system) / 1000 / runs };
};
for (const a of articles) time(a, 10); // warm-up
let worst = 0;
for (const a of articles.sort((x, y) => words(y) - words(x))) {
  const { min, median, cpu } = time(a, 30);
  const scale = 2000 / words(a);
  // Short articles are not scaled up: their fixed costs would dominate a per-word figure.
  if (words(a) >= 1000) worst = Math.max(worst, Math.min(median, cpu) * scale);
  console.log(
    `${a.id.padEnd(22)} ${String(words(a)).padStart(5)} words  min ${min.toFixed(1)}  median ${median.toFixed(1)}  cpu ${cpu.toFixed(1)} ms` +
      `  (${(median * scale).toFixed(1)} / ${(cpu * scale).toFixed(1)} ms per 2,000 words)`,
  );
}
console.log(`\nworst of the articles over 1,000 words: ${worst.toFixed(1)} ms per 2,000 words (bar: 30 ms)`);
