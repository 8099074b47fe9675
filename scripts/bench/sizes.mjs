// Sizes of the built extension (dist/chrome, dist/*.zip): the content script injected into every
// page, the background, the popup (its HTML and every script, chunk and stylesheet it loads), and
// the store packages. Plus what the content script bundles, from an in-memory build.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildContentBundle, heavyMarkers } from './content-bundle.mjs';
import { root } from './pages.mjs';

const dist = join(root, 'dist');

export async function measureSizes() {
  const chrome = join(dist, 'chrome');
  if (!existsSync(join(chrome, 'content.js'))) throw new Error('no dist/chrome: run npm run build');
  const content = readFileSync(join(chrome, 'content.js'));
  const bundle = await buildContentBundle();
  return {
    content: {
      ...sizeOf([join(chrome, 'content.js')]),
      packages: bundle.packages,
      heavyPackages: bundle.heavy,
      heavyMarkers: heavyMarkers(content.toString('utf8')),
    },
    background: sizeOf([join(chrome, 'background.js')]),
    popup: sizeOf(pageFiles(join(chrome, 'popup/popup.html'))),
    options: sizeOf(pageFiles(join(chrome, 'options/options.html'))),
    unpacked: sizeOf(allFiles(chrome), false),
    zip: {
      chrome: statSync(join(dist, 'newslens-chrome.zip')).size,
      firefox: statSync(join(dist, 'newslens-firefox.zip')).size,
    },
  };
}

function sizeOf(files, gzip = true) {
  const buffers = files.map((f) => readFileSync(f));
  return {
    bytes: buffers.reduce((n, b) => n + b.length, 0),
    ...(gzip ? { gzip: buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) } : {}),
    files: files.length,
  };
}

/** An HTML page and every file it loads: its scripts, their imported chunks, its stylesheets. */
function pageFiles(html) {
  const seen = new Set([html]);
  const queue = [html];
  while (queue.length) {
    const file = queue.shift();
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/["'(]((?:\.{1,2}\/|\/)?[\w./-]*?[\w-]+\.(?:js|css))["')]/g)) {
      const ref = m[1];
      const candidates = [resolve(dirname(file), ref), join(dirname(file), basename(ref))];
      const hit = candidates.find((c) => c.startsWith(dist) && existsSync(c) && statSync(c).isFile());
      if (hit && !seen.has(hit)) {
        seen.add(hit);
        queue.push(hit);
      }
    }
  }
  return [...seen];
}

function allFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}
