// Extraction: Readability, plus the publication date from the page's own metadata. Readability
// takes apart the document it is given, so it works on a copy of the page, unless the caller hands
// the page over (`inPlace`: the CLI and the popup parse a page only to digest it). Copying a page
// costs about half of what Readability itself does; everything read of the page itself is read
// before Readability runs, so both ways give the same article.

import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { LIMITS } from '../limits';
import type { Article } from '../types';
import { collapse, hasWords } from '../text';
import { elementsIn } from './dom';
import { paragraphsOf } from './paragraphs';
import { MONTH_NAMES, probePublished, resolvePublished } from './published';

const MIN_WORDS = 80;

export interface ExtractOptions {
  /** The caller is done with `doc`: Readability runs on it rather than on a copy, and leaves it
   * taken apart. Without it `doc` is never changed. */
  inPlace?: boolean;
  /** With `inPlace`: another copy of the page, asked for only when the article is short and
   * Readability's reader-mode test must see the page whole. Without it, in place, that test runs
   * on every page, before Readability. */
  reparse?: () => Document;
  /** The page's clutter blocks (comments, newsletter boxes, related lists, share bars) in the
   * document extraction works on, `doc` or its copy: left out before Readability runs. Readability
   * then has less to weigh (about 15 % less time over the Readability test pages, up to two
   * thirds on pages with long comment threads), and no comment can pass for the story. */
  clutterIn?: (target: Document) => Iterable<Element | null>;
}

/** Returns the article of the page, or null when the page holds none. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article | null {
  let parsed: ReturnType<Readability<Element>['parse']>;
  let page: ReturnType<typeof readPage>;
  try {
    // Inside the try: cloning or walking a page nested thousands of levels deep overflows jsdom's stack.
    // The page's elements, walked once for the publication date and, in place, for the captions.
    const els = elementsIn(doc);
    page = readPage(doc, els, options);
    const target = options.inPlace ? doc : (doc.cloneNode(true) as Document);
    // All found before any goes: a block's place may be named by its siblings'.
    for (const block of [...(options.clutterIn?.(target) ?? [])]) block?.remove();
    removeCaptions(target === doc ? els : elementsIn(target));
    // The pipeline measures the page first (../limits.ts); this is Readability's own guard too.
    parsed = new Readability<Element>(target, {
      serializer: (node) => node as Element,
      maxElemsToParse: LIMITS.pageElements,
    }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const paragraphs = paragraphsOf(parsed.content);
  const text = paragraphs.join('\n');
  // Readability returns something for almost any page; a short text on a page that its own
  // reader-mode test rejects is a navigation or login page, not a story.
  if (paragraphs.length === 0 || (!hasWords(text, MIN_WORDS) && !page.readerable())) return null;
  return {
    title: clean(parsed.title) ?? page.title,
    byline: bylineName(parsed.byline),
    siteName: clean(parsed.siteName),
    lang: clean(parsed.lang) ?? page.lang,
    published: resolvePublished(page.published, paragraphs)?.iso ?? clean(parsed.publishedTime),
    excerpt: clean(parsed.excerpt),
    paragraphs,
    text,
  };
}

/** What extraction reads of the page itself, read while the page is whole. */
function readPage(doc: Document, els: Element[], { inPlace, reparse }: ExtractOptions) {
  // Readability's reader-mode test is only needed for short texts, so it waits for them, on this
  // page or, once it is taken apart, on another copy; without one, it runs now.
  const readerable = inPlace && !reparse ? isProbablyReaderable(doc) : null;
  const whole = inPlace ? reparse : () => doc;
  return {
    title: clean(doc.title),
    lang: clean(doc.documentElement?.getAttribute('lang')),
    published: probePublished(doc, null, els),
    readerable: () => readerable ?? isProbablyReaderable(whole!()),
  };
}

// Photo captions and credits are not the story (see the annotation guide), but many sites mark
// them with a class rather than <figcaption>, and Readability drops the class names.
/** Candidates: what `[class*="caption" i], [class*="credit" i], [class*="image-source" i],
 * [itemprop="caption"]` selects, tested by hand (see ./dom.ts). */
