// The bounds of src/core/limits.ts: pages too large to extract get a digest that says so, clutter
// detection stops at its budget, and every list and text of a digest is capped.
import { describe, expect, it, vi } from 'vitest';

// Some pages here are large on purpose; the machine running the tests may be loaded.
vi.setConfig({ testTimeout: 60_000 });
import { detectClutterWithin } from '../../../src/core/clutter/budget';
import { detectClutter } from '../../../src/core/clutter/detect';
import {
  boundAnalysis,
  boundArticle,
  boundClutter,
  clip,
  deadline,
  LIMITS,
  measurePage,
} from '../../../src/core/limits';
import { digestDocument, digestText } from '../../../src/core/pipeline';
import type { Article, ClutterMatch, Limit } from '../../../src/core/types';
import { parseHtml } from '../../../src/node/digest-html';

const story = Array.from(
  { length: 12 },
  (_, i) => `<p>Paragraph ${i}: the council met on Tuesday and agreed that the new bridge would open in May.</p>`,
).join('');

describe('clip', () => {
  it('keeps short text and cuts long text at a space, without an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('the quick brown fox jumps', 22)).toBe('the quick brown fox');
    expect(clip('a verylongwordwithoutspaces', 12)).toBe('a verylongwo');
    const long = 'word '.repeat(100);
    expect(long.startsWith(clip(long, 50))).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const s = 'a'.repeat(9) + '😀' + 'b';
    expect(clip(s, 10)).toBe('a'.repeat(9));
  });
});

describe('measurePage', () => {
  it('counts elements, depth and visible text, not scripts or styles', () => {
    const doc = parseHtml(`<html><head><script>${'x'.repeat(5000)}</script></head><body><div><p>abc</p></div></body>`);
    const size = measurePage(doc);
    expect(size).toEqual({ elements: 6, depth: 4, textChars: 3, siblings: 1 + 4 + 1 + 1, tooLarge: null });
  });

  it('stops at the first bound a page exceeds', () => {
    const deep = parseHtml(`<body>${'<div>'.repeat(LIMITS.pageDepth + 10)}x</body>`);
    expect(measurePage(deep).tooLarge).toBe('depth');
    const many = parseHtml(
      `<body>${`<div>${'<i></i>'.repeat(99)}</div>`.repeat(LIMITS.pageElements / 100 + 1)}</body>`,
    );
    expect(measurePage(many).tooLarge).toBe('elements');
    const text = parseHtml(`<body><p>${'a'.repeat(LIMITS.pageText + 1)}</p></body>`);
    expect(measurePage(text).tooLarge).toBe('text');
    const list = parseHtml(`<body><ul>${'<li>x</li>'.repeat(Math.sqrt(LIMITS.pageSiblings) + 1)}</ul></body>`);
    expect(measurePage(list).tooLarge).toBe('siblings');
  });
});

describe('digestDocument on pages too large to read', () => {
  it('says "page too large" instead of extracting, and still lists clutter', () => {
    const html = `<body><article>${story}</article>${'<div>'.repeat(LIMITS.pageDepth + 1)}</div>
      <div id="comments">Comments</div></body>`;
    const d = digestDocument(parseHtml(html));
    expect(d.isArticle).toBe(false);
    expect(d.limits).toEqual(['page-too-large']);
    // The block is the outermost wrapper that holds nothing but the comments.
    expect(d.clutter.map((c) => [c.kind, c.text])).toEqual([['comments', 'Comments']]);
  });

  it('lists no limits on an ordinary page', () => {
    const d = digestDocument(parseHtml(`<body><article><h1>Bridge</h1>${story}</article></body>`));
    expect(d.isArticle).toBe(true);
    expect(d).not.toHaveProperty('limits');
  });

  it('caps the text of plain-text input', () => {
    const d = digestText(`Headline\n\n${'All work and no play. '.repeat(LIMITS.pageText / 10)}`);
    expect(d.text.length).toBeLessThanOrEqual(LIMITS.textChars);
    expect(d.limits).toContain('text');
  });
});

