// A fast article locator for the guard: Readability's first pass, on the scan's numbers, without
// cloning or changing the page. Paragraphs score their parent and grandparent (and, less, three
// more ancestors); class names weigh in; the best-scoring container, discounted by its link
// density, is the article root. Regions with clutter or navigation names are skipped, as
// Readability skips "unlikely candidates"; when that leaves too little text, the page is scored
// again without skipping, and the page is marked as not a clear article.
//
// The guard then protects every story paragraph: a text block inside the root (or a sibling that
// scores like it) that is not inside a clutter-named region of the root.

import { LIKELY_WORDS, MODIFIER_WORDS, TAXONOMY_WORDS, TOKEN_WORDS, UNLIKELY_WORDS } from './rules';
import { contains, nameWords, type PageIndex } from './scan';
import {
  MIN_ARTICLE_CHARS,
  MIN_PARAGRAPH_CHARS,
  STORY_MAX_LINK_DENSITY,
  STORY_MIN_WORDS,
  STORY_SHARE,
} from './tunables';

export interface Article {
  /** Index of the article root, -1 when the page has none. */
  root: number;
  /** True when the root holds enough paragraph text with clutter regions skipped. */
  clear: boolean;
  /** The root and the siblings that score like it. */
  roots: number[];
  /** The story region: the roots' lowest ancestor holding most of the page's prose. */
  region: number;
  /** 1 for story paragraphs (and the headline, and code blocks of the story). */
  para: Uint8Array;
  /** 1 for story paragraphs and every ancestor of one (and for the roots and their ancestors). */
  holds: Uint8Array;
}

/** Bits of `regionFlags`. */
export const KIND_BIT = { comments: 1, newsletter: 2, related: 4, share: 8 } as const;
const UNLIKELY = 16;
const LIKELY = 32;
/** A third-party widget (set by the detector from its unambiguous selector rules). */
export const WIDGET = 64;

/** Tags whose own text Readability scores as a paragraph (a div's phrasing runs become one). */
const SCORED = new Set([
  'p',
  'pre',
  'td',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'div',
  'article',
  'main',
  'center',
  'font',
  'span',
]);
/** Candidates kept for the final choice (Readability's nbTopCandidates). */
const TOP_CANDIDATES = 5;
/** Of those, the ones that are the paragraph themselves (a div's runs are its children). */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Readability's class-name weights. */
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const TAG_WEIGHT: Record<string, number> = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};
/** Never regions to skip, whatever their class says. */
const NEVER_SKIPPED = new Set(['html', 'body', 'main', 'a']);
/** A named region holding this share of the page's text is a layout wrapper, not clutter. */
const WRAPPER_SHARE = 0.8;
/** Skipped by tag: navigation, forms, and what HTML marks as beside or after the content. */
const SKIPPED_TAGS = new Set(['nav', 'form', 'aside', 'footer']);

/**
 * Flags per element from its id and class names: which kinds of clutter it is a container of
 * (KIND_BIT), and whether it names an unlikely or a likely region.
 */
export function regionFlags(index: PageIndex): Uint8Array {
  const flags = new Uint8Array(index.els.length);
  for (let i = 0; i < flags.length; i++) {
    const id = index.ids[i];
    const cls = index.classes[i];
    if (!id && !cls) continue;
    flags[i] = (id ? nameFlags(id) : 0) | (cls ? classFlags(cls) : 0);
  }
  return flags;
}

/** Class attributes repeat even more than names (every comment of a list has the same one). */
const CLASS_CACHE = new Map<string, number>();

function classFlags(cls: string): number {
  let f = CLASS_CACHE.get(cls);
  if (f !== undefined) return f;
  f = 0;
  for (const name of cls.split(/\s+/)) if (name) f |= nameFlags(name);
  if (CLASS_CACHE.size >= NAME_CACHE_SIZE) CLASS_CACHE.clear();
  CLASS_CACHE.set(cls, f);
  return f;
}

/** Names repeat across a page and across pages: their flags are worked out once. */
const NAME_CACHE = new Map<string, number>();
const NAME_CACHE_SIZE = 20_000;

