// @vitest-environment jsdom
// The snapshot the content script sends the popup: the page without our markers, scripts and style
// sheets, but with the JSON-LD metadata the digest reads.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/messaging', () => ({ sendToBackground: vi.fn() }));
const { cleanHtml, mark, MARK } = await import('../../../src/content/marker');

describe('cleanHtml', () => {
  it('keeps the content and JSON-LD, drops scripts, style sheets and our markers', () => {
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
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelectorAll('style')).toHaveLength(0);
    expect(html).not.toContain('window.ads');
    expect(html).not.toContain(MARK);
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(doc.querySelector('p[style]')).not.toBeNull();
    expect(doc.getElementById('promo')?.textContent).toBe('Promo');
    expect(doc.querySelector('svg text')?.textContent).toBe('Chart');
    expect(doc.querySelector('link[rel=stylesheet]')).not.toBeNull();
  });
});
