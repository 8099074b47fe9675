// The publication date, taken from the article's own metadata only: meta tags, JSON-LD, then a
// <time> in the article's header. Never from a related-story card: a page full of teasers has many
// <time> elements, and the first one is often someone else's story (Defuddle issue #295).

const META_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date_published',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'dc.date',
  'date',
  'article.published',
  'originalpublicationdate',
  'cxenseparse:recs:publishtime',
];

const ARTICLE_TYPES = /article|posting|report|blog|news/i;

/** Returns an ISO 8601 date or date-time string, or null. */
export function findPublished(doc: Document, articleRoot?: Element | null): string | null {
  return fromJsonLd(doc) ?? fromMeta(doc) ?? fromItemprop(doc) ?? fromHeaderTime(doc, articleRoot);
}

function fromMeta(doc: Document): string | null {
  const found = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    if (key && !found.has(key)) found.set(key, meta.getAttribute('content') ?? '');
  }
  for (const name of META_NAMES) {
    const iso = toIso(found.get(name));
    if (iso) return iso;
  }
  return null;
}

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const iso = datePublishedIn(data, 0);
    if (iso) return iso;
  }
  return null;
}

function datePublishedIn(node: unknown, depth: number): string | null {
  if (depth > 4 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const iso = datePublishedIn(item, depth + 1);
      if (iso) return iso;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  const type = String(record['@type'] ?? '');
  if (ARTICLE_TYPES.test(type) || (!type && typeof record.datePublished === 'string')) {
    const iso = toIso(record.datePublished) ?? toIso(record.dateCreated);
    if (iso) return iso;
  }
  return datePublishedIn(record['@graph'], depth + 1);
}

function fromItemprop(doc: Document): string | null {
  const el = doc.querySelector('[itemprop="datePublished"]');
  return el ? toIso(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent) : null;
}

/** A <time> in the article's header, or the first one in the article before its first paragraph. */
function fromHeaderTime(doc: Document, articleRoot?: Element | null): string | null {
  const scopes = [
    ...doc.querySelectorAll('article header time[datetime], .entry-header time[datetime], .post-header time[datetime]'),
  ];
  if (articleRoot) {
    const first = articleRoot.querySelector('time[datetime]');
    const firstPara = articleRoot.querySelector('p');
    if (first && (!firstPara || first.compareDocumentPosition(firstPara) & 4)) scopes.push(first);
  }
  for (const time of scopes) {
    if (time.closest('aside, nav, footer, [class*="related"], [class*="recommend"], [class*="card"]')) continue;
    const iso = toIso(time.getAttribute('datetime'));
    if (iso) return iso;
  }
  return null;
}

/** Normalises a date string to ISO 8601, keeping the time when one is given. */
export function toIso(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  const ymd = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (ymd) {
    const [, y, m, d] = ymd;
    if (+m! < 1 || +m! > 12 || +d! < 1 || +d! > 31) return null;
    const time = /^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?/.exec(s);
    if (!time) return `${y}-${m}-${d}`;
    const zone = time[2] ? time[2].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : '';
    return `${y}-${m}-${d}T${time[1]}${zone}`;
  }
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  // Textual dates ("Fri, 31 Dec 2021 10:00:00 GMT", "December 31, 2021"): keep the calendar day as written.
  const parsed = Date.parse(s);
  if (Number.isNaN(parsed) || !/\d{4}/.test(s)) return null;
  const date = new Date(parsed);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hasZone = /\b(GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\b/.test(s);
  return hasZone
    ? date.toISOString().replace(/\.000Z$/, 'Z')
    : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
