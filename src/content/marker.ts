// Marks detected blocks and hides them with one injected stylesheet (uBlock Origin's way: never
// remove nodes, so switching off restores the page exactly). The marker attribute's name carries a
// random token per page load, so a page cannot pre-mark its own elements to get them hidden.

import type { ClutterKind } from '../core/types';

const token = Math.random().toString(36).slice(2, 10);
export const MARK = `data-newslens-${token}`;
const FLASH = `data-newslens-flash-${token}`;
const STYLE_ID = `newslens-${token}`;

export function mark(el: Element, kind: ClutterKind): void {
  el.setAttribute(MARK, kind);
}

/** Writes the stylesheet that hides the given kinds; an empty list removes it. */
export function hideKinds(doc: Document, kinds: ClutterKind[]): void {
  let style = doc.getElementById(STYLE_ID);
  if (kinds.length === 0) {
    style?.remove();
    return;
  }
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    (doc.head ?? doc.documentElement).append(style);
  }
  const css = [
    ...kinds.map((k) => `[${MARK}="${k}"] { display: none !important; }`),
    `[${FLASH}] { outline: 3px solid #f5b400 !important; outline-offset: 4px !important; transition: outline-color 1s; }`,
  ].join('\n');
  if (style.textContent !== css) style.textContent = css;
}

/** Scrolls to an element and outlines it briefly. */
export function flash(el: Element): void {
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.setAttribute(FLASH, '');
  setTimeout(() => el.removeAttribute(FLASH), 2000);
}

/** The page's HTML without our markers and stylesheet: what the digest reads. */
export function cleanHtml(doc: Document): string {
  const html = doc.documentElement.outerHTML;
  return `<!DOCTYPE html>${html.replace(new RegExp(` ${MARK}="\\w+"| ${FLASH}=""`, 'g'), '').replace(new RegExp(`<style id="${STYLE_ID}">[^<]*</style>`), '')}`;
}