export const CAPTION_CANDIDATES =
  '[class*="caption" i], [class*="credit" i], [class*="image-source" i], [itemprop="caption"]';
export function isCaptionCandidate(el: Element): boolean {
  // One read of the class attribute for its three words: this runs on every element of the page.
  const cls = el.getAttribute('class')?.toLowerCase();
  return (
    (cls !== undefined && (cls.includes('caption') || cls.includes('credit') || cls.includes('image-source'))) ||
    // In this list jsdom matches the itemprop in any case (alone, `[itemprop="caption"]` would not);
    // only an exact "caption" counts below, so this changes nothing but the candidates.
    el.getAttribute('itemprop')?.toLowerCase() === 'caption'
  );
}
/** Class names of a caption or credit: "caption", "pb-caption", "caption-text", "image-source", "photo-credit". */
const CAPTION_CLASS =
  /^(?:[a-z0-9]+[-_])*(?:caption|credits?|image-source|img-source)(?:[-_](?:text|txt|content|inner|body))?$/i;
/** "no_caption", "has-caption", "without-caption": about a caption, not one. */
const NOT_CAPTION_CLASS = /(?:^|[-_])(?:no|has|with|without|hide|hidden|show)[-_]?caption/i;

/** `all`: the elements of the page, in document order. */
function removeCaptions(all: Element[]): void {
  const figures: Element[] = [];
  for (const el of all) {
    const name = el.localName;
    if (name === 'figure' || name === 'picture') figures.push(el);
    if (!isCaptionCandidate(el)) continue;
    if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') continue;
    const tokens = (el.getAttribute('class') ?? '').split(/\s+/);
    const isCaption =
      el.getAttribute('itemprop') === 'caption' ||
      tokens.some((t) => CAPTION_CLASS.test(t) && !NOT_CAPTION_CLASS.test(t));
    if (!isCaption) continue;
    // Only short elements without paragraphs of their own: a caption, not a story that has one.
    const text = collapse(el.textContent ?? '');
    if (text.length > 400) continue;
    if ([...el.querySelectorAll('p')].some((p) => collapse(p.textContent ?? '').length > 200)) continue;
    el.remove();
  }
  // A block right after a figure that repeats the image's description is its caption, whatever
  // the markup (The Guardian puts it in a one-item list after the <figure>). The figures are those
  // still in the page once the captions above are gone, as `figure, picture` would select then.
  for (const figure of figures.filter((f) => f.isConnected)) {
    const next = figure.nextElementSibling;
    const alt = figure.querySelector('img[alt]')?.getAttribute('alt') ?? '';
    if (!next || !/^(?:UL|OL|P|DIV|SPAN)$/.test(next.tagName) || words(alt).size < 6) continue;
    const text = collapse(next.textContent ?? '');
    if (text.length > 500 || next.querySelectorAll('li').length > 2) continue;
    if (similarity(words(alt), words(text)) >= 0.6) next.remove();
  }
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.max(a.size, b.size);
}

/** The word a byline opens with in English, French, Spanish, Portuguese and Dutch. */
const BY = /^(?:by|par|por|door)\s+(?=\S)/i;

/** What a byline that is only a date is made of: "April 28, 2019 at 6:01 am Updated …". */
const DATE_ONLY = new RegExp(
  `\\b(?:${MONTH_NAMES}|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|[ap]\\.?m\\.?|gmt|utc|[ecmp][sd]t|bst|cest?|last|updated|published|posted|at|on)\\b|[\\d\\s.,:/|–-]+`,
  'gi',
);

/**
 * "By Erin Cunningham", "Par Claire Dubois": the name alone, which the popup and the CLI introduce
 * in their own words ("By Par Claire Dubois" otherwise). Readability sometimes takes a date line
 * for the byline ("Last Updated: January 7, 2025"): that is no byline.
 */
function bylineName(value: string | null | undefined): string | null {
  const name = clean(value)?.replace(BY, '');
  return name && name.replace(DATE_ONLY, '') !== '' ? name : null;
}

function clean(value: string | null | undefined): string | null {
  const text = value ? collapse(value) : '';
  return text || null;
}
