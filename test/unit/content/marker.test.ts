// @vitest-environment jsdom
// The copy of the page the content script sends the detector and the popup: the page without our
// markers, with scripts (but the JSON-LD metadata the digest reads) and style sheets emptied, and
// every element where the page has it, so that the detector's selectors find the live elements.
import { describe, expect, it, vi } from 'vitest';
import { selectorPath } from '../../../src/core/clutter/selector-path';
import { MARK_NAME } from '../../../src/shared/messages';

vi.mock('../../../src/shared/messaging', () => ({ sendToExtension: vi.fn() }));
const { cleanHtml, detectionHtml, mark, MARK } = await import('../../../src/content/marker');

describe('the marker attribute', () => {
  it('has a name of the shape the popup and the background accept', () => {
    expect(MARK).toMatch(new RegExp(`^${MARK_NAME}$`));
  });
});

describe('cleanHtml', () => {
  it('keeps the content, JSON-LD and our markers, empties scripts and style sheets', () => {
    const ld = '{"@type":"NewsArticle","datePublished":"2021-12-31"}';
    document.documentElement.innerHTML = `<head><title>Story</title>
      <script type="application/ld+json">${ld}</script>
      <script>window.ads = "<b>not markup</b>";</script>
      <style>p { color: red }</style>
      <link rel="stylesheet" href="/site.css"></head>
      <body><article><h1>Story</h1><p>First paragraph.</p>
      <script src="/track.js"></script><p style="color: blue">Second paragraph.</p></article>
      <aside id="promo">Promo</aside>
      <svg><style>.a{}</style><text>Chart</text></svg></body>`;
    mark(document.getElementById('promo')!, 'related');
    const html = cleanHtml(document);
    const doc = new DOMParser().parseFromString(html, 'text/html');

    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelector('script[type="application/ld+json"]')?.textContent).toBe(ld);
    expect([...doc.querySelectorAll('script')].map((s) => s.textContent)).toEqual([ld, '', '']);
    expect([...doc.querySelectorAll('style')].map((s) => s.textContent)).toEqual(['', '']);
    expect(doc.querySelector('script[src="/track.js"]')).not.toBeNull();
    expect(html).not.toContain('window.ads');
    expect(doc.querySelector(`[${MARK}]`)?.id).toBe('promo');
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(doc.querySelector('p[style]')).not.toBeNull();
    expect(doc.getElementById('promo')?.textContent).toBe('Promo');
    expect(doc.querySelector('svg text')?.textContent).toBe('Chart');
    expect(doc.querySelector('link[rel=stylesheet]')).not.toBeNull();
    // The same elements at the same places: the copy's elements, one by one, are the page's.
    const tags = (d: Document) => [...d.getElementsByTagName('*')].map((el) => el.localName);
    expect(tags(doc)).toEqual(tags(document));
  });

  it('keeps a page in quirks mode in quirks mode', () => {
    const quirky = new DOMParser().parseFromString('<p>Text<table><tr><td>Cell</td></tr></table>', 'text/html');
    expect(quirky.compatMode).toBe('BackCompat');
    const copy = new DOMParser().parseFromString(cleanHtml(quirky), 'text/html');
    expect(copy.compatMode).toBe('BackCompat');
    // In quirks mode a table does not close the paragraph before it.
    expect(copy.querySelector('p > table')).not.toBeNull();
  });
});

describe('detectionHtml', () => {
  it('is the body alone, scripts and style sheets emptied, without our markers, at the same place in the copy', () => {
    document.documentElement.innerHTML = `<head><title>Story</title><style>p { color: red }</style></head>
      <body class="story"><article><p>First paragraph.</p><script>var a = "<p>not markup</p>";</script></article>
      <svg><style>.a { fill: red }</style></svg><style-guide>Style guide</style-guide>
      <script type="module" async>let b = 1 < 2;</script><scripts>Scripts</scripts>
      <aside id="promo"><p>Promo</p></aside></body>`;
    mark(document.getElementById('promo')!, 'related');
    const html = detectionHtml(document)!;
    const copy = new DOMParser().parseFromString(html, 'text/html');
    expect(html).not.toContain(MARK);
    expect(html).not.toContain('color: red');
    expect(copy.head.childNodes).toHaveLength(0);
    expect(html).not.toContain('not markup');
    expect(html).not.toContain('fill: red');
    expect(html).not.toContain('1 < 2');
    expect(copy.querySelector('style-guide')?.textContent).toBe('Style guide');
    expect(copy.querySelector('scripts')?.textContent).toBe('Scripts');
    const tags = (d: Document) => [...d.body.getElementsByTagName('*')].map((el) => el.localName);
    expect(tags(copy)).toEqual(tags(document));
    expect(copy.body.className).toBe('story');
    // The path from the root to a live element names the same element in the copy.
    const promo = document.getElementById('promo')!;
    promo.removeAttribute('id');
    expect(copy.querySelector(selectorPath(promo))?.id).toBe('promo');
  });

  it('is nothing for a frameset page', () => {
    const frames = new DOMParser().parseFromString('<frameset><frame src="a.html"></frameset>', 'text/html');
    expect(detectionHtml(frames)).toBeNull();
  });
});
