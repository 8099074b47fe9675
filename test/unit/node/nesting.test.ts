import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/core/limits';
import { digestHtml, parseHtml } from '../../../src/node/digest-html';
import { estimateDepth } from '../../../src/node/nesting';
import { measurePage } from '../../../src/core/limits';

describe('estimateDepth', () => {
  it('follows the nesting of ordinary markup', () => {
    expect(estimateDepth('<div><section><span>x</span></section></div>')).toBe(3);
    expect(estimateDepth('<div></div><div><b>x</b></div>')).toBe(2);
  });

  it('does not count void elements, elements with optional end tags, comments or raw text', () => {
    expect(estimateDepth('<html><body><p>a<p>b<ul><li>1<li>2</ul><br><img src=x><hr></body></html>')).toBe(1);
    expect(estimateDepth(`<!-- ${'<div>'.repeat(50)} --><div></div>`)).toBe(1);
    expect(estimateDepth(`<script>${'<div>'.repeat(50)}</SCRIPT><style>${'<b>'.repeat(9)}</style><div></div>`)).toBe(1);
    expect(estimateDepth(`<textarea>${'<div>'.repeat(50)}</textarea>`)).toBe(0);
  });

  it('stops early once past the given depth', () => {
    expect(estimateDepth('<div>'.repeat(100_000), 10)).toBe(11);
  });

  it('lets svg and math close their own elements, but not html', () => {
    expect(estimateDepth(`<div><svg>${'<path d="M0"/>'.repeat(50)}<g><circle/></g></svg></div>`)).toBe(3);
    expect(estimateDepth('<div/>'.repeat(50))).toBe(50);
    expect(estimateDepth(`<svg/>${'<x-a/>'.repeat(5)}`)).toBe(5);
  });

  it('stays near the depth of the parsed page', () => {
    const html = `<body>${'<div><span>'.repeat(50)}x${'</span></div>'.repeat(50)}</body>`;
    expect(estimateDepth(html)).toBe(100);
    expect(measurePage(parseHtml(html)).depth).toBe(102);
  });
});

describe('digestHtml on markup nested too deep to parse', () => {
  it('answers "page too large" at once instead of parsing for minutes', () => {
    const start = performance.now();
    const d = digestHtml(`<body>${'<div>'.repeat(50_000)}<p>Deep.</p></body>`, { url: 'https://deep.example/a' });
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(d).toMatchObject({
      isArticle: false,
      siteName: 'deep.example',
      limits: ['page-too-large', 'clutter-budget'],
    });
  });

  it('parses markup below that bound, leaving the rest to the core', () => {
    const d = digestHtml(`<body>${'<div>'.repeat(2 * LIMITS.pageDepth - 10)}<p>Deep.</p></body>`);
    // Parsed (clutter detection ran), then too deep for extraction.
    expect(d.limits).toEqual(['page-too-large']);
  }, 60_000);
});
