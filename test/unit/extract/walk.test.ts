// Extraction by hand-written walks instead of selectors: they must select exactly what the
// selectors did.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTION_CANDIDATES, isCaptionCandidate } from '../../../src/core/extract/article';
import { elementsIn } from '../../../src/core/extract/dom';
import { MATCHERS } from '../../../src/core/extract/published';
import { parseHtml } from '../../../src/node/digest-html';

const fixtures = join(import.meta.dirname, '../../fixtures');
const pages = readdirSync(fixtures)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({ name: f, html: readFileSync(join(fixtures, f), 'utf8') }));

// Markup that tells a careless matcher from the selector: case, quirks mode, namespaces, nesting.
const tricky = `
  <h1 id="h">Headline</h1><svg><time datetime="2020-01-01"></time><g class="Caption"></g></svg>
  <div class="Published" datetime="2020-01-02">x</div><abbr class="published" title="2020-01-03">y</abbr>
  <span class="PUBLISHED" datetime="2020-01-04"></span><abbr class="published">no title</abbr>
  <span itemprop="datepublished"></span><span itemprop="datePublished" content="2020-01-05"></span>
  <meta itemprop="datePublished" content="2020-01-06"><meta name="x">
  <script type="Application/LD+JSON">{}</script><script type="application/ld+json ">{}</script>
  <article><header><div><time datetime="2020-01-07">t</time></div></header></article>
  <header><article><time datetime="2020-01-08">t</time></article></header>
  <div class="Entry-Header"><time datetime="2020-01-09">t</time></div><div class="post-header x"><p><time>no</time></p></div>
  <div class="article-header"><time datetime="2020-01-10"></time></div>
  <div class="UpdateD"><span id="xDATEx">d</span><span class="timeline">t</span><i class="posted-on">p</i></div>
  <ASIDE><b>in aside</b></ASIDE><div class="RelatedStories"><p><span>deep</span></p></div><div id="Comments-1"><p>c</p></div>
  <div class="cards"><p>c</p></div><nav><ul><li>n</li></ul></nav><footer><p>f</p></footer>
  <figure class="no_caption photo-credit"><figcaption class="image-source">s</figcaption></figure>
  <p itemprop="caption">cap</p><p itemprop="Caption">cap</p><span class="img-source">s</span>
  <template><div class="caption">in a template</div></template>`;
const docs = [
  ...pages.map((p) => ({ name: p.name, doc: parseHtml(p.html, 'https://news.example/2021/06/07/story') })),
  { name: 'tricky (quirks mode)', doc: parseHtml(`<html><body>${tricky}</body></html>`, 'https://news.example/') },
  {
    name: 'tricky (standards mode)',
    doc: parseHtml(`<!doctype html><html><body>${tricky}</body></html>`, 'https://news.example/'),
  },
];

/** Elements as short strings, so that a failure prints what differs rather than walking jsdom. */
const tags = (els: Iterable<Element>) => [...els].map((el) => el.outerHTML.slice(0, 80));
const same = (a: Iterable<Element>, b: Iterable<Element>) => {
  const [x, y] = [[...a], [...b]];
  if (x.length !== y.length || x.some((el, i) => el !== y[i])) expect(tags(x)).toEqual(tags(y));
};

describe('walking the page by hand selects what the selectors did', () => {
  it.each(docs)('elementsIn is querySelectorAll("*") on $name', ({ doc }) => {
    same(elementsIn(doc), doc.querySelectorAll('*'));
    const body = doc.body!;
    same(elementsIn(body), body.querySelectorAll('*'));
  });

  it.each(docs)('each hand-written test matches its selector on $name', ({ doc }) => {
    const quirks = doc.compatMode === 'BackCompat';
    const els = elementsIn(doc);
    for (const { selector, closest, test } of MATCHERS) {
      const bySelector = els.filter((el) => (closest ? el.closest(selector) !== null : el.matches(selector)));
      expect(
        els.filter((el) => test(el, quirks)),
        selector,
      ).toEqual(bySelector);
    }
    same(els.filter(isCaptionCandidate), doc.querySelectorAll(CAPTION_CANDIDATES));
  });

  it('the tricky page exercises every matcher both ways', () => {
    for (const { doc } of docs.slice(-2)) {
      const quirks = doc.compatMode === 'BackCompat';
      const els = elementsIn(doc);
      for (const { selector, test } of MATCHERS) {
        expect(
          els.some((el) => test(el, quirks)),
          selector,
        ).toBe(true);
        expect(
          els.some((el) => !test(el, quirks)),
          selector,
        ).toBe(true);
      }
    }
  });
});
