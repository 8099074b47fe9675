#!/usr/bin/env node
// `npm run robustness`: the pipeline of the CLI (build/cli/lib.js) over every page under
// ../shared/corpora and ../shared/eval plus generated hostile pages, each in a worker thread under a
// timer. Prints crashes (goal 0), time-outs (goal 0), the slowest pages, and any real page that hit
// a bound of src/core/limits.ts (expected: none). Exits 1 when there is a crash or a time-out.
// The pages are read from ../shared, never copied into this repository.
//
//   node scripts/robustness.mjs [--timeout SECONDS] [--workers N] [--only SUBSTRING] [--generated-only]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const lib = join(root, 'build/cli/lib.js');
const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.txt']);

if (!isMainThread) {
  await workerThread();
} else {
  await mainThread();
}

async function workerThread() {
  const { decodeHtml, digestDocument, digestHtml, digestText } = await import(lib);
  const { JSDOM, VirtualConsole } = await import('jsdom');
  parentPort.on('message', (job) => {
    const start = performance.now();
    try {
      const bytes = job.bytes ? Buffer.from(job.bytes) : readFileSync(job.path);
      const text = decodeHtml(bytes);
      let digest;
      if (job.mode === 'text') digest = digestText(text, { url: job.url });
      else if (job.mode === 'xml') {
        // A real XML document (an .xhtml page as the browser sees it): tag names in lower case,
        // possibly no <body> at all.
        const dom = new JSDOM(text, { contentType: 'application/xhtml+xml', virtualConsole: new VirtualConsole() });
        digest = digestDocument(dom.window.document, { url: job.url });
      } else digest = digestHtml(text, { url: job.url });
      const json = JSON.stringify(digest);
      parentPort.postMessage({
        id: job.id,
        ms: performance.now() - start,
        isArticle: digest.isArticle,
        limits: digest.limits ?? [],
        clutter: digest.clutter.length,
        textChars: digest.text.length,
        jsonChars: json.length,
      });
    } catch (e) {
      parentPort.postMessage({ id: job.id, ms: performance.now() - start, error: String(e?.stack ?? e) });
    }
  });
}

async function mainThread() {
  const argv = process.argv.slice(2);
  const flag = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const timeoutMs = Number(flag('--timeout') ?? 60) * 1000;
  const workers = Math.max(1, Number(flag('--workers') ?? Math.min(availableParallelism(), 4)));
  const only = flag('--only');
  if (!existsSync(lib)) execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'inherit' });

  const jobs = [];
  if (!argv.includes('--generated-only')) {
    for (const dir of ['corpora', 'eval']) {
      const base = join(shared, dir);
      if (!existsSync(base)) {
        console.error(`robustness: no ${base}; the shared corpora sit beside the repository`);
        process.exit(2);
      }
      for (const path of walk(base)) {
        const name = relative(shared, path);
        jobs.push({ name, group: dir, path, mode: path.endsWith('.txt') ? 'text' : 'html', url: null });
      }
    }
  }
  for (const page of generatedPages()) jobs.push({ ...page, group: 'generated' });
  const selected = only ? jobs.filter((j) => j.name.includes(only)) : jobs;
  selected.forEach((j, i) => (j.id = i));

  const counts = {};
  for (const j of selected) counts[j.group] = (counts[j.group] ?? 0) + 1;
  const groups = Object.entries(counts)
    .map(([g, n]) => `${n} ${g}`)
    .join(', ');
  console.log(
    `== robustness: ${selected.length} pages (${groups}), ${workers} workers, time-out ${timeoutMs / 1000} s per page`,
  );
  const t0 = performance.now();
  const results = await runPool(selected, workers, timeoutMs);
  const wall = (performance.now() - t0) / 1000;

  const byId = new Map(selected.map((j) => [j.id, j]));
  const crashes = results.filter((r) => r.error);
  const timeouts = results.filter((r) => r.timeout);
  const done = results.filter((r) => !r.error && !r.timeout);
  for (const r of crashes)
    console.log(`CRASH    ${byId.get(r.id).name}: ${r.error.split('\n').slice(0, 3).join(' | ')}`);
  for (const r of timeouts) console.log(`TIME-OUT ${byId.get(r.id).name} (over ${timeoutMs / 1000} s)`);

  console.log('\nslowest pages:');
  for (const r of [...done].sort((a, b) => b.ms - a.ms).slice(0, 8)) {
    const j = byId.get(r.id);
    console.log(
      `  ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${j.name}${r.limits.length ? `  [${r.limits.join(', ')}]` : ''}`,
    );
  }
  const realLimited = done.filter((r) => byId.get(r.id).group !== 'generated' && r.limits.length);
  console.log(`\nreal pages that hit a bound: ${realLimited.length}`);
  for (const r of realLimited) console.log(`  ${byId.get(r.id).name}: ${r.limits.join(', ')}`);
  console.log('\ngenerated pages:');
  for (const r of results.filter((r) => byId.get(r.id).group === 'generated').sort((a, b) => a.id - b.id)) {
    const j = byId.get(r.id);
    const outcome = r.error
      ? 'CRASH'
      : r.timeout
        ? 'TIME-OUT'
        : `${r.isArticle ? 'article' : 'no article'}, ${r.clutter} clutter${r.limits.length ? `, limits ${r.limits.join(' ')}` : ''}, digest ${kb(r.jsonChars)}`;
    console.log(`  ${j.name.padEnd(34)} ${kb(j.size).padStart(9)}  ${fmtMs(r).padStart(8)}  ${outcome}`);
  }
  const slowest = [...done].sort((a, b) => b.ms - a.ms)[0];
  console.log(
    `\nSUMMARY pages=${selected.length} crashes=${crashes.length} time-outs=${timeouts.length} slowest=${slowest ? `${byId.get(slowest.id).name} ${(slowest.ms / 1000).toFixed(2)}s` : '-'} wall=${wall.toFixed(0)}s`,
  );
  process.exit(crashes.length || timeouts.length ? 1 : 0);
}

