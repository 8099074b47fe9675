// The publication date, taken from the article's own metadata only, strongest signal first:
// JSON-LD datePublished, published meta tags, itemprop/hAtom markup, a <time> in the article's
// header, creation dates, a dateline in the header ("posted on April 21, 2015"), and last the date
// in the page's address. Never from a related-story card: a page full of teasers has many <time>
// elements, and the first one is often someone else's story (Defuddle issue #295).

import { collapse } from '../text';
import { elementsIn } from './dom';

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'article:publicationdate',
  'article:publication_date',
  'og:published_time',
  'published_time',
  'datepublished',
  'date_published',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'publication-date',
  'publicationdate',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'citation_publication_date',
  'citation_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dcterms.date',
  'dc.date',
  'date',
  'article.published',
  'originalpublicationdate',
  'displaydate',
  'cxenseparse:recs:publishtime',
];

const CREATED_META = ['datecreated', 'date_created', 'article:created_time', 'og:created_time'];

const ARTICLE_TYPES = /article|posting|report|blog|news/i;

/** Containers whose dates belong to other stories or to the site, never to the article: what
 * `closest()` of `aside, nav, footer, [class*="related" i], [class*="recommend" i], [class*="card" i],
 * [class*="teaser" i], [class*="promo" i], [class*="popular" i], [class*="trending" i],
 * [class*="sidebar" i], [class*="comment" i], [id*="comment" i]` finds, tested by hand (../dom.ts). */
const FOREIGN_TAGS = new Set(['aside', 'nav', 'footer']);
const FOREIGN_CLASS_WORDS = [
  'related',
  'recommend',
  'card',
  'teaser',
  'promo',
  'popular',
  'trending',
  'sidebar',
  'comment',
];

function inForeign(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (FOREIGN_TAGS.has(e.localName)) return true;
    const cls = e.getAttribute('class');
    if (cls !== null) {
      const lower = cls.toLowerCase();
      if (FOREIGN_CLASS_WORDS.some((w) => lower.includes(w))) return true;
    }
    if (e.getAttribute('id')?.toLowerCase().includes('comment')) return true;
  }
  return false;
}

export interface PublishedHints {
  /** The article's paragraphs as extracted: the header lies before the first real one. */
  paragraphs?: string[] | null;
  /** The page's address; defaults to the document's own. */
  url?: string | null;
}

/** Returns an ISO 8601 date or date-time string, or null. */
export function findPublished(doc: Document, hints: PublishedHints = {}): string | null {
  return explainPublished(doc, hints)?.iso ?? null;
}

export type PublishedSource =
  'json-ld' | 'meta' | 'itemprop' | 'header-time' | 'json-ld-created' | 'meta-created' | 'dateline' | 'url';

/** The publication date and which signal gave it, or null. */
export function explainPublished(
  doc: Document,
  hints: PublishedHints = {},
): { iso: string; source: PublishedSource } | null {
  return resolvePublished(probePublished(doc, hints.url), hints.paragraphs);
}

/**
 * Everything the page's markup says about its publication date, read in one walk. Extraction
 * probes the page before Readability runs (Readability takes the page apart when it may work on
 * it in place), and resolves the probe once it has the article's paragraphs, which only the
 * dateline step needs.
 */
export interface PublishedProbe {
  /** The first of the metadata steps (json-ld to meta-created) that gave a date. */
  found: { iso: string; source: PublishedSource } | null;
  urlDate: UrlDate | null;
  /** What the dateline step needs of the page, when no metadata step gave a date. */
  dateline: DatelineProbe | null;
}

/**
 * The dateline step: the first date-like element after the headline that reads as a date, and
 * where the page's text lies. The date counts when the element comes before the first paragraph
 * (the element holding its start, found from the paragraph's text once it is known).
 */
interface DatelineProbe {
  /** Position of the element in document order (of all the page's elements). */
  at: number;
  iso: string;
  /** The text nodes under <body> in order, with the position of their parent element; null when
   * the page has no body. */
  texts: { value: string; parent: number }[] | null;
}

