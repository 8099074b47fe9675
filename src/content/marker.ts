// Marks detected blocks and hides them with one stylesheet (uBlock Origin's way: never remove
// nodes, so switching off restores the page exactly). The sheet is user-origin where the browser
// allows it (the background inserts it through scripting.insertCSS), so no author style, not even
// an !important one, can show a hidden block again; where that fails, a <style> element stands in.
// The marker attribute's name carries a random token per page load, so a page cannot pre-mark its
// own elements to get them hidden.

import type { ClutterKind, ClutterMatch } from '../core/types';
import { fingerprint } from '../shared/fingerprint';
import { sendToExtension } from '../shared/messaging';

const token = Math.random().toString(36).slice(2, 10);
export const MARK = `data-newslens-${token}`;
const STYLE_ID = `newslens-${token}`;

export function mark(el: Element, kind: ClutterKind): void {
  el.setAttribute(MARK, kind);
}

/**
 * Marks the elements of matches found in a copy of the page, each only when the live element at
 * its place looks as it did in the copy (`prints`): the page may have changed since it was copied.
 * Returns the matches marked now (those marked before are skipped).
 */
export function markMatches(doc: Document, matches: ClutterMatch[], prints: string[]): ClutterMatch[] {
  return matches.filter((match, k) => {
    const el = doc.querySelector(match.selector);
    if (!el || el.hasAttribute(MARK) || fingerprint(el) !== prints[k]) return false;
    mark(el, match.kind);
    return true;
  });
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
  const inUserOrigin = await sendToExtension('style.set', { insert: css || null, remove: previous || null })
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

// What the digest never reads: the code of scripts (but JSON-LD, where Readability and the
// publication date look for metadata) and style sheets, which Readability removes first thing.
// They are often most of a page (1.1 of yahoo-2's 1.6 MB) and cost copying and parsing. Their
// elements stay, empty, so the copy has the page's elements at the page's places.
const JSON_LD = /ld\+json/i;

/**
 * The page's HTML as the page has it, with scripts (but JSON-LD) and style sheets emptied: what
 * the digest reads, on click. The blocks found keep their marks: the digest leaves them out of
 * the article, and finds them by their marks, wherever the page has moved them since.
 */
export function cleanHtml(doc: Document): string {
  const html = doc.documentElement.outerHTML;
  return withDoctype(
    doc,
    emptied(
      emptied(html, 'script', (open) => JSON_LD.test(open)),
      'style',
    ),
  );
}

/**
 * What the clutter detector reads, made at every page load on the page's thread: the body alone
 * (the detector skips the head), with scripts and style sheets emptied, JSON-LD too. Serializing
 * costs about 10 ms a megabyte, and sending the copy to the extension about as much again, so what
 * the detector does not read is left out. Parsed again, the body is the second child of the root,
 * as on the page, so the detector's selectors name the live elements.
 */
export function detectionHtml(doc: Document): string | null {
  if (doc.body?.localName !== 'body') return null;
  const body = emptied(emptied(unmarked(doc.body.outerHTML), 'script'), 'style');
  return withDoctype(doc, `<html><head></head>${body}</html>`);
}

/**
 * The HTML with the content of every `tag` element cut out, but of those whose opening tag `keep`
 * accepts. Serialization writes HTML tag names in lower case, raw text cannot hold its own closing
 * tag and attribute values have < escaped, so plain string searches find the elements: several
 * times faster than a regular expression, on every page.
 */
function emptied(html: string, tag: 'script' | 'style', keep?: (open: string) => boolean): string {
  const open = `<${tag}`;
  const close = `</${tag}>`;
  let at = html.indexOf(open);
  if (at < 0) return html;
  const parts: string[] = [];
  let from = 0;
  while (at >= 0) {
    const next = html.charCodeAt(at + open.length);
    const start = html.indexOf('>', at);
    const end = start < 0 ? -1 : html.indexOf(close, start);
    if (end < 0) break;
    // `<scripts>` or `<style-guide>` are other elements: only `<script>`, `<script ` count.
    if ((next !== 62 && next !== 32) || keep?.(html.slice(at, start + 1))) {
      at = html.indexOf(open, at + open.length);
      continue;
    }
    parts.push(html.slice(from, start + 1));
    from = end;
    at = html.indexOf(open, end);
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/** Our marker attributes out (a regular-expression pass over the page, skipped before any mark). */
function unmarked(html: string): string {
  return html.includes(MARK) ? html.replace(new RegExp(` ${MARK}="\\w+"`, 'g'), '') : html;
}

/** A page in quirks mode stays in quirks mode, which parses some markup differently. */
function withDoctype(doc: Document, html: string): string {
  return doc.compatMode === 'BackCompat' ? html : `<!DOCTYPE html>${html}`;
}
