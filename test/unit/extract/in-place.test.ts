// Extraction on the page itself instead of a copy (`inPlace`): it must give exactly what the copy
// gave, and leave the page alone when not asked to work in place.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestDocument } from '../../../src/core/pipeline';
import { extractArticle } from '../../../src/core/extract/article';
import { digestHtml, parseHtml } from '../../../src/node/digest-html';

const fixtures = join(import.meta.dirname, '../../fixtures');
const pages = readdirSync(fixtures)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({ name: f, html: readFileSync(join(fixtures, f), 'utf8') }));

describe('extraction in place', () => {
  const story = Array.from(
    { length: 10 },
    (_, i) =>
      `Paragraph ${i + 1}: the council debated the waterfront plan for hours, and residents had their say about the sea walls and the cost.`,
  );
  // A dateline (no metadata date) and a caption: what is read of the page before Readability runs.
  const dateline = `<html lang="en"><head><title>Waterfront</title></head><body><article><h1>Council approves waterfront plan</h1>
    <p class="byline">By A. Writer</p><div class="post-date">posted on April 21, 2015, at 11:29 a.m.</div>
    <figure><img src="a.jpg" alt=""><p class="caption">The seafront in March.</p></figure>
    ${story.map((p) => `<p>${p}</p>`).join('')}</article><aside class="related"><time datetime="2014-01-01">Old story</time></aside></body></html>`;
  const cases = [...pages, { name: 'dateline', html: dateline }];

  it.each(cases)('gives the article the copy gives, on $name', ({ html }) => {
    const url = 'https://news.example/2015/04/21/story';
    const kept = parseHtml(html, url);
    const before = kept.documentElement.outerHTML;
    const copied = extractArticle(kept);
    expect(kept.documentElement.outerHTML).toBe(before);
    expect(extractArticle(parseHtml(html, url), { inPlace: true })).toEqual(copied);
  });

  it.each(cases)('with another copy at hand, gives the same article, on $name', ({ html }) => {
    const url = 'https://news.example/2015/04/21/story';
    const copied = extractArticle(parseHtml(html, url));
    let reparsed = 0;
    const reparse = () => (reparsed++, parseHtml(html, url));
    expect(extractArticle(parseHtml(html, url), { inPlace: true, reparse })).toEqual(copied);
    // A long article never needs the page whole again.
    if (copied && copied.text.split(/\s+/).length >= 80) expect(reparsed).toBe(0);
    expect(reparsed).toBeLessThanOrEqual(1);
  });

  it('parses the page again for a short text, whose reader-mode test needs the page whole', () => {
    const html = `<html><head><title>Log in</title></head><body><nav><a href="/">Home</a></nav>
      <div><p>Log in to read this story. Subscribers get every story for one low price.</p></div></body></html>`;
    let reparsed = 0;
    const reparse = () => (reparsed++, parseHtml(html));
    expect(extractArticle(parseHtml(html))).toBeNull();
    expect(extractArticle(parseHtml(html), { inPlace: true, reparse })).toBeNull();
    expect(reparsed).toBe(1);
  });

  it('reads the dateline and leaves the caption out when working in place', () => {
    const doc = parseHtml(dateline, 'https://news.example/story');
    const article = extractArticle(doc, { inPlace: true });
    expect(article).toMatchObject({ title: 'Waterfront', lang: 'en', published: '2015-04-21T11:29' });
    expect(article!.text).not.toContain('seafront in March');
    // The page was handed over: Readability took it apart.
    expect(doc.querySelector('aside.related')).toBeNull();
  });

  it.each(cases)('digestHtml (in place) gives the digest of a kept document, on $name', ({ html }) => {
    const url = 'https://news.example/2015/04/21/story';
    const kept = parseHtml(html, url);
    const before = kept.documentElement.outerHTML;
    const digest = digestDocument(kept, { url, clutterBudgetMs: 60_000 });
    expect(kept.documentElement.outerHTML).toBe(before);
    expect(digestHtml(html, { url, clutterBudgetMs: 60_000 })).toEqual(digest);
  });
});
