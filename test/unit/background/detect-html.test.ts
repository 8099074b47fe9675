// @vitest-environment jsdom
// Detection off the page's thread: the content script sends a copy of the page's HTML, the
// extension finds the clutter in it, and the content script marks the live elements that still
// look as they did in the copy.
import { describe, expect, it, vi } from 'vitest';
import page from '../../fixtures/seed-article.html?raw';
import { detectClutter } from '../../../src/core/clutter/detect';

vi.mock('../../../src/shared/messaging', () => ({ sendToExtension: vi.fn() }));
const { detectInHtml } = await import('../../../src/background/detect-html');
const { detectionHtml, markMatches, MARK } = await import('../../../src/content/marker');

/** The seed page as the live page: parsed, with a script that writes markup and a style sheet. */
function livePage(): Document {
  const doc = new DOMParser().parseFromString(page, 'text/html');
  const script = doc.createElement('script');
  script.textContent = 'document.write("<div class=\\"comments\\">not markup</div>")';
  doc.body.prepend(script);
  doc.head.append(Object.assign(doc.createElement('style'), { textContent: '.comments { color: red }' }));
  return doc;
}

describe('detectInHtml', () => {
  it('finds in the copy what the detector finds on the page, and marks the same live elements', () => {
    const live = livePage();
    const onPage = detectClutter(live);
    const found = detectInHtml(detectionHtml(live)!);

    expect(onPage.length).toBeGreaterThanOrEqual(2);
    expect(found.matches).toEqual(onPage);
    expect(found.prints).toHaveLength(found.matches.length);
    expect(found.limits).toEqual([]);
    expect(found.parseMs).toBeGreaterThanOrEqual(0);

    const marked = markMatches(live, found.matches, found.prints);
    expect(marked).toEqual(onPage);
    for (const m of onPage) expect(live.querySelector(m.selector)?.getAttribute(MARK)).toBe(m.kind);
    // Marked once: a second scan of the same page marks nothing new.
    expect(markMatches(live, found.matches, found.prints)).toEqual([]);
  });

  it('leaves alone a live element that no longer looks as it did in the copy', () => {
    const live = livePage();
    const found = detectInHtml(detectionHtml(live)!);
    const [first, ...rest] = found.matches;
    // The page changed meanwhile: the element at the first block's place is another one now.
    const el = live.querySelector(first!.selector)!;
    el.replaceWith(Object.assign(live.createElement(el.localName), { className: 'story-part', id: el.id }));
    const marked = markMatches(live, found.matches, found.prints);
    expect(marked).toEqual(rest);
    expect(live.querySelector(first!.selector)?.hasAttribute(MARK)).toBe(false);
    expect(live.querySelectorAll(`[${MARK}]`)).toHaveLength(rest.length);
  });
});