/**
 * The flags of one id or class name. A kind word next to a modifier in the same name
 * (`comments-open`, `comment-count`, `has-comments`) does not count.
 */
export function nameFlags(name: string): number {
  let f = NAME_CACHE.get(name);
  if (f !== undefined) return f;
  f = 0;
  const words = nameWords(name);
  // Taxonomy classes (WordPress adds category-comment, tag-share, format-status to a post) say
  // what the post is about, not what the element is.
  if (TAXONOMY_WORDS.test(words[0] ?? '')) {
    NAME_CACHE.set(name, 0);
    return 0;
  }
  const modified = words.some((w) => MODIFIER_WORDS.test(w));
  for (const w of words) {
    if (LIKELY_WORDS.test(w)) f |= LIKELY;
    if (modified) continue;
    if (TOKEN_WORDS.comments.test(w)) f |= KIND_BIT.comments;
    else if (TOKEN_WORDS.newsletter.test(w)) f |= KIND_BIT.newsletter;
    else if (TOKEN_WORDS.related.test(w)) f |= KIND_BIT.related;
    else if (TOKEN_WORDS.share.test(w)) f |= KIND_BIT.share;
    else if (UNLIKELY_WORDS.test(w)) f |= UNLIKELY;
  }
  if (NAME_CACHE.size >= NAME_CACHE_SIZE) NAME_CACHE.clear();
  NAME_CACHE.set(name, f);
  return f;
}

/** True for a region whose paragraphs are not story: comments, sign-ups, shares, or unlikely. */
function skippedRegion(index: PageIndex, flags: Uint8Array, i: number): boolean {
  const name = index.tags[i]!;
  if (NEVER_SKIPPED.has(name) || (name === 'form' && leftOpen(index, i))) return false;
  if (SKIPPED_TAGS.has(name)) return true;
  const f = flags[i]!;
  if (f & WIDGET) return true;
  const named =
    (f & (KIND_BIT.comments | KIND_BIT.newsletter | KIND_BIT.share)) !== 0 ||
    ((f & (KIND_BIT.related | UNLIKELY)) !== 0 && (f & LIKELY) === 0);
  // A layout wrapper named for what sits beside the story (`layout-with-sidebar`,
  // `social-scroll-past-this`) holds the headline or most of the page: it is not that region.
  return named && index.h1s[i] === 0 && index.text[i]! < WRAPPER_SHARE * index.text[0]!;
}

/** The HTML parser's formatting elements, which it opens again wherever text follows them. */
const FORMATTING = new Set([
  'a',
  'b',
  'big',
  'code',
  'em',
  'font',
  'i',
  'nobr',
  's',
  'small',
  'strike',
  'strong',
  'tt',
  'u',
]);

/**
 * A form that broken markup left open: a "</form>" met inside an unclosed <b> ends the form but
 * not the <b> opened again in it, and what follows, story paragraphs included, is parsed into
 * the form, inside that element. Such a form is not a region beside the story, whatever its name.
 */
function leftOpen(index: PageIndex, form: number): boolean {
  for (let i = form + 1; i < index.end[form]!; i++) {
    if (index.tags[i] === 'p' && FORMATTING.has(index.tags[index.parent[i]!]!)) return true;
  }
  return false;
}

function classWeight(index: PageIndex, i: number): number {
  let w = 0;
  const cls = index.classes[i];
  if (cls) {
    if (NEGATIVE.test(cls)) w -= 25;
    if (POSITIVE.test(cls)) w += 25;
  }
  const id = index.ids[i];
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}

export interface Pass {
  root: number;
  /** The best candidates with their scores, best first (for tests and debugging). */
  top: [number, number][];
  roots: number[];
  /** Paragraph text (characters) of the scored paragraphs in the roots. */
  prose: number;
}

/** Per element, 1 when it is or lies in a skipped region. */
export function skippedRegions(index: PageIndex, flags: Uint8Array): Uint8Array {
  const n = index.els.length;
  const skipped = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = index.parent[i]!;
    skipped[i] = (p >= 0 && skipped[p]) || skippedRegion(index, flags, i) ? 1 : 0;
  }
  return skipped;
}

