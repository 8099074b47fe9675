// The one pipeline. The CLI, the tests, the evaluations and the extension all call these two
// functions, so what is measured is what users get.
//
//   page Document ──detectClutter──▶ ClutterMatch[] (what the content script hides) ──────────┐
//        │                                │ its blocks left out                               ├─▶ Digest
//        └─────────▶ extractArticle ◀─────┘──▶ Article ──analyse──▶ summary, actors, dates, quotes ─┘
//
//   plain text ──paragraphs──▶ Article ──analyse──▶ Digest (no extraction, no clutter)
//
// Every bound (page size, detection budget, caps on each list and text) is in ./limits.ts and is
// applied here; a digest that hit one lists it in `limits`.

import { analyse } from './analysis';
import { detectClutterWithin } from './clutter/budget';
import { elementAt } from './clutter/selector-path';
import { extractArticle } from './extract/article';
import { boundAnalysis, boundArticle, boundClutter, LIMITS, measurePage } from './limits';
import { countWords } from './text';
import type { Article, ClutterMatch, Digest, Limit } from './types';

export interface DigestOptions {
  url?: string | null;
  /** Reference date for relative dates when the page gives none (or for plain text). */
  published?: string | null;
  /** Time budget of clutter detection in milliseconds (default `LIMITS.detectMs`). */
  clutterBudgetMs?: number;
  /**
   * The page's clutter when it is already known: what the content script found on the live page
   * with the same detector, so the popup does not run it a second time on a copy. Bounded here
   * like detected clutter.
   */
  clutter?: ClutterMatch[];
  /**
   * Where the clutter's blocks are in a document made from the page, which extraction leaves
   * out. By default, the elements that the matches' selectors name: right for matches found in
   * this document. The popup finds the content script's marks in its copy of the page instead,
   * as the live page may have moved its blocks since they were found.
   */
  clutterIn?: (doc: Document) => Iterable<Element | null>;
  /**
   * The caller is done with the document (it parsed the page only to digest it, as the CLI does):
   * extraction runs Readability on it rather than on a copy of the page, and leaves it taken
   * apart. The digest is the same either way; without it the document is never changed.
   */
  inPlace?: boolean;
  /** With `inPlace`: makes another copy of the page, for the rare short article whose reader-mode
   * test must see the page whole (see ./extract/article.ts). */
  reparse?: () => Document;
}

export function digestDocument(doc: Document, options: DigestOptions = {}): Digest {
  const limits = new Set<Limit>();
  // A page too large to extract in bounded time gets a digest that says so, not a hang.
  const size = measurePage(doc);
  const tooLarge = size.tooLarge !== null;
  if (tooLarge) limits.add('page-too-large');
  // Clutter detection first: it reads the page as it is, and extraction may take it apart. The
  // elements were counted just now, unless the measure stopped early.
  const detection = options.clutter
    ? { matches: options.clutter, limits: [] }
    : detectClutterWithin(doc, { timeMs: options.clutterBudgetMs, elements: tooLarge ? undefined : size.elements });
  const clutterIn = options.clutterIn ?? ((d: Document) => detection.matches.map((m) => elementAt(d, m.selector)));
  const article = tooLarge
    ? null
    : extractArticle(doc, { inPlace: options.inPlace === true, reparse: options.reparse, clutterIn });
  for (const limit of detection.limits) limits.add(limit);
  return assemble(article, detection.matches, options, siteNameOf(options.url), limits);
}

/** The digest of a page too large to parse at all (the Node loader's depth check). */
export function digestOfUnparsed(options: DigestOptions = {}): Digest {
  return assemble(null, [], options, siteNameOf(options.url), new Set(['page-too-large', 'clutter-budget']));
}

export function digestText(input: string, options: DigestOptions = {}): Digest {
  const limits = new Set<Limit>();
  if (input.length > LIMITS.pageText) limits.add('text');
  const text = input.length > LIMITS.pageText ? input.slice(0, LIMITS.pageText) : input;
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n|\n(?=\s)/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // A short first block without closing punctuation is the headline.
  const hasTitle = blocks.length > 1 && blocks[0]!.length < 200 && !/[.!?"”]$/.test(blocks[0]!);
  const paragraphs = hasTitle ? blocks.slice(1) : blocks;
  const article: Article | null = paragraphs.length
    ? {
        title: hasTitle ? blocks[0]! : null,
        byline: null,
        siteName: null,
        lang: null,
        published: null,
        excerpt: null,
        paragraphs,
        text: paragraphs.join('\n'),
      }
    : null;
  return assemble(article, [], options, siteNameOf(options.url), limits);
}

/** Puts a digest together, and the one place its bounds (./limits.ts) are applied. */
function assemble(
  found: Article | null,
  foundClutter: ClutterMatch[],
  options: DigestOptions,
  host: string | null,
  limits: Set<Limit>,
): Digest {
  const article = found && boundArticle(found, limits);
  const clutter = boundClutter(foundClutter, limits);
  const published = article?.published ?? (options.published || null);
  const base = {
    url: options.url || null,
    title: article?.title ?? null,
    byline: article?.byline ?? null,
    siteName: article?.siteName ?? host,
    lang: article?.lang ?? null,
    published,
    clutter,
  };
  if (!article) {
    return {
      ...base,
      isArticle: false,
      text: '',
      paragraphs: [],
      wordCount: 0,
      summary: [],
      actors: [],
      dates: [],
      quotes: [],
      ...(limits.size > 0 && { limits: [...limits] }),
    };
  }
  const analysis = boundAnalysis(
    analyse({ title: article.title, paragraphs: article.paragraphs, published, lang: article.lang }),
    limits,
  );
  return {
    ...base,
    isArticle: true,
    text: article.text,
    paragraphs: article.paragraphs,
    wordCount: countWords(article.text),
    ...analysis,
    ...(limits.size > 0 && { limits: [...limits] }),
  };
}

function siteNameOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