describe('clutter detection budget', () => {
  const page = parseHtml('<body><p>Hello.</p><div id="disqus_thread">a</div></body>');

  it('stops when the budget has expired', () => {
    expect(detectClutter(page, { budget: { expired: () => true } })).toEqual([]);
    expect(detectClutter(page, { budget: deadline(60_000) })).toHaveLength(1);
  });

  it('has a deadline that stays expired once passed', () => {
    let t = 0;
    const clock = deadline(15, () => (t += 10));
    expect(clock.expired()).toBe(false);
    expect(clock.expired()).toBe(true);
    t = 0;
    expect(clock.expired()).toBe(true);
  });

  it('skips pages above the element bound', () => {
    expect(detectClutterWithin(page, { maxElements: 3 })).toEqual({ matches: [], limits: ['clutter-budget'] });
  });
});

describe('caps', () => {
  const article = (paragraphs: string[]): Article => ({
    title: 't'.repeat(5000),
    byline: null,
    siteName: null,
    lang: 'x'.repeat(100),
    published: null,
    excerpt: null,
    paragraphs,
    text: paragraphs.join('\n'),
  });

  it('bounds paragraphs, their length and the whole text', () => {
    const limits = new Set<Limit>();
    const a = boundArticle(article(Array.from({ length: LIMITS.paragraphs + 5 }, () => 'word '.repeat(5000))), limits);
    expect(a.paragraphs.length).toBeLessThanOrEqual(LIMITS.paragraphs);
    expect(Math.max(...a.paragraphs.map((p) => p.length))).toBeLessThanOrEqual(LIMITS.paragraphChars);
    expect(a.text.length).toBeLessThanOrEqual(LIMITS.textChars);
    expect(a.text).toBe(a.paragraphs.join('\n'));
    expect(a.title!.length).toBeLessThanOrEqual(LIMITS.titleChars);
    expect(a.lang).toBeNull();
    expect([...limits]).toEqual(['text']);
  });

  it('returns an article within bounds unchanged', () => {
    const limits = new Set<Limit>();
    const a = article(['One.', 'Two.']);
    a.title = 'Title';
    a.lang = 'en';
    expect(boundArticle(a, limits)).toEqual(a);
    expect(limits.size).toBe(0);
  });

  it('bounds every list and string of the analysis', () => {
    const limits = new Set<Limit>();
    const long = 'x'.repeat(50_000);
    const a = boundAnalysis(
      {
        summary: Array.from({ length: 50 }, () => long),
        actors: Array.from({ length: 500 }, () => ({
          name: long,
          type: 'person' as const,
          role: long,
          aliases: Array.from({ length: 100 }, () => long),
          mentions: 1,
          paragraph: 0,
        })),
        dates: Array.from({ length: 5000 }, () => ({
          text: long,
          start: '2020-01-01',
          precision: 'day' as const,
          context: long,
          paragraph: 0,
        })),
        quotes: Array.from({ length: 5000 }, () => ({ text: long, speaker: long, context: long, paragraph: 0 })),
      },
      limits,
    );
    expect(a.summary).toHaveLength(LIMITS.summary);
    expect(a.actors).toHaveLength(LIMITS.actors);
    expect(a.dates).toHaveLength(LIMITS.dates);
    expect(a.quotes).toHaveLength(LIMITS.quotes);
    expect(a.summary[0]!.length).toBeLessThanOrEqual(LIMITS.sentenceChars);
    expect(a.actors[0]!.aliases).toHaveLength(LIMITS.aliases);
    expect(a.actors[0]!.name.length + a.actors[0]!.role!.length).toBeLessThanOrEqual(2 * LIMITS.nameChars);
    expect(a.quotes[0]!.text.length).toBeLessThanOrEqual(LIMITS.quoteChars);
    expect(a.quotes[0]!.context!.length).toBeLessThanOrEqual(LIMITS.contextChars);
    expect([...limits].sort()).toEqual(['actors', 'dates', 'quotes', 'summary']);
  });

  it('bounds the clutter list and drops blocks too deep to name', () => {
    const limits = new Set<Limit>();
    const block = (selector: string): ClutterMatch => ({
      kind: 'comments',
      rule: 'r',
      selector,
      reason: 'why',
      text: 'y'.repeat(LIMITS.clutterTextChars + 10),
    });
    const out = boundClutter([block('x'.repeat(LIMITS.selectorChars + 1)), ...Array(300).fill(block('#c'))], limits);
    expect(out).toHaveLength(LIMITS.clutter);
    expect(out[0]!.selector).toBe('#c');
    expect(out[0]!.text.length).toBe(LIMITS.clutterTextChars);
    expect([...limits]).toEqual(['clutter']);
  });
});
