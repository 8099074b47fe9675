// How the popup (and its Markdown copy) orders and words a digest: reading time, dates in the
// reader's language, actors people-first, the timeline split at the publication date, quotes by
// speaker. Plain functions of the digest, shared by the view and the Markdown export.

import type { Actor, DateMention, Digest, Quote } from '../core/types';
import { uiLanguage } from '../shared/i18n';

/** Minutes at 230 words a minute, the common figure for adult reading of news prose; at least 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}

const PRECISION_FORMAT: Record<number, Intl.DateTimeFormatOptions> = {
  1: { year: 'numeric' },
  2: { year: 'numeric', month: 'short' },
  3: { year: 'numeric', month: 'short', day: 'numeric' },
};

/** `2022-01-09`, `2022-01` or `2022` as a Date at midnight UTC, and how many parts it gave. */
function parseIso(iso: string): { date: Date; parts: number } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const parts = m[3] ? 3 : m[2] ? 2 : 1;
  const date = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  return Number.isNaN(date.getTime()) ? null : { date, parts };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and precision: making one costs more than formatting a date. */
function formatter(parts: number): Intl.DateTimeFormat {
  const lang = uiLanguage();
  const id = `${lang} ${parts}`;
  let f = formatters.get(id);
  if (!f) formatters.set(id, (f = new Intl.DateTimeFormat(lang, { ...PRECISION_FORMAT[parts], timeZone: 'UTC' })));
  return f;
}

/** A publication date (date or date-time) as a day in the reader's language: "Dec 31, 2021". */
export function formatDay(iso: string): string {
  const parsed = parseIso(iso.slice(0, 10));
  return parsed ? formatter(parsed.parts).format(parsed.date) : iso;
}

/** A date mention at its own precision, ranges as ranges: "Jan 9 – 10, 2022", "Jan 2022", "2014". */
export function formatMention(d: Pick<DateMention, 'start' | 'end'>): string {
  const start = parseIso(d.start);
  if (!start) return d.start;
  const f = formatter(start.parts);
  const end = d.end ? parseIso(d.end) : null;
  if (!end) return f.format(start.date);
  return f.formatRange(start.date, end.date);
}

/** People first, then organisations, then places; within each, the most mentioned first. */
export function orderActors(actors: Actor[]): Actor[] {
  const rank = { person: 0, organization: 1, place: 2 } as const;
  return actors
    .map((a, i) => ({ a, i }))
    .sort((x, y) => rank[x.a.type] - rank[y.a.type] || y.a.mentions - x.a.mentions || x.i - y.i)
    .map(({ a }) => a);
}

export interface Timeline {
  /** The day the split is made at (the publication day), or null when the digest has none. */
  reference: string | null;
  /** Chronological; what had happened by the reference day (the same month or year counts). */
  past: DateMention[];
  /** Chronological; what lay ahead of the reference day. */
  future: DateMention[];
}

/** The dates in chronological order, split at the publication day. */
export function timeline(dates: DateMention[], published: string | null): Timeline {
  const sorted = [...dates].sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? '').localeCompare(b.end ?? ''));
  const reference = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  if (!reference) return { reference, past: sorted, future: [] };
  // Compare at the mention's own precision: "in January" (2022-01) is ahead of 2021-12-31,
  // "this month" (2021-12) is not.
  const ahead = (d: DateMention) => d.start > reference.slice(0, d.start.length);
  return { reference, past: sorted.filter((d) => !ahead(d)), future: sorted.filter(ahead) };
}

export interface SpeakerGroup {
  speaker: string | null;
  role?: string;
  quotes: Quote[];
}

/** Quotes grouped by speaker in order of first appearance; unattributed quotes last. */
export function groupQuotes(quotes: Quote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of quotes) {
    const key = q.speaker ?? '';
    const group = groups.get(key) ?? { speaker: q.speaker, quotes: [] };
    group.role ??= q.speakerRole;
    group.quotes.push(q);
    groups.set(key, group);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.speaker !== null), ...all.filter((g) => g.speaker === null)];
}

/** The text the page should scroll to for something that stands in paragraph `index`. */
export function paragraphText(digest: Pick<Digest, 'paragraphs'>, index: number, fallback: string): string {
  return digest.paragraphs[index] ?? fallback;
}
