// Property tests over generated HTML: whatever the page, digestDocument does not throw, finishes
// within a budget, stays within the bounds of src/core/limits.ts, and never lists a clutter block
// whose text contains a paragraph of the article.
//
// Pages are generated around a planted article (paragraphs with names, dates and quotes, each made
// unique) with random markup before, after and inside it: nested random elements, attributes that
// look like ours (data-newslens-*), comment-ish and newsletter-ish class names and ids, scripts,
// templates, frames, and chains of wrappers hundreds deep. Exact clutter names (#comments,
// .newsletter…) go on blocks that hold no article text; the article's ancestors get only names that
// merely contain such words ("comments-open", "has-newsletter"), as real sites' wrappers do.
//
// FUZZ_RUNS=n scales the number of pages; a failure prints fast-check's seed and the shrunk page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/core/limits';
import { collapse } from '../../../src/core/text';
import { digestDocument, digestText } from '../../../src/core/pipeline';
import type { Digest } from '../../../src/core/types';
import { parseHtml } from '../../../src/node/digest-html';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
/** Per page, on a loaded two-core machine; ordinary pages take tens of milliseconds. */
const BUDGET_MS = 5_000;

const NAMES = ['Maria Lopez', 'Joe Biden', 'Vladimir Putin', 'Acme Corp.', 'the ministry', "O'Brien", 'Ana Núñez'];
const DATES = ['on Tuesday', 'January 6, 2022', 'in 2014', 'last week', 'next month', '2021-12-31', 'May 3–5'];
const QUOTES = [
  '"We will go ahead," she said.',
  '“Nothing is decided,” he added.',
  "'It is late', said a spokesman.",
  '"Unclosed quote',
  '« Ça va »',
];
const WORDS = ['the', 'council', 'agreed', 'bridge', 'would', 'open', 'and', 'said', 'that', '&', '<b>', '</p>', '—'];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => escape(s).replace(/"/g, '&quot;');

const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES, ...DATES, ...QUOTES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'grapheme' }) },
);
const text = fc.array(token, { minLength: 1, maxLength: 14 }).map((t) => t.join(' '));

const EXACT_CLUTTER = [
  'comments',
  'comment-list',
  'comments-area',
  'respond',
  'comment-respond',
  'disqus_thread',
  'newsletter',
  'newsletter-signup',
  'subscribe',
  'mc_embed_signup',
  'mc4wp-form',
  'related',
  'related-posts',
  'share',
  'social-share',
  'sharing',
];
const NEAR_CLUTTER = [
  'comments-open',
  'has-comments',
  'with-newsletter',
  'related-enabled',
  'share-ready',
  'no-comments',
];
const NEUTRAL = ['content', 'main', 'post', 'wrapper', 'col', 'x1', 'entry-content', 'story', 'article-body'];
const MARKER_ATTRS = ['data-newslens-abc123', 'data-newslens-flash-x', 'data-newslens', 'data-newslens-0'];
const KINDS = ['comments', 'newsletter', 'related', 'share', '"><script>', ''];

/** Attributes for an element; `exact` allows exact clutter names (only off the article's path). */
const attributes = (exact: boolean) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...NEUTRAL, ...NEAR_CLUTTER, ...(exact ? EXACT_CLUTTER : [])).map((c) => `class="${attr(c)}"`),
        fc.constantFrom(...NEUTRAL, ...NEAR_CLUTTER, ...(exact ? EXACT_CLUTTER : [])).map((c) => `id="${attr(c)}"`),
        fc.tuple(fc.constantFrom(...MARKER_ATTRS), fc.constantFrom(...KINDS)).map(([n, v]) => `${n}="${attr(v)}"`),
        fc.constantFrom(
          'hidden',
          'aria-hidden="true"',
          'style="display:none"',
          'role="complementary"',
          'onclick="x()"',
        ),
      ),
      { maxLength: 3 },
    )
    .map((a) => (a.length ? ` ${a.join(' ')}` : ''));

const TAGS = ['div', 'section', 'aside', 'span', 'ul', 'li', 'a', 'form', 'footer', 'header', 'nav', 'h2', 'h3', 'p'];
const TAGS_BLOCKQUOTE = [...TAGS, 'blockquote', 'table', 'td', 'button', 'label', 'figure', 'figcaption'];

/** Random markup with no article text in it. */
const { noise } = fc.letrec<{ noise: string }>((tie) => ({
  noise: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: text.map(escape) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom(...TAGS_BLOCKQUOTE), attributes(true), fc.array(tie('noise'), { maxLength: 4 }))
        .map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '<script>document.title = "ran"</script>',
        '<style>.x{display:none}</style>',
        '<template shadowrootmode="open"><p>shadow text</p></template>',
        '<iframe srcdoc="<p>framed</p>"></iframe>',
        '<!-- <div id="comments"> -->',
        '<noscript><p>Enable scripts</p></noscript>',
        '<svg><text>svg text</text></svg>',
        '<div id="comments"><h3>3 Comments</h3><ol class="comment-list"><li>Great read!</li></ol></div>',
        '<div class="newsletter"><form><input type="email"><button>Subscribe</button></form></div>',
        '<p>Unclosed <b>bold <i>italic</p>',
        '</div></div></article>',
      ),
    },
  ),
}));

