// Every bound the core puts on its work and its output, in one place. Pages are hostile or broken
// as often as they are huge: a digest must come back in bounded time and with bounded size whatever
// the page holds, and it says which bound it hit (`Digest.limits`) instead of hanging or failing.
//
// The values are above what real pages need (the largest page of ../shared/corpora has about 10 000
// elements, 38 levels, one list of 3 711 elements); they only bite on pathological input, and
// `npm run robustness` measures the slowest page just inside them.

import type { ActorType, Analysis, Article, ClutterMatch, Limit } from './types';

export const LIMITS = {
  /** Pages above this many elements are not extracted: twice the largest page of the corpora, where
   * Readability in jsdom takes seconds (a page of 25 000 took 48 s on a loaded two-core machine). */
  pageElements: 20_000,
  /**
   * Pages nested deeper than this are not extracted: Readability's cleaning is quadratic in depth
   * (a page 200 deep with little text took 18 s in jsdom on a loaded machine). The deepest page of
   * the corpora is 38 levels; Chrome's HTML parser stops nesting at 512.
   */
  pageDepth: 128,
  /** Pages with more visible text than this (characters outside scripts and styles) are not extracted. */
  pageText: 1_000_000,
  /**
   * Pages whose sum over elements of (element children)² exceeds this are not extracted: Readability
   * renames elements by replacing them, which jsdom pays for with a scan of the siblings each time,
   * so one list of 12 000 <div>s took minutes. The largest in the corpora is one list of 3 711
   * elements (about 14 million); the bound is one list of 4 000.
   */
  pageSiblings: 16_000_000,

  /** Clutter detection is skipped on pages above this many elements. */
  detectElements: 60_000,
  /** Time budget of one clutter detection in the pipeline (CLI, popup); the content script passes its own. */
  detectMs: 5_000,

  paragraphs: 2_000,
  paragraphChars: 20_000,
  /** The article text handed to the analysis and returned in the digest. */
  textChars: 300_000,

  summary: 10,
  sentenceChars: 1_000,
  actors: 100,
  aliases: 10,
  dates: 200,
  quotes: 100,
  quoteChars: 2_000,
  /** Names, roles, speakers, date texts, bylines. */
  nameChars: 200,
  contextChars: 1_000,
  titleChars: 500,

  clutter: 200,
  clutterTextChars: 100_000,
  /** A longer selector path belongs to an element nested hundreds of levels deep: not listed. */
  selectorChars: 10_000,
} as const;

/** A deadline the long loops of the core check; `expired()` turns true once and stays true. */
export interface Budget {
  expired(): boolean;
}

export function deadline(ms: number, now: () => number = () => performance.now()): Budget {
  const end = now() + ms;
  let over = false;
  return { expired: () => over || (over = now() > end) };
}

export interface PageSize {
  elements: number;
  depth: number;
  textChars: number;
  /** Sum over elements of (number of element children)². */
  siblings: number;
  /** Which bound the page exceeds, if any; the walk stops at the first one. */
  tooLarge: 'elements' | 'depth' | 'text' | 'siblings' | null;
}

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Measures a document without recursion (deep pages overflow recursive walks), stopping at a bound.
 * It reads as few DOM properties as it can (in jsdom each costs): an element's children are counted
 * as they are visited, and whether text counts is known from the element it is in.
 */
