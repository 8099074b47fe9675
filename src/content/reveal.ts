// "Show in article": finds the element of the live page that holds a paragraph of the digest,
// scrolls it into view and highlights it briefly.
//
// The digest's paragraph texts come from Readability's copy of the page, collapsed, without
// captions or button labels, with <br> as a space. The live element's text differs in those ways
// and in white space, so both sides are normalised the same way and several probes are tried: the
// whole paragraph, then its opening, its ending, then the hint (a quote or sentence inside it).
// Among matching elements the smallest visible one wins: the paragraph, not the article around it,
// and never a block the extension hides (a comment can quote the article word for word).
//
// The highlight is a Web Animation: no attribute or stylesheet is added to the page, so it works
// whether or not any clutter is hidden, cannot leak into a snapshot, and needs no CSP allowance.

import type { RevealRequest } from '../shared/messages';

/** Paragraph-like elements, tried first; then the containers Readability turns into paragraphs. */
const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, pre, dd, dt, td, th, figcaption';
const CONTAINERS = 'div, section, article, main, aside';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'FIGCAPTION', 'svg', 'SVG']);
/** Probes shorter than this match too much to be trusted, unless they are the whole text. */
const MIN_PROBE = 24;
const PROBE = 80;

/** Folds what differs between the digest's text and the page's: white space, invisible characters. */
export function normalise(text: string): string {
  return text
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** An element's text as the digest sees it: captions, scripts and buttons skipped, <br> a space. */
export function blockText(el: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') text += ' ';
        else if (!SKIP.has(tag)) walk(child);
      }
    }
  };
  walk(el);
  return normalise(text);
}

function probesOf(request: RevealRequest): string[] {
  const probes: string[] = [];
  const add = (p: string, whole: boolean) => {
    if ((whole ? p.length > 0 : p.length >= MIN_PROBE) && !probes.includes(p)) probes.push(p);
  };
  const text = normalise(request.text);
  add(text, true);
  add(text.slice(0, PROBE).trim(), false);
  add(text.slice(-PROBE).trim(), false);
  const hint = normalise(request.hint ?? '');
  add(hint, hint.length >= MIN_PROBE || !text);
  add(hint.slice(0, PROBE).trim(), false);
  return probes;
}

function visible(el: Element): boolean {
  // checkVisibility() reads the computed style of the element and its ancestors (display: none
  // included); older engines without it are taken at their word.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

/** The smallest visible element of `doc` that holds the requested paragraph, or null. */
export function findTarget(doc: Document, request: RevealRequest): Element | null {
  const probes = probesOf(request);
  if (probes.length === 0 || !doc.body) return null;
  for (const selector of [BLOCKS, CONTAINERS]) {
    const candidates = [...doc.body.querySelectorAll(selector)].map((el) => ({ el, text: '' }));
    for (const probe of probes) {
      let best: { el: Element; text: string } | null = null;
      for (const c of candidates) {
        c.text ||= blockText(c.el);
        if (c.text.length < probe.length || !c.text.includes(probe)) continue;
        // Shorter text wins; on a tie, the inner element (an ancestor comes first in the list).
        if (
          best &&
          (c.text.length > best.text.length || (c.text.length === best.text.length && !best.el.contains(c.el)))
        )
          continue;
        if (!visible(c.el)) continue;
        best = c;
      }
      if (best) return best.el;
    }
  }
  return null;
}

const HIGHLIGHT = 'rgba(245, 180, 0, 0.28)';
const OUTLINE = '#f5b400';
const FADED = 'rgba(245, 180, 0, 0)';

/** Scrolls `el` to the middle of the view and highlights it for about two seconds. */
export function flash(el: Element): void {
  // Jump instead of gliding when the reader asks for less motion, and when the page is not on
  // screen (the popup opened as a tab): Firefox does not run a smooth scroll in a hidden page.
  const doc = el.ownerDocument;
  const still =
    doc.visibilityState === 'hidden' || doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView?.({ behavior: still ? 'auto' : 'smooth', block: 'center' });
  for (const running of el.getAnimations?.() ?? []) if (running.id === 'newslens-reveal') running.cancel();
  const shape = { outlineStyle: 'solid', outlineWidth: '3px', outlineOffset: '4px' };
  const on = { ...shape, backgroundColor: HIGHLIGHT, outlineColor: OUTLINE };
  const off = { ...shape, backgroundColor: FADED, outlineColor: FADED };
  const animation = el.animate?.([on, { ...on, offset: 0.6 }, off], { duration: 2200, easing: 'ease-out' });
  if (animation) animation.id = 'newslens-reveal';
}

/** Finds and shows the requested paragraph; false when the page no longer holds it. */
export function reveal(doc: Document, request: RevealRequest): boolean {
  const el = findTarget(doc, request);
  if (el) flash(el);
  return Boolean(el);
}
