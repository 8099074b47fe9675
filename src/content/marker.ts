// Marks detected blocks and hides them with one stylesheet (uBlock Origin's way: never remove
// nodes, so switching off restores the page exactly). The sheet is user-origin where the browser
// allows it (the background inserts it through scripting.insertCSS), so no author style, not even
// an !important one, can show a hidden block again; where that fails, a <style> element stands in.
// The marker attribute's name carries a random token per page load, so a page cannot pre-mark its
// own elements to get them hidden.

import type { ClutterKind } from '../core/types';
import { sendToBackground } from '../shared/messaging';

const token = Math.random().toString(36).slice(2, 10);
export const MARK = `data-newslens-${token}`;
const STYLE_ID = `newslens-${token}`;

export function mark(el: Element, kind: ClutterKind): void {
  el.setAttribute(MARK, kind);
}

export function stylesheetFor(kinds: ClutterKind[]): string {
  return kinds.map((k) => `[${MARK}="${k}"] { display: none !important; }`).join('\n');
}

let current = '';
let queue: Promise<void> = Promise.resolve();

/** Hides the given kinds (an empty list shows everything again). Calls apply in order. */
export function hideKinds(doc: Document, kinds: ClutterKind[]): Promise<void> {
  // A swap that fails must not reject the queue: every later call would be skipped.
  queue = queue.then(() => swap(doc, stylesheetFor(kinds))).catch(() => undefined);
  return queue;
}

async function swap(doc: Document, css: string): Promise<void> {
  if (css === current) return;
  const previous = current;
  current = css;
  const inUserOrigin = await sendToBackground('style.set', { insert: css || null, remove: previous || null })
    .then((r) => r?.ok === true)
    .catch(() => false);
  let style = doc.getElementById(STYLE_ID);
  if (inUserOrigin || !css) {
    style?.remove();
    return;
  }
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    (doc.head ?? doc.documentElement).append(style);
  }
  style.textContent = css;
}

// What the digest never reads: scripts (but JSON-LD, where Readability and the publication date
// look for metadata) and style sheets, which Readability removes first thing. They are often most
// of a page (1.1 of yahoo-2's 1.6 MB) and cost the popup copying and parsing them;
// on the 145 benchmark and evaluation pages every digest is the same without them. Raw text in
// serialized HTML cannot hold its closing tag, and attribute values have < escaped, so the first
// closing tag ends the element here as it does for the parser.
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const STYLE = /<style\b[^>]*>[\s\S]*?<\/style>/gi;
const keepJsonLd = (element: string, attributes: string) => (/ld\+json/i.test(attributes) ? element : '');

/** The page's HTML without our markers, its scripts and its style sheets (ours included): what the digest reads. */
export function cleanHtml(doc: Document): string {
  const html = doc.documentElement.outerHTML;
  return `<!DOCTYPE html>${html
    .replace(new RegExp(` ${MARK}="\\w+"`, 'g'), '')
    .replace(SCRIPT, keepJsonLd)
    .replace(STYLE, '')}`;
}
