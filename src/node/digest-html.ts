// The pipeline in Node: a DOM from jsdom (no scripts, no network), then the shared core.

import { JSDOM, VirtualConsole } from 'jsdom';
import { loadAllDateLanguages } from '../core/analysis/dates/languages';
import { LIMITS } from '../core/limits';
import { digestDocument, digestOfUnparsed, type DigestOptions } from '../core/pipeline';
import type { Digest } from '../core/types';
import { estimateDepth } from './nesting';

/** Markup nesting deeper than this is not parsed (see ./nesting.ts); twice the core's depth bound,
 * as the estimate from the markup is rougher than the parsed document's depth. */
const PARSE_DEPTH = 2 * LIMITS.pageDepth;

// Node reads dates in every language chrono knows, loaded before any digest (the extension loads
// only the page's own, on click).
await loadAllDateLanguages();

/**
 * Parses HTML into a Document that runs no scripts, loads nothing and prints nothing: the way the
 * popup does, with DOMParser, so the document has no browsing context. (Parsed into a JSDOM window
 * instead, every <iframe> of the page got a window of its own: 200 frames took 25 s.)
 */
export function parseHtml(html: string, url?: string | null): Document {
  // The window is not closed: the document's interfaces belong to it (a closed window throws from
  // its getters when anything, a test's diff printer say, walks them). It runs no scripts and holds
  // no timers, so it goes with the document.
  const { window } = new JSDOM('', { url: safeUrl(url), virtualConsole: new VirtualConsole() });
  return new window.DOMParser().parseFromString(html, 'text/html');
}

export function digestHtml(html: string, options: DigestOptions = {}): Digest {
  if (estimateDepth(html, PARSE_DEPTH) > PARSE_DEPTH) return digestOfUnparsed(options);
  // The document is parsed for this digest alone: extraction may take it apart (no copy of it),
  // and parses the page again in the rare case it needs it whole.
  const parse = () => parseHtml(html, options.url);
  return digestDocument(parse(), { ...options, inPlace: true, reparse: parse });
}

function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}