/** Reads what `explainPublished` needs of the page; never changes it. `els`: the page's elements in
 * document order (`elementsIn(doc)`), when the caller has them. */
export function probePublished(doc: Document, pageUrl?: string | null, els = elementsIn(doc)): PublishedProbe {
  const url = pageUrl ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : null);
  const urlDate = dateInUrl(url);
  const page = new PageFacts(doc, els);
  const steps: [PublishedSource, () => string | null][] = [
    ['json-ld', () => fromJsonLd(page.jsonLd(), 'datePublished')],
    ['meta', () => fromMeta(page.metas(), PUBLISHED_META)],
    ['itemprop', () => fromItemprop(page)],
    ['header-time', () => fromHeaderTime(page)],
    ['json-ld-created', () => fromJsonLd(page.jsonLd(), 'dateCreated')],
    ['meta-created', () => fromMeta(page.metas(), CREATED_META)],
  ];
  for (const [source, step] of steps) {
    const iso = step();
    if (iso) return { found: { iso, source }, urlDate, dateline: null };
  }
  return { found: null, urlDate, dateline: probeDateline(doc, els, urlDate) };
}

/** The publication date from a probe of the page and the article's paragraphs. */
export function resolvePublished(
  probe: PublishedProbe,
  paragraphs: string[] | null | undefined,
): { iso: string; source: PublishedSource } | null {
  if (probe.found) return probe.found;
  const dateline = probe.dateline && fromDateline(probe.dateline, paragraphs?.find((p) => p.length >= 40) ?? null);
  if (dateline) return { iso: dateline, source: 'dateline' };
  return probe.urlDate ? { iso: probe.urlDate.iso, source: 'url' } : null;
}

/** `.name`: a class token, matched without regard to case in quirks mode, as selectors do. */
function hasClass(el: Element, name: string, quirks: boolean): boolean {
  const cls = el.getAttribute('class');
  // Most class attributes do not hold the name at all: spared the split.
  if (cls === null || !(quirks ? cls.toLowerCase() : cls).includes(name)) return false;
  for (const token of cls.split(/[ \t\n\f\r]+/)) {
    if (token === name || (quirks && token.toLowerCase() === name)) return true;
  }
  return false;
}

/** The page's elements in order and what the steps ask of them, each worked out once. */
class PageFacts {
  readonly quirks: boolean;
  private ld: unknown[] | null = null;
  private metaMap: Map<string, string> | null = null;

  constructor(
    readonly doc: Document,
    readonly els: Element[],
  ) {
    this.quirks = doc.compatMode === 'BackCompat';
  }

  hasClass(el: Element, name: string): boolean {
    return hasClass(el, name, this.quirks);
  }