function kb(chars) {
  return chars >= 1 << 20 ? `${(chars / (1 << 20)).toFixed(1)} MB` : `${(chars / 1024).toFixed(1)} KB`;
}

function fmtMs(r) {
  return r.timeout ? '-' : `${(r.ms / 1000).toFixed(2)} s`;
}

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (PAGE_EXTENSIONS.has(extname(name).toLowerCase()) && !/^(README|GUIDE)/i.test(name)) yield path;
  }
}

/** Each job in a worker with a timer; a worker that overruns is terminated and replaced. */
function runPool(jobs, size, timeoutMs) {
  const results = [];
  let next = 0;
  return new Promise((done) => {
    let open = Math.min(size, jobs.length);
    if (open === 0) done(results);
    const start = () => {
      const worker = new Worker(new URL(import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 3072 } });
      let current = null;
      let timer = null;
      let finished = false;
      const feed = () => {
        if (next >= jobs.length) {
          finished = true;
          worker.terminate();
          if (--open === 0) done(results);
          return;
        }
        current = jobs[next++];
        const { path, bytes, mode, url, id } = current;
        worker.postMessage({ path, bytes, mode, url, id });
        timer = setTimeout(() => {
          results.push({ id: current.id, timeout: true });
          current = null;
          finished = true;
          worker.terminate();
          start();
        }, timeoutMs);
      };
      worker.on('message', (r) => {
        clearTimeout(timer);
        results.push(r);
        current = null;
        feed();
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        if (finished) return;
        finished = true;
        if (current) results.push({ id: current.id, error: `worker died: ${e?.message ?? e}` });
        start();
      });
      feed();
    };
    for (let i = 0; i < open; i++) start();
  });
}

// ---------------------------------------------------------------------------------------------
// Generated hostile pages. Each has an article somewhere, so the pipeline has real work to do.

