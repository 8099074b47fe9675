import { describe, expect, it } from 'vitest';
import { dateInUrl, explainPublished, findPublished, textualDate, toIso } from '../../../src/core/extract/published';
import { parseHtml } from '../../../src/node/digest-html';

const page = (head: string, body = '', url?: string) =>
  parseHtml(`<html><head>${head}</head><body>${body}</body></html>`, url);
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const story = 'The council approved the plan to rebuild the flooded waterfront after a long debate on Tuesday night.';

describe('findPublished: the strongest signal wins', () => {
  it('prefers a published date to a creation date, whatever carries each', () => {
    // A page whose JSON-LD only has a (later) dateCreated, and whose meta tag says when it was published.
    const doc = page(
      `${ld({ '@type': 'NewsArticle', dateCreated: '2017-11-17T10:41:09Z' })}<meta itemprop="datePublished" content="2017-11-16T14:15+0000">`,
    );
    expect(explainPublished(doc)).toEqual({ iso: '2017-11-16T14:15+00:00', source: 'meta' });
    expect(findPublished(page(ld({ '@type': 'NewsArticle', dateCreated: '2017-11-17T10:41:09Z' })))).toBe(
      '2017-11-17T10:41:09Z',
    );
  });

  it('reads JSON-LD wrapped in CDATA before the meta tags', () => {
    const json = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2015-10-15T02:19:15.607Z' });
    const doc = page(
      `<script type="application/ld+json">//<![CDATA[\n${json}\n//]]></script><meta property="article:published_time" content="2015-12-11T14:28:34.438Z">`,
    );
    expect(explainPublished(doc)).toEqual({ iso: '2015-10-15T02:19:15.607Z', source: 'json-ld' });
  });

  it('keeps the day and time of a written meta date as the publisher wrote them', () => {
    // 21:30 in Melbourne is the next day in UTC; the article's day is the 13th.
    expect(findPublished(page('<meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015">'))).toBe(
      '2015-03-13T21:30:09',
    );
  });
});

describe('findPublished: a dateline in the article header', () => {
  const header = (dateline: string, extra = '') =>
    `<nav><span class="date">January 1, 2001</span></nav><h1>Council approves waterfront plan</h1>${dateline}<p>${story}</p>${extra}`;

  it('reads "posted on …" between the headline and the first paragraph', () => {
    const doc = page('', header('<span class="post_datetimes">posted on April 21, 2015, at 11:29 a.m.</span>'));
    expect(explainPublished(doc, { paragraphs: [story] })).toEqual({ iso: '2015-04-21T11:29', source: 'dateline' });
  });

  it('takes the year of a yearless dateline from the address, and only when the days agree', () => {
    const url = 'https://news.example/world/2015/03/18/council-approves-plan.html';
    const doc = page('', header('<span class="pb-timestamp">March 18 at 3:57 PM</span>'), url);
    expect(findPublished(doc, { paragraphs: [story] })).toBe('2015-03-18T15:57');
    const other = page('', header('<span class="pb-timestamp">March 17 at 3:57 PM</span>'), url);
    expect(explainPublished(other, { paragraphs: [story] })).toEqual({ iso: '2015-03-18', source: 'url' });
  });

  it('places the first paragraph after a dateline that empty elements precede', () => {
    const before = '<div><img><br><i></i><wbr><span class="date">April 21, 2015</span></div><div><div>';
    const doc = page('', header(before, '</div></div>'));
    expect(explainPublished(doc, { paragraphs: [story] })).toEqual({ iso: '2015-04-21', source: 'dateline' });
    // The same dateline after the story's first paragraph is not the article's.
    const after = page(
      '',
      `<h1>Council approves waterfront plan</h1><div><p>${story}<br><img></p></div><span class="date">April 21, 2015</span>`,
    );
    expect(explainPublished(after, { paragraphs: [story] })).toBeNull();
  });

  it('never reads dates after the article starts, or in related-story cards', () => {
    const after = header('', '<ol class="references"><span class="date">Retrieved 2016-05-01</span></ol>');
    expect(findPublished(page('', after), { paragraphs: [story] })).toBeNull();
    const card = header('<aside class="related"><span class="date">May 5, 2023</span></aside>');
    expect(findPublished(page('', card), { paragraphs: [story] })).toBeNull();
    // Without the article's paragraphs there is no header to look in.
    expect(findPublished(page('', header('<span class="date">May 5, 2023</span>')))).toBeNull();
  });
});

describe('date helpers', () => {
  it('finds a date in the page address', () => {
    expect(dateInUrl('https://www.nytimes.com/2017/01/13/world/africa/sudan.html')?.iso).toBe('2017-01-13');
    expect(dateInUrl('https://www.theguardian.com/environment/2019/jan/03/whales')?.iso).toBe('2019-01-03');
    expect(dateInUrl('https://example.com/2019/13/45/x')).toBeNull();
    expect(dateInUrl('https://example.com/story-123')).toBeNull();
    expect(dateInUrl(null)).toBeNull();
  });

  it('normalises ISO forms, compact dates and Unix times', () => {
    expect(toIso('2017-11-16T14:15+0000')).toBe('2017-11-16T14:15+00:00');
    expect(toIso('2017-11-03 03:01:00.000000')).toBe('2017-11-03T03:01:00.000000');
    expect(toIso('20200102')).toBe('2020-01-02');
    expect(toIso('1426694580')).toBe('2015-03-18T16:03:00Z');
    expect(toIso('2019-02-30')).toBeNull();
    expect(toIso('')).toBeNull();
    expect(toIso(42)).toBeNull();
  });

  it('reads written dates with their times and only unambiguous zones', () => {
    expect(textualDate('16 November 2017 • 2:15pm', null)).toBe('2017-11-16T14:15');
    expect(textualDate('Fri, 31 Dec 2021 10:00:00 GMT', null)).toBe('2021-12-31T10:00:00Z');
    expect(textualDate('Dec. 31, 2021, 10:00 a.m. +0100', null)).toBe('2021-12-31T10:00+01:00');
    expect(textualDate('Updated 12:00 AM, March 3, 2015', null)).toBe('2015-03-03T00:00');
    expect(textualDate('March 18 at 3:57 PM', 2015)).toBe('2015-03-18T15:57');
    expect(textualDate('March 18 at 3:57 PM', null)).toBeNull();
    expect(textualDate('The Mayor spoke', 2015)).toBeNull();
  });
});