  /** The parsed contents of every `script[type="application/ld+json"]` (the type in any case). */
  jsonLd(): unknown[] {
    if (this.ld) return this.ld;
    this.ld = [];
    for (const el of this.els) {
      if (!isJsonLd(el)) continue;
      try {
        // Some sites wrap the JSON in a CDATA section.
        const text = (el.textContent ?? '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '');
        this.ld.push(JSON.parse(text));
      } catch {
        continue;
      }
    }
    return this.ld;
  }

  /** `meta[content]` by lower-case property, name or itemprop; the first of each wins. */
  metas(): Map<string, string> {
    if (this.metaMap) return this.metaMap;
    const found = new Map<string, string>();
    for (const meta of this.els) {
      if (!isMeta(meta)) continue;
      const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
        .trim()
        .toLowerCase();
      if (key && !found.has(key)) found.set(key, meta.getAttribute('content') ?? '');
    }
    this.metaMap = found;
    return found;
  }
}

const isJsonLd = (el: Element) =>
  el.localName === 'script' && el.getAttribute('type')?.toLowerCase() === 'application/ld+json';
const isMeta = (el: Element) => el.localName === 'meta' && el.hasAttribute('content');

function fromMeta(found: Map<string, string>, names: string[]): string | null {
  for (const name of names) {
    const iso = toIso(found.get(name));
    if (iso) return iso;
  }
  return null;
}

function fromJsonLd(blocks: unknown[], field: 'datePublished' | 'dateCreated'): string | null {
  for (const data of blocks) {
    const iso = dateIn(data, field, 0);
    if (iso) return iso;
  }
  return null;
}

function dateIn(node: unknown, field: string, depth: number): string | null {
  if (depth > 4 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const iso = dateIn(item, field, depth + 1);
      if (iso) return iso;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  const type = String(record['@type'] ?? '');
  if (ARTICLE_TYPES.test(type) || (!type && typeof record[field] === 'string')) {
    const iso = toIso(record[field]);
    if (iso) return iso;
  }
  return dateIn(record['@graph'], field, depth + 1) ?? dateIn(record.mainEntity, field, depth + 1);
}

/** `[itemprop="datePublished"], .published[datetime], abbr.published[title]`, outside FOREIGN. */
function fromItemprop(page: PageFacts): string | null {
  for (const el of page.els) {
    if (!isPublishedMarkup(el, page.quirks) || el.tagName === 'META' || inForeign(el)) continue;
    const iso = toIso(
      el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? el.textContent,
    );
    if (iso) return iso;
  }
  return null;
}

const isPublishedMarkup = (el: Element, quirks: boolean) =>
  el.getAttribute('itemprop') === 'datePublished' ||
  ((el.hasAttribute('datetime') || (el.localName === 'abbr' && el.hasAttribute('title'))) &&
    hasClass(el, 'published', quirks));

/** A <time> in the article's header: `article header time[datetime], .entry-header time[datetime],
 * .post-header time[datetime], .article-header time[datetime]`, outside FOREIGN. */
function fromHeaderTime(page: PageFacts): string | null {
  for (const time of page.els) {
    if (!isHeaderTime(time, page.quirks) || inForeign(time)) continue;
    const iso = toIso(time.getAttribute('datetime'));
    if (iso) return iso;
  }
  return null;
}

function isHeaderTime(el: Element, quirks: boolean): boolean {
  if (el.localName !== 'time' || !el.hasAttribute('datetime')) return false;
  let header = false;
  for (let e = el.parentElement; e; e = e.parentElement) {
    if (header && e.localName === 'article') return true;
    if (e.localName === 'header') header = true;
    if (
      hasClass(e, 'entry-header', quirks) ||
      hasClass(e, 'post-header', quirks) ||
      hasClass(e, 'article-header', quirks)
    )
      return true;
  }
  return false;
}

const isHeadline = (el: Element) => el.localName === 'h1';

/** `time, [class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i],
 * [class*="dateline" i], [id*="date" i]`: where a visible dateline may be. */
function datelineCandidate(el: Element): boolean {
  if (el.localName === 'time') return true;
  const cls = el.getAttribute('class')?.toLowerCase();
  if (cls && (cls.includes('date') || cls.includes('time') || cls.includes('publish') || cls.includes('posted')))
    return true;
  return el.getAttribute('id')?.toLowerCase().includes('date') ?? false;
}

/**
 * A visible dateline between the headline and the first paragraph ("posted on April 21, 2015, at
 * 11:29 a.m.", "March 18 at 3:57 PM"): elements whose class names a date, or <time> elements.
 * The probe finds the first such element after the headline that reads as a date; whether it
 * comes before the first paragraph is decided with the paragraphs (fromDateline).
 */
function probeDateline(doc: Document, els: Element[], urlDate: UrlDate | null): DatelineProbe | null {
  const headline = els.findIndex(isHeadline);
  if (headline < 0) return null;
  for (let at = headline + 1; at < els.length; at++) {
    const el = els[at]!;
    if (!datelineCandidate(el) || inForeign(el)) continue;
    const text = collapse(el.getAttribute('datetime') ?? el.textContent ?? '');
    if (!text || text.length > 120) continue;
    const iso = toIso(text) ?? textualDate(text, urlDate?.year ?? null);
    if (!iso) continue;
    // A date without a year borrowed the address's year; it must agree with the address's day.
    if (urlDate?.day && iso.slice(0, 10) !== urlDate.iso && !/\d{4}/.test(text)) continue;
    return { at, iso, texts: doc.body ? textsUnder(doc.body, els) : null };
  }
  return null;
}

/** The text nodes under `root` in document order, each with the position of its parent in `els`.
 * The walk meets the elements in the order of `els`, so it counts its way through them (a map from
 * element to position cost more than the walk). */
function textsUnder(root: Element, els: Element[]): { value: string; parent: number }[] {
  const out: { value: string; parent: number }[] = [];
  const stack: number[] = [];
  let parent = els.indexOf(root);
  let seen = parent;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      // Shorter texts never match (fromDateline skips collapsed texts under 8 characters).
      if ((node as Text).length >= 8) out.push({ value: (node as Text).data, parent });
    } else if (node.nodeType === 1) {
      seen++;
      if (node.firstChild) {
        stack.push(parent);
        parent = seen;
        node = node.firstChild;
        continue;
      }
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (node === root) node = null;
      else parent = stack.pop() ?? -1;
    }
    node = node ? node.nextSibling : null;
  }
  return out;
}

