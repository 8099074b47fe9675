// Dates in articles that are not in English: chrono-node's parser for the article's language, when
// it has one and it is loaded (./languages.ts), read through the same resolution as the English
// grammar (weekdays in the past, a month or a day without a year at its nearest occurrence). Only
// with a publication date: chrono would otherwise resolve "gestern" against today.

import type { DatePrecision } from '../../types';
import { isValidDay, type Day } from './calendar';
import type { Found } from './grammar';
import { dateParser, type Result } from './languages';
import type { Reference } from './reference';
import {
  dayRange,
  dayValue,
  monthRange,
  monthValue,
  resolveWeekday,
  yearOfMonth,
  yearOfMonthDay,
  yearRange,
  yearValue,
  type Resolved,
} from './resolve';

/** Date mentions chrono finds in one sentence of a non-English article. */
export function scanOtherLanguage(sentence: string, lang: string, ref: Reference): Found[] {
  const parse = dateParser(lang);
  if (!parse) return [];
  // Noon UTC: the same calendar day in every zone chrono may compute in.
  const refDate = new Date(Date.UTC(ref.day.y, ref.day.m - 1, ref.day.d, 12));
  const out: Found[] = [];
  for (const r of parse(sentence, refDate, { forwardDate: false })) {
    const tags = r.tags();
    // "now" is no date, and chrono's relative spans ("de quatre mois") are as often durations.
    if (tags.has('casualReference/now') || tags.has('result/relativeDate')) continue;
    // A weekday abbreviation alone ("So" is also German for "so").
    if (!/\d/.test(r.text) && r.text.replace(/[^\p{L}]/gu, '').length <= 3) continue;
    const start = point(r.start, ref);
    if (!start) continue;
    const end = r.end ? point(r.end, ref) : null;
    const value = end && end.precision === start.precision && end.day > start.day ? range(start, end) : start.value;
    out.push({ from: r.index, to: r.index + r.text.length, value });
  }
  return out;
}

interface Point {
  value: Resolved;
  precision: DatePrecision;
  /** A sortable key: yyyymmdd at the point's precision. */
  day: number;
  y: number;
  m: number;
  d: number;
}

function point(c: Result['start'], ref: Reference): Point | null {
  const known = (k: 'year' | 'month' | 'day' | 'weekday') => c.isCertain(k) && c.get(k) !== null;
  const make = (precision: DatePrecision, y: number, m = 1, d = 1): Point => ({
    precision,
    y,
    m,
    d,
    day: y * 10000 + m * 100 + d,
    value: precision === 'day' ? dayValue({ y, m, d }) : precision === 'month' ? monthValue(y, m) : yearValue(y),
  });
  if (known('day') && known('month')) {
    const m = c.get('month')!;
    const d = c.get('day')!;
    const dow = known('weekday') ? c.get('weekday') : null;
    const y = known('year') ? c.get('year')! : yearOfMonthDay(m, d, ref, null, null, dow);
    return y !== null && isValidDay(y, m, d) ? make('day', y, m, d) : null;
  }
  if (known('weekday')) {
    const day: Day = resolveWeekday(c.get('weekday')!, ref, null, null, false);
    return make('day', day.y, day.m, day.d);
  }
  if (known('month')) {
    const m = c.get('month')!;
    // Without a reading of the tense, a month named alone is the last one: news reports the past.
    const y = known('year') ? c.get('year')! : yearOfMonth(m, ref, null, 'past');
    return make('month', y, m);
  }
  if (known('year')) return make('year', c.get('year')!);
  return null; // a time of day alone
}

function range(a: Point, b: Point): Resolved {
  if (a.precision === 'day') return dayRange({ y: a.y, m: a.m, d: a.d }, { y: b.y, m: b.m, d: b.d });
  if (a.precision === 'month') return monthRange(a.y, a.m, b.y, b.m);
  return yearRange(a.y, b.y);
}
