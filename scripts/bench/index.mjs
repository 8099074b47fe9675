#!/usr/bin/env node
// `npm run bench`: what newslens costs a page and a click, side by side with Readability alone.
// Prints figures and never fails on timing (see README "Performance" and issue 6).
//
//   npm run bench [-- --node-only | --chromium-only] [--json] [--compare FILE] [--reps N]
//                 [--settle MS] [--popup-pages N] [--seed N] [--pages REGEX] [--no-build] [--out FILE]
//                 [--clock wall|cpu] [--stat median|min] [--loads N] [--popup-only] [--popup-in toolbar|tab]
//
// Node: Readability alone vs the whole digest (node.mjs). Chromium: the content script at load,
// long tasks, popup open → digest, JS heap added (chromium.mjs). Sizes of the built extension and
// what the content script bundles (sizes.mjs). Results go to bench-results/latest.json (git-ignored).
// Node times are wall-clock and a page's time the median of its rounds; on a loaded machine
// `--clock cpu --stat min` (CPU time, least of the rounds) is steadier. In Chromium, `--loads N`
// loads each page N times (a fresh tab each) and keeps its least disturbed load: the one with the
// least load-time work. `--popup-only` loads the popup pages alone (a quick look at the click).
// The popup is the toolbar's, opened as a click opens it; `--popup-in tab` opens its page in a tab,
// as earlier runs did (their popup figures compare only with such runs).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchChromium } from './chromium.mjs';
import { benchNode } from './node.mjs';
import { listPages, root, subset } from './pages.mjs';
import { compare, printComparison, printReport } from './report.mjs';
import { measureSizes } from './sizes.mjs';

const { values: opts } = args({
  options: {
    'node-only': { type: 'boolean', default: false },
    'chromium-only': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    compare: { type: 'string' },
    reps: { type: 'string', default: '3' },
    clock: { type: 'string', default: 'wall' },
    stat: { type: 'string', default: 'median' },
    settle: { type: 'string', default: '1000' },
    'popup-pages': { type: 'string', default: '20' },
    seed: { type: 'string', default: '0' },
    loads: { type: 'string', default: '1' },
    'popup-only': { type: 'boolean', default: false },
    'popup-in': { type: 'string', default: 'toolbar' },
    pages: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'bench-results/latest.json') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  // The comment at the top of this file, to its first blank line.
  const lines = readFileSync(new URL(import.meta.url), 'utf8').split('\n');
  console.log(
    lines
      .slice(1, lines.indexOf(''))
      .join('\n')
      .replace(/^\/\/ ?/gm, ''),
  );
  process.exit(0);
}
if (opts['node-only'] && opts['chromium-only']) usage('--node-only and --chromium-only exclude each other');
const runNode = !opts['chromium-only'];
const runBrowser = !opts['node-only'];
const log = (message) => console.error(message);
const baseline = opts.compare ? JSON.parse(readFileSync(resolve(opts.compare), 'utf8')) : null;

if (!opts['no-build']) {
  log(runBrowser ? 'building the CLI library and the extension…' : 'building the CLI library…');
  execFileSync('npm', ['run', runBrowser ? 'build' : 'build:cli', '--silent'], { cwd: root, stdio: ['ignore', 2, 2] });
}

let pages = listPages();
if (opts.pages) pages = pages.filter((p) => new RegExp(opts.pages).test(p.id));
if (pages.length === 0) usage(`no page matches ${opts.pages}`);
const result = {
  version: 1,
  date: new Date().toISOString(),
  git: git(),
  machine: machine(runBrowser),
  pages: pages.length,
};
if (!globalThis.gc) log('note: run node with --expose-gc (npm run bench does) for steadier Node timings');
if (!['wall', 'cpu'].includes(opts.clock)) usage(`--clock is wall or cpu, not ${opts.clock}`);
if (!['median', 'min'].includes(opts.stat)) usage(`--stat is median or min, not ${opts.stat}`);
if (!['toolbar', 'tab'].includes(opts['popup-in'])) usage(`--popup-in is toolbar or tab, not ${opts['popup-in']}`);
if (runNode) result.node = await benchNode(pages, { reps: positive('reps'), clock: opts.clock, stat: opts.stat, log });
if (runBrowser) {
  result.sizes = await measureSizes();
  const popupPages = subset(pages, positive('popup-pages'));
  result.chromium = await benchChromium(opts['popup-only'] ? popupPages : pages, popupPages, {
    settle: positive('settle'),
    seed: positive('seed'),
    loads: Math.max(1, positive('loads')),
    popupIn: opts['popup-in'],
    log,
  });
}
result.machine.loadavgAfter = loadavg().map((l) => Number(l.toFixed(1)));
if (baseline)
  result.comparison = { baseline: { date: baseline.date, git: baseline.git }, figures: compare(baseline, result) };

mkdirSync(dirname(opts.out), { recursive: true });
writeFileSync(opts.out, `${JSON.stringify(result, null, 2)}\n`);
if (opts.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  printReport(result);
  if (baseline) printComparison(baseline, result);
  console.log(`\nwrote ${opts.out}`);
}

function positive(name) {
  const n = Number(opts[name]);
  if (!Number.isInteger(n) || n < 0) usage(`--${name} wants a whole number, not ${opts[name]}`);
  return n;
}

function git() {
  const run = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  try {
    return {
      commit: run('rev-parse', '--short', 'HEAD'),
      branch: run('rev-parse', '--abbrev-ref', 'HEAD'),
      dirty: run('status', '--porcelain', '--untracked-files=no') !== '',
    };
  } catch {
    return { commit: null, branch: null, dirty: null };
  }
}

function machine(browser) {
  const info = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model?.trim() ?? 'unknown',
    memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    loadavg: loadavg().map((l) => Number(l.toFixed(1))),
  };
  if (browser) {
    try {
      const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
      info.chromium = execFileSync(path, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      info.chromium = 'chromium (version unknown)';
    }
  }
  return info;
}

function usage(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function args(config) {
  try {
    return parseArgs(config);
  } catch (e) {
    return usage(`${e.message} (see --help)`);
  }
}
