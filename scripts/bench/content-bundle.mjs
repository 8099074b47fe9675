// The content script as Vite builds it, in memory (nothing written): its size and the packages it
// bundles. Shared by `npm run bench` and the unit test that keeps heavy analysis code out of it,
// which needs no prior build.

import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { root } from './pages.mjs';

/** Analysis libraries that run on click, in the popup, and must never run on every page load. */
export const HEAVY = ['compromise', 'chrono-node'];

/** Strings that survive minification of those libraries (their tag and class names). */
export const MARKERS = {
  compromise: ['ProperNoun', 'MaleName'],
  'chrono-node': ['ParsingComponents', 'isCertain'],
};

export async function buildContentBundle() {
  const result = await build({
    root,
    configFile: `${root}/vite.config.ts`,
    mode: 'content',
    logLevel: 'silent',
    build: { write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  if (!chunk) throw new Error('the content build made no entry chunk');
  const packages = [
    ...new Set(chunk.moduleIds.map((id) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1]).filter(Boolean)),
  ].sort();
  return {
    bytes: Buffer.byteLength(chunk.code),
    gzip: gzipSync(chunk.code).length,
    packages,
    heavy: HEAVY.filter((p) => packages.includes(p)),
    code: chunk.code,
  };
}

/** Marker strings of the heavy libraries found in a built script, by library. */
export function heavyMarkers(code) {
  const found = {};
  for (const [lib, markers] of Object.entries(MARKERS)) {
    const hits = markers.filter((m) => code.includes(m));
    if (hits.length) found[lib] = hits;
  }
  return found;
}