function generatedPages() {
  const pages = [];
  const add = (name, content, mode = 'html') => {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    pages.push({ name: `generated/${name}`, bytes, size: bytes.length, mode, url: `https://hostile.example/${name}` });
  };
  const para = (i) =>
    `<p>Paragraph ${i}: the council met on Tuesday, January 4, 2022, and Maria Lopez said "the bridge will open in May," according to the ministry.</p>`;
  const story = (n = 12) => `<h1>A story</h1>${Array.from({ length: n }, (_, i) => para(i)).join('')}`;
  const comments = '<div id="comments"><h3>Comments</h3><ol class="comment-list"><li>First!</li></ol></div>';
  const page = (body, head = '<title>Hostile</title>') =>
    `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

  // Size and shape.
  add('nodes-100k', page(`<article>${story()}</article>${'<div><span>x</span></div>'.repeat(50_000)}${comments}`));
  add('nodes-100k-in-article', page(`<article>${story()}${'<div><span>x</span></div>'.repeat(50_000)}</article>`));
  // Just inside the bounds of src/core/limits.ts: the slowest pages the pipeline still extracts.
  add(
    'elements-20k-near-bound',
    page(`<article>${story()}${`<section>${'<div><span>x</span></div>'.repeat(60)}</section>`.repeat(160)}</article>`),
  );
  add('wide-list-3950-near-bound', page(`<article>${story()}${'<div>x</div>'.repeat(3950)}</article>`));
  add('wide-list-12000', page(`<article>${story()}${'<div><span>x</span></div>'.repeat(12_000)}</article>`));
  add('nested-5000', page(`${'<div>'.repeat(5000)}<article>${story()}</article>${'</div>'.repeat(5000)}${comments}`));
  add('nested-120-near-bound', page(`${'<div>'.repeat(120)}<article>${story()}</article>${'</div>'.repeat(120)}`));
  add('nested-120-little-text-near-bound', page(`${'<div>'.repeat(120)}<p>Deep.</p>${'</div>'.repeat(120)}`));
  add('nested-500', page(`${'<div>'.repeat(500)}<article>${story()}</article>${'</div>'.repeat(500)}`));
  add('nested-50000-unparsed', page(`${'<div>'.repeat(50_000)}<article>${story()}</article>`));
  add(
    'nested-inline-3000',
    page(`<article>${story()}${'<b><i>'.repeat(1500)}deep${'</i></b>'.repeat(1500)}</article>`),
  );
  add('misnested-formatting', page(`<article>${story()}${'<b><p>x</b>'.repeat(2000)}</article>`));
  add('text-10mb-paragraphs', page(`<article>${story()}${`<p>${'word '.repeat(2000)}</p>`.repeat(1000)}</article>`));
  add('text-10mb-one-node', page(`<article>${story()}<p>${'word '.repeat(2_000_000)}</p></article>`));
  add('text-900k-near-bound', page(`<article>${story()}<p>${'lorem ipsum '.repeat(75_000)}</p></article>`));
  add('text-10mb.txt', `A headline\n\n${'All work and no play makes Jack a dull boy. '.repeat(230_000)}`, 'text');
  add('lines-1m.txt', 'x\n\n'.repeat(1_000_000), 'text');
  add('attribute-5mb', page(`<article class="${'a'.repeat(5_000_000)}">${story()}</article>`));
  add('entities-1m', page(`<article>${story()}<p>${'&amp;&lt;&#x1F600;'.repeat(350_000)}</p></article>`));
  add(
    'comments-5000',
    page(`<article>${story()}</article><div id="comments">${'<div class="c"><p>Nice!</p></div>'.repeat(5000)}</div>`),
  );
  add(
    'clutter-blocks-1000',
    page(`<article>${story()}</article>${'<div class="mc4wp-form">Sign up</div>'.repeat(1000)}`),
  );

  // Frames, shadow DOM, templates.
  add(
    'frames',
    page(
      `<article>${story()}</article><iframe srcdoc="${'&lt;div id=&quot;comments&quot;&gt;x&lt;/div&gt;'.repeat(200)}"></iframe>${'<iframe src="about:blank"></iframe>'.repeat(200)}`,
    ),
  );
  add(
    'frameset',
    '<!DOCTYPE html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"><noframes><p>No frames</p></noframes></frameset></html>',
  );
  add(
    'shadow-dom',
    page(
      `<article>${story()}</article>${'<my-widget><template shadowrootmode="open"><div id="comments"><slot></slot></div><template><p>nested</p></template></template><p>light</p></my-widget>'.repeat(500)}`,
    ),
  );
  add('templates-only', page(`<template>${`<article>${story()}</article>`.repeat(50)}</template>`));

  // Documents without the usual skeleton.
  add('no-body', `<!DOCTYPE html><html><head><title>No body</title>${para(1)}</head></html>`);
  add('no-html-at-all', story());
  add('empty-ish', '<!DOCTYPE html>');
  add('only-comment', '<!-- <html><body><div id="comments"></div></body></html> -->');
  add('body-is-clutter', `<!DOCTYPE html><html><body id="comments" class="newsletter">${story()}</body></html>`);
  add('html-is-clutter', `<!DOCTYPE html><html id="comments"><body>${story()}</body></html>`);

  const xhtml = (body) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>XHTML</title></head>${body}</html>`;
  const xstory = story().replace(/<p>/g, '<p class="x">');
  add('xhtml-as-html', xhtml(`<body><article>${xstory}</article>${comments}</body>`));
  add('xhtml-as-xml', xhtml(`<body><article>${xstory}</article>${comments}</body>`), 'xml');
  add('xhtml-no-body-as-xml', xhtml(`<div>${xstory}</div>`), 'xml');
  add('xml-svg-root', '<svg xmlns="http://www.w3.org/2000/svg"><text>Not a page</text></svg>', 'xml');

  // Bytes that are not UTF-8.
  const latin = (s) => Buffer.from(s, 'latin1');
  add(
    'windows-1252-undeclared',
    latin(page(`<article>${story()}<p>Caf\xe9 \x93quoted\x94 \x96 na\xefve</p></article>`)),
  );
  add(
    'shift-jis-declared',
    Buffer.concat([
      latin(`<html><head><meta charset="shift_jis"></head><body><article>${story()}<p>`),
      Buffer.from([0x82, 0xa0, 0x82, 0xa2, 0x93, 0xfa, 0x96, 0x7b]),
      latin('</p></article></body></html>'),
    ]),
  );
  add(
    'invalid-utf8-declared-utf8',
    Buffer.concat([
      Buffer.from(page(`<article>${story()}<p>`)),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe]),
      Buffer.from('</p></article>'),
    ]),
  );
  add(
    'utf16le-bom',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(`<article>${story()}</article>`), 'utf16le')]),
  );
  add(
    'utf16-declared-in-meta',
    latin(`<html><head><meta charset="utf-16"></head><body><article>${story()}</article></body></html>`),
  );
  add(
    'bogus-charset-label',
    latin(`<html><head><meta charset="x-no-such-charset"></head><body><article>${story()}</article></body></html>`),
  );
  add(
    'nul-bytes',
    Buffer.concat([Buffer.from(page(`<article>${story()}<p>`)), Buffer.alloc(1000, 0), Buffer.from('</p></article>')]),
  );
  add('random-bytes-1mb', Buffer.from(Array.from({ length: 1 << 20 }, (_, i) => (i * 2654435761) >>> 24)));

  // Pages that carry our marker attributes, class names and style ids.
  add(
    'newslens-markers',
    page(
      `<style id="newslens-abc12345">[data-newslens-abc12345] { display: block !important; }</style><article data-newslens-abc12345="comments" data-newslens-flash-abc12345="">${story()}</article>${'<div data-newslens-x="comments" class="newslens-hidden" id="newslens-0">x</div>'.repeat(2000)}${comments}`,
    ),
  );
  add(
    'newslens-attrs-everywhere',
    page(`<article>${story().replace(/<p>/g, '<p data-newslens-0="newsletter" data-newslens="">')}</article>`),
  );

  // Script and markup payloads in every field the digest reads.
  const payload = `<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=1</script>javascript:alert(1)`;
  const escaped = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  add(
    'script-payloads',
    page(
      `<article><h1>${escaped}</h1><p class="byline">By ${escaped}</p>${Array.from({ length: 10 }, (_, i) => `<p>${escaped} said "${escaped}" on Tuesday, paragraph ${i} of a story about the council and the bridge.</p>`).join('')}</article><script>globalThis.pwned = 1</script><img src=x onerror="globalThis.pwned=1">`,
      `<title>${escaped}</title><meta name="author" content="${escaped.replace(/"/g, '&quot;')}"><meta property="article:published_time" content="${escaped.replace(/"/g, '&quot;')}">`,
    ),
  );
  return pages;
}
