// The pipeline in Node: a DOM from jsdom (no scripts, no network), then the shared core.

import { JSDOM, VirtualConsole } from 'jsdom';
import { digestDocument, type DigestOptions } from '../core/pipeline';
import type { Digest } from '../core/types';

/**
 * Parses HTML into a Document that runs no scripts, loads nothing and prints nothing: the way the
 * popup does, with DOMParser, so the document has no browsing context. (Parsed into a JSDOM window
 * instead, every <iframe> of the page got a window of its own: 200 frames took 25 s.)
 */
export function parseHtml(html: string, url?: string | null): Document {
  const { window } = new JSDOM('', { url: safeUrl(url), virtualConsole: new VirtualConsole() });
  try {
    return new window.DOMParser().parseFromString(html, 'text/html');
  } finally {
    window.close();
  }
}

export function digestHtml(html: string, options: DigestOptions = {}): Digest {
  return digestDocument(parseHtml(html, options.url), options);
}

function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}
