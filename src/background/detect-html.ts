// Clutter detection on a page's HTML, for the content script: the page's own thread only
// serializes the page, and the parsing and detection run here, in the extension's own process
// (Firefox's background page, Chrome's offscreen document). The detector is the core's, on a
// Document parsed from the same HTML, so the blocks are those the CLI and the popup find.

import { detectClutterWithin } from '../core/clutter/budget';
import { fingerprint } from '../shared/fingerprint';
import { parsePageHtml } from '../shared/page-html';
import type { PageDetection } from '../shared/messages';

/** Detection's deadline on a live page: a giant page keeps what was found by then. */
const DETECT_MS = 1_000;

export function detectInHtml(html: string): PageDetection {
  const start = performance.now();
  const doc = parsePageHtml(html);
  const parsed = performance.now();
  const { matches, limits } = detectClutterWithin(doc, { timeMs: DETECT_MS });
  const prints = matches.map((m) => {
    const el = doc.querySelector(m.selector);
    return el ? fingerprint(el) : '';
  });
  return { matches, limits, prints, parseMs: parsed - start, detectMs: performance.now() - parsed };
}