/** One scoring pass; paragraphs inside `skipped` regions do not score (none when null). */
export function score(index: PageIndex, skipped: Uint8Array | null): Pass {
  const n = index.els.length;
  // Paragraph points per candidate; the tag and class weights are added at the end.
  const scores = new Map<number, number>();
  const bump = (a: number, s: number) => scores.set(a, (scores.get(a) ?? 0) + s);
  for (let i = 0; i < n; i++) {
    if ((skipped && skipped[i]) || index.own[i]! < MIN_PARAGRAPH_CHARS) continue;
    const name = index.tags[i]!;
    if (!SCORED.has(name)) continue;
    const s = 1 + index.ownCommas[i]! + 1 + Math.min(Math.floor(index.own[i]! / 100), 3);
    // A p (or a div of phrasing content only) scores from its parent up; the phrasing runs of a
    // div that also holds blocks are a paragraph inside the div.
    let a = PARAGRAPH_TAGS.has(name) || index.own[i] === index.text[i] ? index.parent[i]! : i;
    for (let level = 0; level < 5 && a > 0; level++) {
      bump(a, s / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      a = index.parent[a]!;
    }
  }
  const final = new Map<number, number>();
  const top: number[] = [];
  for (const [a, points] of scores) {
    // A bonus for a name like "post" is worth at most the text under it: a tiny box named
    // post-ratings must not outscore the story (Readability adds it in full).
    const weight = (TAG_WEIGHT[index.tags[a]!] ?? 0) + classWeight(index, a);
    const s = points + Math.min(weight, points);
    const text = index.text[a]!;
    const f = s * (1 - (text ? index.linkText[a]! / text : 0));
    final.set(a, f);
    let k = top.length;
    while (k > 0 && final.get(top[k - 1]!)! < f) k--;
    if (k < TOP_CANDIDATES) top.splice(k, 0, a);
    if (top.length > TOP_CANDIDATES) top.pop();
  }
  if (!top.length) return { root: -1, roots: [], prose: 0, top: [] };
  let root = top[0]!;
  const best = final.get(root)!;
  // Several near-best candidates under one ancestor: the story is split in blocks (Readability).
  const close = top.slice(1).filter((c) => final.get(c)! >= 0.75 * best);
  if (close.length >= 3) {
    for (let a = index.parent[root]!; a > 1 && index.tags[a] !== 'body'; a = index.parent[a]!) {
      if (close.filter((c) => contains(index, a, c)).length >= 3) {
        root = a;
        break;
      }
    }
  }
  // A parent scoring higher than the root, close above it, holds more of the story (Readability).
  let last = final.get(root) ?? best;
  for (let a = index.parent[root]!; a > 1 && index.tags[a] !== 'body'; a = index.parent[a]!) {
    const s = final.get(a);
    if (s === undefined) continue;
    if (s < best / 3) break;
    if (s > last) {
      root = a;
      break;
    }
    last = s;
  }
  // A root that is the only element child of its parent: take the parent (Readability does).
  for (let p = index.parent[root]!; p > 1 && index.els[p]!.children.length === 1; p = index.parent[p]!) root = p;
  // Paragraphs straight in <body> make the body the root (Readability wraps them in a div).
  if (index.tags[root] === 'html') return { root: -1, roots: [], prose: 0, top: [] };
  // Siblings that score like the root belong to the article too (Readability's sibling step).
  const roots = [root];
  const parent = index.parent[root]!;
  const threshold = Math.max(10, best * 0.2);
  const rootClass = index.classes[root] ?? '';
  for (let s = parent + 1; s < index.end[parent]!; s = index.end[s]!) {
    if (s === root || (skipped && skipped[s])) continue;
    const bonus = rootClass && index.classes[s] === rootClass ? best * 0.2 : 0;
    const own = index.own[s]!;
    const linky = own ? index.ownLink[s]! / own : 0;
    if ((final.get(s) ?? 0) + bonus >= threshold || (index.tags[s] === 'p' && own > 80 && linky < 0.25)) roots.push(s);
  }
  let prose = 0;
  for (const r of roots) {
    for (let i = r; i < index.end[r]!; i++) {
      if (isProse(index, skipped, i)) prose += index.own[i]!;
    }
  }
  return { root, roots, prose, top: top.map((c) => [c, final.get(c)!]) };
}

/** Finds the article and marks the story paragraphs the guard protects. */
export function locateArticle(index: PageIndex, flags: Uint8Array): Article {
  const n = index.els.length;
  const skipped = skippedRegions(index, flags);
  let pass = score(index, skipped);
  const clear = pass.root >= 0 && pass.prose >= MIN_ARTICLE_CHARS;
  if (!clear) {
    const loose = score(index, null);
    if (loose.root >= 0 && loose.prose > pass.prose) pass = loose;
  }
  const para = new Uint8Array(n);
  const holds = new Uint8Array(n);
  const { root, roots } = pass;
  if (root < 0) return { root, clear: false, roots, region: -1, para, holds };
  const mark = (i: number) => {
    for (let a = i; a >= 0 && !holds[a]; a = index.parent[a]!) holds[a] = 1;
  };
  // The story region: the root, widened to the lowest ancestor holding most of the page's prose
  // (a story split into blocks that Readability's root does not all cover).
  const prose = proseBelow(index, clear ? skipped : null);
  let region = roots.length > 1 ? index.parent[root]! : root;
  while (
    prose[region]! < STORY_SHARE * prose[0]! &&
    index.parent[region]! > 0 &&
    index.tags[index.parent[region]!] !== 'body'
  ) {
    region = index.parent[region]!;
  }
  for (const r of roots) mark(r);
  // In a clear article, clutter-named regions inside the story region are not story; otherwise
  // all of it is (the page's clutter could not be told apart from its story).
  const out = new Uint8Array(index.end[region]! - region);
  for (let i = region; i < index.end[region]!; i++) {
    const excluded = i !== region && clear && (out[index.parent[i]! - region] === 1 || skippedRegion(index, flags, i));
    out[i - region] = excluded ? 1 : 0;
    if (excluded) continue;
    const own = index.own[i]!;
    const story =
      index.tags[i] === 'pre' ||
      (index.ownWords[i]! >= STORY_MIN_WORDS && (own ? index.ownLink[i]! / own : 0) < STORY_MAX_LINK_DENSITY);
    if (story) {
      para[i] = 1;
      mark(i);
    }
  }
  // The headline: the first h1 in the region, else the last one before it.
  let headline = -1;
  for (let i = 0; i < index.end[region]!; i++) {
    if (index.tags[i] !== 'h1') continue;
    headline = i;
    if (i >= region) break;
  }
  if (headline >= 0) {
    para[headline] = 1;
    mark(headline);
  }
  return { root, clear, roots, region, para, holds };
}

/** Per element, the paragraph text (scored paragraphs, outside skipped regions) in its subtree. */
function proseBelow(index: PageIndex, skipped: Uint8Array | null): Float64Array {
  const n = index.els.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) if (isProse(index, skipped, i)) out[i] = index.own[i]!;
  for (let i = n - 1; i > 0; i--) out[index.parent[i]!]! += out[i]!;
  return out;
}

function isProse(index: PageIndex, skipped: Uint8Array | null, i: number): boolean {
  const own = index.own[i]!;
  return (
    own >= MIN_PARAGRAPH_CHARS &&
    !(skipped && skipped[i]) &&
    SCORED.has(index.tags[i]!) &&
    index.ownLink[i]! / own < STORY_MAX_LINK_DENSITY
  );
}

/** True when candidate `c` may be hidden as far as the article is concerned. */
export function safeForArticle(index: PageIndex, article: Article, c: number): boolean {
  if (article.holds[c]) return false;
  // Part of a story paragraph's own text (a link or a button in it): hiding it would cut the
  // paragraph. (A block inside a story div of mixed content is not part of its text.)
  const block = index.block[c]!;
  if (block !== c && block >= 0 && article.para[block]) return false;
  return (
    !(article.region >= 0 && contains(index, c, article.region)) && !article.roots.some((r) => contains(index, c, r))
  );
}