export function measurePage(doc: Document): PageSize {
  const size: PageSize = { elements: 0, depth: 0, textChars: 0, siblings: 0, tooLarge: null };
  const root = doc.documentElement;
  if (!root) return size;
  // Per depth: element children seen so far of the open element, and whether its text is page text.
  const children: number[] = [];
  const textual: boolean[] = [];
  let node: Node | null = root;
  let depth = 1;
  while (node) {
    const type = node.nodeType;
    if (type === 1) {
      size.elements++;
      if (depth > size.depth) size.depth = depth;
      if (size.elements > LIMITS.pageElements) return { ...size, tooLarge: 'elements' };
      if (depth > LIMITS.pageDepth) return { ...size, tooLarge: 'depth' };
      // (c + 1)² - c² = 2c + 1: the sum of squared child counts, kept up to date child by child
      // (the root is nobody's child).
      if (depth > 1) size.siblings += 2 * children[depth - 1]!++ + 1;
      if (size.siblings > LIMITS.pageSiblings) return { ...size, tooLarge: 'siblings' };
      if (node.firstChild) {
        children[depth] = 0;
        // localName: jsdom upper-cases nodeName on every read.
        textual[depth] = !NOT_TEXT.has((node as Element).localName);
        node = node.firstChild;
        depth++;
        continue;
      }
    } else if (type === 3 || type === 4) {
      if (textual[depth - 1]) size.textChars += (node as CharacterData).length;
      if (size.textChars > LIMITS.pageText) return { ...size, tooLarge: 'text' };
    }
    // Next node in document order: next sibling, else an ancestor's next sibling.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return size;
}

/** A prefix of at most `max` characters, cut at a space when one is near, never inside a surrogate
 * pair. No ellipsis: a clipped sentence or quote is still a substring of the article. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const space = text.lastIndexOf(' ', max);
  if (space > max * 0.8) end = space;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end).trimEnd();
}

/** The article with at most `paragraphs` paragraphs of at most `paragraphChars`, `textChars` in all. */
export function boundArticle(article: Article, limited: Set<Limit>): Article {
  const paragraphs: string[] = [];
  let total = 0;
  for (const p of article.paragraphs) {
    const room = Math.min(LIMITS.paragraphChars, LIMITS.textChars - total);
    if (paragraphs.length >= LIMITS.paragraphs || room <= 0) {
      limited.add('text');
      break;
    }
    const kept = p.length <= room ? p : clip(p, room) || p.slice(0, room);
    if (kept !== p) limited.add('text');
    paragraphs.push(kept);
    total += kept.length + 1;
  }
  const same =
    paragraphs.length === article.paragraphs.length && paragraphs.every((p, i) => p === article.paragraphs[i]);
  const cut = (text: string | null, max: number) => {
    if (text === null || text.length <= max) return text;
    limited.add('text');
    return clip(text, max);
  };
  return {
    title: cut(article.title, LIMITS.titleChars),
    byline: cut(article.byline, LIMITS.nameChars),
    siteName: cut(article.siteName, LIMITS.nameChars),
    lang: article.lang && article.lang.length <= 35 ? article.lang : null,
    published: article.published && article.published.length <= 64 ? article.published : null,
    // Not part of the digest: bounded, but not worth a `limits` entry.
    excerpt: article.excerpt && clip(article.excerpt, LIMITS.contextChars),
    paragraphs: same ? article.paragraphs : paragraphs,
    text: same ? article.text : paragraphs.join('\n'),
  };
}

function take<T>(list: T[], max: number, name: Limit, limited: Set<Limit>): T[] {
  if (list.length <= max) return list;
  limited.add(name);
  return list.slice(0, max);
}

const TYPES: ReadonlySet<ActorType> = new Set(['person', 'organization', 'place']);

/** The analysis with every list and string within its bound; each cut is recorded in `limited`. */
export function boundAnalysis(analysis: Analysis, limited: Set<Limit>): Analysis {
  const cutter = (list: Limit) => (s: string, max: number) => {
    if (s.length <= max) return s;
    limited.add(list);
    return clip(s, max);
  };
  const cutActor = cutter('actors');
  const cutDate = cutter('dates');
  const cutQuote = cutter('quotes');
  const cutSummary = cutter('summary');
  return {
    summary: take(analysis.summary, LIMITS.summary, 'summary', limited).map((s) => cutSummary(s, LIMITS.sentenceChars)),
    actors: take(analysis.actors, LIMITS.actors, 'actors', limited)
      .filter((a) => TYPES.has(a.type))
      .map((a) => ({
        ...a,
        name: cutActor(a.name, LIMITS.nameChars),
        ...(a.role !== undefined && { role: cutActor(a.role, LIMITS.nameChars) }),
        ...(a.aliases !== undefined && {
          aliases: take(a.aliases, LIMITS.aliases, 'actors', limited).map((n) => cutActor(n, LIMITS.nameChars)),
        }),
      })),
    dates: take(analysis.dates, LIMITS.dates, 'dates', limited).map((d) => ({
      ...d,
      text: cutDate(d.text, LIMITS.nameChars),
      start: cutDate(d.start, 32),
      ...(d.end !== undefined && { end: cutDate(d.end, 32) }),
      ...(d.context !== undefined && { context: cutDate(d.context, LIMITS.contextChars) }),
    })),
    quotes: take(analysis.quotes, LIMITS.quotes, 'quotes', limited).map((q) => ({
      ...q,
      text: cutQuote(q.text, LIMITS.quoteChars),
      speaker: q.speaker === null ? null : cutQuote(q.speaker, LIMITS.nameChars),
      ...(q.speakerRole !== undefined && { speakerRole: cutQuote(q.speakerRole, LIMITS.nameChars) }),
      ...(q.context !== undefined && { context: cutQuote(q.context, LIMITS.contextChars) }),
    })),
  };
}

/** At most `clutter` blocks, each text clipped; blocks nested too deep to name are dropped. */
export function boundClutter(matches: ClutterMatch[], limited: Set<Limit>): ClutterMatch[] {
  const kept = matches.filter((m) => m.selector.length <= LIMITS.selectorChars);
  if (kept.length < matches.length) limited.add('clutter');
  return take(kept, LIMITS.clutter, 'clutter', limited).map((m) =>
    m.text.length > LIMITS.clutterTextChars ? { ...m, text: clip(m.text, LIMITS.clutterTextChars) } : m,
  );
}
