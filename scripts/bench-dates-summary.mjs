#!/usr/bin/env node
// Times the analysis of one article after warm-up: the dates and the summary on their own, and the
// whole analyse() (actors and quotes included). The default article is the longest dev page
// (~2,000 words), read from ../shared at run time; pass another .html or .txt to time that one.
//
//   npm run build:cli && node scripts/bench-dates-summary.mjs [page] [--published YYYY-MM-DD]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { analyse, decodeHtml, digestHtml, digestText, extractDates, sentencesOf, summarize } = await import(
  join(root, 'build/cli/lib.js')
);

const args = process.argv.slice(2);
const page = args.find((a) => !a.startsWith('--')) ?? join(root, '../shared/eval/dev/pages/rtp-seattletimes-1.html');
const published = args[args.indexOf('--published') + 1] ?? null;
const bytes = readFileSync(page);
const digest = page.endsWith('.txt') ? digestText(decodeHtml(bytes), { published }) : digestHtml(decodeHtml(bytes), {});
const input = {
  title: digest.title,
  paragraphs: digest.paragraphs,
  published: digest.published ?? published,
  lang: digest.lang,
};

// Wall time is noisy on a loaded machine, so CPU time (user + system) is printed beside it.
function time(name, fn, runs = 200) {
  for (let i = 0; i < 20; i++) fn(); // warm-up
  const wall = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  wall.sort((a, b) => a - b);
  const median = wall[Math.floor(runs / 2)];
  const cpuMean = (cpu.user + cpu.system) / 1000 / runs;
  console.log(`${name.padEnd(22)} wall median ${median.toFixed(2)} ms   cpu mean ${cpuMean.toFixed(2)} ms`);
  return Math.min(median, cpuMean);
}

console.log(`${page}: ${digest.wordCount} words, ${digest.paragraphs.length} paragraphs, published ${input.published}`);
const sentences = sentencesOf(input.paragraphs);
time('sentences', () => sentencesOf(input.paragraphs));
time('dates', () => extractDates(sentences, { published: input.published, lang: input.lang }));
time('summary', () => summarize(sentences, { title: input.title }));
const whole = time('analyse (everything)', () => analyse(input));
if (whole > 30) {
  console.log('over the 30 ms budget');
  process.exitCode = 1;
}
