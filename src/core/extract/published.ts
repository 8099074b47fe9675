// The publication date, taken from the article's own metadata only, strongest signal first:
// JSON-LD datePublished, published meta tags, itemprop/hAtom markup, a <time> in the article's
// header, creation dates, a dateline in the header ("posted on April 21, 2015"), and last the date
// in the page's address. Never from a related-story card: a page full of teasers has many <time>
// elements, and the first one is often someone else's story (Defuddle issue #295).

import { collapse } from '../text';

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

/** Containers whose dates belong to other stories or to the site, never to the article. */
const FOREIGN =
  'aside, nav, footer, [class*="related" i], [class*="recommend" i], [class*="card" i], [class*="teaser" i], [class*="promo" i], [class*="popular" i], [class*="trending" i], [class*="sidebar" i], [class*="comment" i], [id*="comment" i]';

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
  const url = hints.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : null);
  const urlDate = dateInUrl(url);
  const steps: [PublishedSource, () => string | null][] = [
    ['json-ld', () => fromJsonLd(doc, 'datePublished')],
    ['meta', () => fromMeta(doc, PUBLISHED_META)],
    ['itemprop', () => fromItemprop(doc)],
    ['header-time', () => fromHeaderTime(doc)],
    ['json-ld-created', () => fromJsonLd(doc, 'dateCreated')],
    ['meta-created', () => fromMeta(doc, CREATED_META)],
    ['dateline', () => fromDateline(doc, hints.paragraphs?.find((p) => p.length >= 40) ?? null, urlDate)],
    ['url', () => urlDate?.iso ?? null],
  ];
  for (const [source, step] of steps) {
    const iso = step();
    if (iso) return { iso, source };
  }
  return null;
}

function fromMeta(doc: Document, names: string[]): string | null {
  const found = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    if (key && !found.has(key)) found.set(key, meta.getAttribute('content') ?? '');
  }
  for (const name of names) {
    const iso = toIso(found.get(name));
    if (iso) return iso;
  }
  return null;
}

function fromJsonLd(doc: Document, field: 'datePublished' | 'dateCreated'): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      // Some sites wrap the JSON in a CDATA section.
      const text = (script.textContent ?? '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '');
      data = JSON.parse(text);
    } catch {
      continue;
    }
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

function fromItemprop(doc: Document): string | null {
  for (const el of doc.querySelectorAll('[itemprop="datePublished"], .published[datetime], abbr.published[title]')) {
    if (el.tagName === 'META' || el.closest(FOREIGN)) continue;
    const iso = toIso(
      el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? el.textContent,
    );
    if (iso) return iso;
  }
  return null;
}

/** A <time> in the article's header. */
function fromHeaderTime(doc: Document): string | null {
  const times = doc.querySelectorAll(
    'article header time[datetime], .entry-header time[datetime], .post-header time[datetime], .article-header time[datetime]',
  );
  for (const time of times) {
    if (time.closest(FOREIGN)) continue;
    const iso = toIso(time.getAttribute('datetime'));
    if (iso) return iso;
  }
  return null;
}

/**
 * A visible dateline between the headline and the first paragraph ("posted on April 21, 2015, at
 * 11:29 a.m.", "March 18 at 3:57 PM"): elements whose class names a date, or <time> elements.
 */
function fromDateline(doc: Document, firstParagraph: string | null, urlDate: UrlDate | null): string | null {
  const headline = doc.querySelector('h1');
  if (!headline) return null;
  const end = firstParagraph ? findParagraph(doc, firstParagraph) : null;
  if (!end) return null;
  const candidates = doc.querySelectorAll(
    'time, [class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [class*="dateline" i], [id*="date" i]',
  );
  for (const el of candidates) {
    if (!(headline.compareDocumentPosition(el) & 4)) continue; // not after the headline
    if (!(el.compareDocumentPosition(end) & 4)) break; // past the first paragraph
    if (el.closest(FOREIGN)) continue;
    const text = collapse(el.getAttribute('datetime') ?? el.textContent ?? '');
    if (!text || text.length > 120) continue;
    const iso = toIso(text) ?? textualDate(text, urlDate?.year ?? null);
    if (!iso) continue;
    // A date without a year borrowed the address's year; it must agree with the address's day.
    if (urlDate?.day && iso.slice(0, 10) !== urlDate.iso && !/\d{4}/.test(text)) continue;
    return iso;
  }
  return null;
}

/** The element that holds the start of the article's first paragraph, found through its text nodes. */
function findParagraph(doc: Document, text: string): Element | null {
  const probe = collapse(text).slice(0, 40);
  if (probe.length < 12 || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = collapse(node.nodeValue ?? '');
    if (value.length < 8) continue;
    if (value.startsWith(probe) || probe.startsWith(value)) return node.parentElement;
  }
  return null;
}

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

/**
 * Reads a written date with its time: "Fri Mar 13 21:30:09 EST 2015", "April 21, 2015, at 11:29
 * a.m.", "16 November 2017 • 2:15pm", "Fri, 31 Dec 2021 10:00:00 GMT", "March 18 at 3:57 PM"
 * (with `fallbackYear`). The day and time stay as written; a zone is kept only when unambiguous.
 */
export function textualDate(text: string, fallbackYear: number | null): string | null {
  const s = text.replace(/\s+/g, ' ');
  const month =
    /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?![a-z])/i.exec(
      s,
    );
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