interface Page {
  html: string;
  paragraphs: string[];
}

/** A page: noise, wrappers (near-clutter names only) around an article, noise inside and after. */
function page(maxWrappers: number): fc.Arbitrary<Page> {
  return fc
    .record({
      seed: fc.integer({ min: 0, max: 1e9 }),
      paragraphs: fc.array(fc.array(token, { minLength: 10, maxLength: 30 }), { minLength: 3, maxLength: 10 }),
      before: fc.array(noise, { maxLength: 4 }),
      inside: fc.array(noise, { maxLength: 4 }),
      after: fc.array(noise, { maxLength: 4 }),
      wrappers: fc.array(fc.tuple(fc.constantFrom('div', 'section', 'main', 'span', 'td'), attributes(false)), {
        maxLength: maxWrappers,
      }),
      paragraphAttrs: attributes(false),
      bodyAttrs: attributes(false),
      title: text,
    })
    .map((r) => {
      // Unique words keep each planted paragraph distinct from everything else on the page.
      const paragraphs = r.paragraphs.map(
        (words, i) =>
          `Planted${r.seed}x${i} ${words.join(' ')} ${NAMES[i % NAMES.length]} said ${DATES[i % DATES.length]}.`,
      );
      const body = paragraphs.map((p, i) => `<p${r.paragraphAttrs}>${escape(p)}</p>${r.inside[i] ?? ''}`).join('');
      const open = r.wrappers.map(([tag, attrs]) => `<${tag}${attrs}>`).join('');
      const close = [...r.wrappers]
        .reverse()
        .map(([tag]) => `</${tag}>`)
        .join('');
      const html = `<!DOCTYPE html><html><head><title>${escape(r.title)}</title></head><body${r.bodyAttrs}>${r.before.join('')}${open}<article><h1>${escape(r.title)}</h1>${body}</article>${close}${r.after.join('')}</body></html>`;
      // What the page's own parser makes of each planted paragraph (entities decoded, spaces collapsed).
      return { html, paragraphs: paragraphs.map(collapse) };
    });
}

function check({ html, paragraphs }: Page): void {
  const doc = parseHtml(html, 'https://fuzz.example/story');
  const start = performance.now();
  let digest: Digest;
  try {
    digest = digestDocument(doc, { url: 'https://fuzz.example/story' });
  } finally {
    doc.defaultView?.close();
  }
  const ms = performance.now() - start;
  expect(ms, 'digest time (ms)').toBeLessThan(BUDGET_MS);
  // Never a clutter block holding a planted paragraph: the detector must not hide the story.
  for (const block of digest.clutter) {
    for (const p of paragraphs) {
      expect(block.text.includes(p), `${block.selector} (${block.rule}) holds "${p.slice(0, 60)}"`).toBe(false);
    }
  }
  expectBounded(digest);
}

function expectBounded(d: Digest): void {
  expect(d.summary.length).toBeLessThanOrEqual(LIMITS.summary);
  expect(d.actors.length).toBeLessThanOrEqual(LIMITS.actors);
  expect(d.dates.length).toBeLessThanOrEqual(LIMITS.dates);
  expect(d.quotes.length).toBeLessThanOrEqual(LIMITS.quotes);
  expect(d.clutter.length).toBeLessThanOrEqual(LIMITS.clutter);
  expect(d.paragraphs.length).toBeLessThanOrEqual(LIMITS.paragraphs);
  expect(d.text.length).toBeLessThanOrEqual(LIMITS.textChars);
  for (const c of d.clutter) expect(c.text.length).toBeLessThanOrEqual(LIMITS.clutterTextChars);
  expect(() => JSON.stringify(d)).not.toThrow();
}

describe('digestDocument over generated pages', () => {
  it(`never throws, stays in budget and bounds, never hides article text (${RUNS} pages)`, () => {
    fc.assert(fc.property(page(6), check), { numRuns: RUNS });
  }, 300_000);

  it(`holds on deeply nested pages (${Math.ceil(RUNS / 6)} pages, up to 700 wrappers)`, () => {
    // Deep chains of wrappers: below and above the depth bound (LIMITS.pageDepth).
    const deep = fc
      .tuple(page(2), fc.integer({ min: 50, max: 700 }), fc.constantFrom('div', 'span', 'section'))
      .map(([p, depth, tag]) => ({
        ...p,
        html: p.html.replace('<article>', `${`<${tag} class="has-comments">`.repeat(depth)}<article>`),
      }));
    fc.assert(fc.property(deep, check), { numRuns: Math.ceil(RUNS / 6) });
  }, 300_000);

  it('never throws on markup soup', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(noise, fc.string({ unit: 'binary' })), { maxLength: 8 }), (parts) => {
        const doc = parseHtml(parts.join(''));
        try {
          expectBounded(digestDocument(doc));
        } finally {
          doc.defaultView?.close();
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});

describe('digestText over generated text', () => {
  it('never throws and stays within bounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(text, fc.string({ unit: 'binary' }), fc.constantFrom('\n\n', '\r\n', '\n  ', '')), {
          maxLength: 30,
        }),
        (parts) => expectBounded(digestText(parts.join(' '), { published: '2021-12-31' })),
      ),
      { numRuns: RUNS * 3 },
    );
  }, 300_000);
});