/** The probe's dateline when it lies before the element holding the start of the article's first
 * paragraph (found through the page's text nodes), as a dateline between headline and story does. */
function fromDateline(probe: DatelineProbe, firstParagraph: string | null): string | null {
  if (!firstParagraph || !probe.texts) return null;
  const text = collapse(firstParagraph).slice(0, 40);
  if (text.length < 12) return null;
  for (const { value: raw, parent } of probe.texts) {
    const value = collapse(raw);
    if (value.length < 8) continue;
    if (value.startsWith(text) || text.startsWith(value)) return parent > probe.at ? probe.iso : null;
  }
  return null;
}

/** Each selector the steps used to query, with the test by hand that stands for it now (for
 * the tests, which check that both select the same elements). `closest`: the selector was asked
 * of the element and its ancestors. */
export const MATCHERS: { selector: string; closest?: boolean; test: (el: Element, quirks: boolean) => boolean }[] = [
  { selector: 'script[type="application/ld+json"]', test: isJsonLd },
  { selector: 'meta[content]', test: isMeta },
  { selector: '[itemprop="datePublished"], .published[datetime], abbr.published[title]', test: isPublishedMarkup },
  {
    selector:
      'article header time[datetime], .entry-header time[datetime], .post-header time[datetime], .article-header time[datetime]',
    test: isHeaderTime,
  },
  { selector: 'h1', test: isHeadline },
  {
    selector:
      'time, [class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [class*="dateline" i], [id*="date" i]',
    test: datelineCandidate,
  },
  {
    selector:
      'aside, nav, footer, [class*="related" i], [class*="recommend" i], [class*="card" i], [class*="teaser" i], [class*="promo" i], [class*="popular" i], [class*="trending" i], [class*="sidebar" i], [class*="comment" i], [id*="comment" i]',
    closest: true,
    test: inForeign,
  },
];

interface UrlDate {
  iso: string;
  year: number;
  day: boolean;
}

