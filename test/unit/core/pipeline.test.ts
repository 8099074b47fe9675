import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestDocument, digestText } from '../../../src/core/pipeline';
import { findPublished } from '../../../src/core/extract/published';
import { parseHtml } from '../../../src/node/digest-html';

const seedPage = readFileSync(join(import.meta.dirname, '../../fixtures/seed-article.html'), 'utf8');

describe('digestDocument', () => {
  it('never changes the document it reads', () => {
    const doc = parseHtml(seedPage, 'https://dailyledger.example/story');
    const before = doc.documentElement.outerHTML;
    digestDocument(doc, { url: 'https://dailyledger.example/story' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('extracts the story without captions or clutter', () => {
    const d = digestDocument(parseHtml(seedPage), {});
    expect(d.isArticle).toBe(true);
    expect(d.title).toBe('Biden and Putin’s serious conversation sets the tone for diplomacy');
    expect(d.siteName).toBe('The Daily Ledger');
    expect(d.paragraphs[0]).toMatch(/^Presidents Joe Biden of the United States/);
    expect(d.paragraphs.at(-1)).toMatch(/non-starters by Washington\.$/);
    expect(d.text).not.toContain('Photo: Staff');
    expect(d.text).not.toContain('Leave a Reply');
    expect(d.summary.length).toBeGreaterThan(0);
    for (const s of d.summary) expect(d.text).toContain(s);
  });

  it('takes clutter already found on the live page instead of detecting it again', () => {
    const detected = digestDocument(parseHtml(seedPage), {});
    expect(detected.clutter.length).toBeGreaterThan(0);
    const known = detected.clutter.slice(0, 1);
    const given = digestDocument(parseHtml(seedPage), { clutter: known });
    expect(given.clutter).toEqual(known);
    // Everything else is the same digest.
    expect({ ...given, clutter: [] }).toEqual({ ...detected, clutter: [] });
  });

  it('leaves the clutter out of the article, even where Readability would keep it', () => {
    // A sign-up box between the story's paragraphs, as CityLab has it: Readability keeps it.
    const box =
      '<div class="newsletter-signup"><p>Keep up with the Daily Ledger newsletter, every morning in your inbox.</p>' +
      '<form><input type="email" placeholder="Your e-mail"><button>Sign up</button></form></div>';
    const page = seedPage.replace(/(<p>[^<]*Washington[^<]*<\/p>)/, `$1${box}`);
    expect(page).toContain(box);
    const kept = digestDocument(parseHtml(page), { clutterIn: () => [] });
    expect(kept.text).toContain('Keep up with the Daily Ledger newsletter');
    const d = digestDocument(parseHtml(page), {});
    expect(d.clutter.some((m) => m.kind === 'newsletter' && m.text.includes('Daily Ledger newsletter'))).toBe(true);
    expect(d.text).not.toContain('Keep up with the Daily Ledger newsletter');
    expect(d.paragraphs).toEqual(kept.paragraphs.filter((p) => !p.includes('Daily Ledger newsletter')));
  });

  it('says when a page holds no article', () => {
    const d = digestDocument(parseHtml('<html><body><nav><a href="/">Home</a></nav></body></html>'), {
      url: 'https://x.example/',
    });
    expect(d).toMatchObject({ isArticle: false, paragraphs: [], summary: [], siteName: 'x.example' });
  });
});

describe('findPublished', () => {
  const page = (head: string, body = '') => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);

  it('reads JSON-LD, including @graph', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2022-03-04T05:06:07-05:00' }],
    };
    expect(findPublished(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`))).toBe(
      '2022-03-04T05:06:07-05:00',
    );
  });

  it('reads the usual meta tags', () => {
    expect(findPublished(page('<meta property="article:published_time" content="2021-12-31T08:40:12+00:00">'))).toBe(
      '2021-12-31T08:40:12+00:00',
    );
    expect(findPublished(page('<meta name="pubdate" content="20200102">'))).toBe('2020-01-02');
  });

  it("takes the header's <time>, never a related-story card's", () => {
    const body = `<aside class="related"><time datetime="2023-05-05">May 5</time></aside>
      <article><header><time datetime="2021-06-07T10:00:00Z">June 7</time></header><p>Story.</p></article>`;
    expect(findPublished(page('', body))).toBe('2021-06-07T10:00:00Z');
    expect(
      findPublished(
        page(
          '',
          '<aside class="related"><article><header><time datetime="2023-05-05">x</time></header></article></aside>',
        ),
      ),
    ).toBeNull();
  });
});

describe('digestText', () => {
  it('takes a short first line without closing punctuation as the headline', () => {
    const d = digestText('The headline\n\nFirst paragraph of the story, long enough.\n\nSecond paragraph.', {
      published: '2021-12-31',
    });
    expect(d.title).toBe('The headline');
    expect(d.paragraphs).toEqual(['First paragraph of the story, long enough.', 'Second paragraph.']);
    expect(d.published).toBe('2021-12-31');
    expect(d.clutter).toEqual([]);
  });
});
