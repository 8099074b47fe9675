// The pipeline in Node: a DOM from jsdom (no scripts, no network), then the shared core.

import { JSDOM, VirtualConsole } from 'jsdom';
import { digestDocument, type DigestOptions } from '../core/pipeline';
import type { Digest } from '../core/types';

/** Parses HTML into a Document that runs no scripts, loads nothing and prints nothing. */
export function parseHtml(html: string, url?: string | null): Document {
  const dom = new JSDOM(html, { url: safeUrl(url), virtualConsole: new VirtualConsole() });
  return dom.window.document;
}

export function digestHtml(html: string, options: DigestOptions = {}): Digest {
  const doc = parseHtml(html, options.url);
  try {
    return digestDocument(doc, options);
  } finally {
    try {
      doc.defaultView?.close();
    } catch {
      // jsdom detaches nodes recursively: a page nested thousands deep overflows the stack here,
      // after the digest is made. The window runs no scripts, so there is nothing left to stop.
    }
  }
}

function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}
