// The benchmark pages, read in place from ../shared (never copied into the repository): every
// Mozilla Readability test page and every page of the dev evaluation set.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const shared = resolve(root, '../shared');

/** [{ id, set, file, path (relative to ../shared, for serving), url (for the Node pipeline), bytes }] */
export function listPages() {
  const rtp = join(shared, 'corpora/readability-test-pages');
  const dev = join(shared, 'eval/dev/pages');
  for (const dir of [rtp, dev]) if (!existsSync(dir)) throw new Error(`no pages at ${dir}`);
  const pages = [
    ...readdirSync(rtp)
      .filter((d) => existsSync(join(rtp, d, 'source.html')))
      .map((d) => ({ id: `rtp/${d}`, set: 'rtp', file: join(rtp, d, 'source.html') })),
    ...readdirSync(dev)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ id: `dev/${f.replace(/\.html$/, '')}`, set: 'dev', file: join(dev, f) })),
  ];
  return pages
    .map((p) => ({
      ...p,
      path: relative(shared, p.file),
      url: `http://fakehost/${p.id}.html`,
      bytes: statSync(p.file).size,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The dev pages plus `n` Readability test pages spread evenly over the range of page sizes. */
export function subset(pages, n = 20) {
  const rtp = pages.filter((p) => p.set === 'rtp').sort((a, b) => a.bytes - b.bytes);
  const picked = new Set();
  for (let i = 0; i < Math.min(n, rtp.length); i++)
    picked.add(rtp[Math.round((i * (rtp.length - 1)) / Math.max(1, n - 1))]);
  return [...pages.filter((p) => p.set === 'dev'), ...[...picked].sort((a, b) => a.id.localeCompare(b.id))];
}
