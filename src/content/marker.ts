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

/** The page's HTML without our markers and stylesheet: what the digest reads. */
export function cleanHtml(doc: Document): string {
  const html = doc.documentElement.outerHTML;
  return `<!DOCTYPE html>${html.replace(new RegExp(` ${MARK}="\\w+"`, 'g'), '').replace(new RegExp(`<style id="${STYLE_ID}">[^<]*</style>`), '')}`;
}