const URL_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "/2015/03/18/", "/2019/jan/03/", "/2017-11-16/" in the page's path. */
export function dateInUrl(url: string | null | undefined): UrlDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-]([01]?\d|[a-z]{3})[/-]([0-3]?\d)(?=[/_.-]|$)/i.exec(path);
  if (m) {
    const y = +m[1]!;
    const mo = /^\d+$/.test(m[2]!) ? +m[2]! : URL_MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    const d = +m[3]!;
    if (validDay(y, mo, d)) return { iso: ymd(y, mo, d), year: y, day: true };
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function validDay(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Normalises a date string to ISO 8601, keeping the date and time as the publisher wrote them. */
export function toIso(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  const ymdMatch = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (ymdMatch) {
    const [, y, m, d] = ymdMatch;
    if (!validDay(+y!, +m!, +d!)) return null;
    const time = /^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)\s*(Z|[+-]\d{2}:?\d{2})?/.exec(s);
    if (!time) return `${y}-${m}-${d}`;
    const zone = time[2] ? time[2].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : '';
    return `${y}-${m}-${d}T${time[1]}${zone}`;
  }
  if (/^\d{8}$/.test(s)) {
    const [y, m, d] = [+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8)];
    return validDay(y, m, d) ? ymd(y, m, d) : null;
  }
  if (/^\d{10}(\d{3})?$/.test(s)) {
    // Unix time in seconds or milliseconds: the only form without a written day, so UTC.
    const ms = s.length === 10 ? +s * 1000 : +s;
    const date = new Date(ms);
    return date.getUTCFullYear() >= 1990 ? date.toISOString().replace(/\.000Z$/, 'Z') : null;
  }
  return textualDate(s, null);
}

const MONTH_WORDS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** A month's name in English, whole or cut short ("Sep", "Sept", "September"). */
export const MONTH_NAMES =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const MONTH = new RegExp(`\\b(${MONTH_NAMES})\\.?(?![a-z])`, 'i');

/**
 * Reads a written date with its time: "Fri Mar 13 21:30:09 EST 2015", "April 21, 2015, at 11:29
 * a.m.", "16 November 2017 • 2:15pm", "Fri, 31 Dec 2021 10:00:00 GMT", "March 18 at 3:57 PM"
 * (with `fallbackYear`). The day and time stay as written; a zone is kept only when unambiguous.
 */
export function textualDate(text: string, fallbackYear: number | null): string | null {
  const s = text.replace(/\s+/g, ' ');
  const month = MONTH.exec(s);
  let y: number | null;
  let m: number | null;
  let d: number | null = null;
  let rest: string;
  if (month) {
    m = MONTH_WORDS[month[1]!.slice(0, 3).toLowerCase()]!;
    const after = s.slice(month.index + month[0].length);
    const before = s.slice(0, month.index);
    const dayAfter = /^\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!:)/.exec(after);
    const dayBefore = /\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s*$/.exec(before);
    if (dayAfter) d = +dayAfter[1]!;
    else if (dayBefore) d = +dayBefore[1]!;
    const year = /\b(19\d{2}|20\d{2})\b/.exec(s);
    y = year ? +year[1]! : fallbackYear;
    rest = s.replace(/\b(19\d{2}|20\d{2})\b/, ' ');
  } else {
    const numeric = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(s);
    if (!numeric) return null;
    [y, m, d] = [+numeric[1]!, +numeric[2]!, +numeric[3]!];
    rest = s.slice(numeric.index + numeric[0].length);
  }
  if (y === null || m === null || d === null || !validDay(y, m, d)) return null;
  const date = ymd(y, m, d);
  const time = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(?:m\b\.?)?/i.exec(rest);
  if (!time) return date;
  let hour = +time[1]!;
  const minute = +time[2]!;
  const ampm = time[4]?.toLowerCase();
  if (ampm === 'p' && hour < 12) hour += 12;
  if (ampm === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return date;
  const seconds = time[3] ? `:${time[3]}` : '';
  const zoneText = rest.slice(time.index + time[0].length);
  const offset = /^\s*(?:GMT|UTC)?\s*([+-])(\d{2}):?(\d{2})\b/.exec(zoneText);
  const zone = offset ? `${offset[1]}${offset[2]}:${offset[3]}` : /^\s*(?:GMT|UTC|Z)\b/.test(zoneText) ? 'Z' : '';
  return `${date}T${pad(hour)}:${pad(minute)}${seconds}${zone}`;
}
