// Resolution of the parts of a date mention against the publication date. Each helper takes what
// the text says ("Thursday", "in January", "last July", "the last two months") plus the tense it
// stands in and returns ISO values at the precision the text gives.

import type { DatePrecision } from '../../types';
import {
  addDays,
  addMonths,
  dayNumber,
  daysInMonth,
  isValidDay,
  isoDay,
  isoMonth,
  isoYear,
  monthIndex,
  weekday,
  type Day,
} from './calendar';
import type { Reference } from './reference';
import type { Tense, TenseReading } from './tense';

export interface Resolved {
  start: string;
  end?: string;
  precision: DatePrecision;
  approximate?: boolean;
}

/** Which occurrence a modifier asks for: "last July", "next Monday", "this spring". */
export type Direction = 'past' | 'future' | 'this' | null;

export function dayValue(day: Day, approximate = false): Resolved {
  return approximate ? { start: isoDay(day), precision: 'day', approximate } : { start: isoDay(day), precision: 'day' };
}

export function dayRange(from: Day, to: Day, approximate = false): Resolved {
  const out: Resolved = { start: isoDay(from), end: isoDay(to), precision: 'day' };
  if (dayNumber(to) <= dayNumber(from)) delete out.end;
  if (approximate) out.approximate = true;
  return out;
}

export function monthValue(y: number, m: number, approximate = false): Resolved {
  return approximate
    ? { start: isoMonth(y, m), precision: 'month', approximate }
    : { start: isoMonth(y, m), precision: 'month' };
}

export function monthRange(y1: number, m1: number, y2: number, m2: number, approximate = false): Resolved {
  const out: Resolved = { start: isoMonth(y1, m1), precision: 'month' };
  if (monthIndex(y2, m2) > monthIndex(y1, m1)) out.end = isoMonth(y2, m2);
  if (approximate) out.approximate = true;
  return out;
}

export function yearValue(y: number, approximate = false): Resolved {
  return approximate ? { start: isoYear(y), precision: 'year', approximate } : { start: isoYear(y), precision: 'year' };
}

export function yearRange(y1: number, y2: number, approximate = false): Resolved {
  const out: Resolved = { start: isoYear(y1), precision: 'year' };
  if (y2 > y1) out.end = isoYear(y2);
  if (approximate) out.approximate = true;
  return out;
}

/** The tense that decides a direction: the clause's own verb first, then (if asked) the sentence's. */
export function tenseOf(reading: TenseReading, useSentence: boolean): Tense | null {
  return reading.clause ?? (useSentence ? reading.sentence : null);
}

/**
 * The year of a month and day given without one ("January 12", "on 12 April"): the occurrence the
 * tense asks for (past: the last on or before the publication date; future: the first on or after),
 * or the nearest one when the clause has no tense.
 */
export function yearOfMonthDay(
  m: number,
  d: number,
  ref: Reference,
  direction: Direction,
  tense: Tense | null,
  /** The weekday the text gives with the date ("Tuesday, May 5"), which settles the year. */
  dow: number | null = null,
): number | null {
  const { y } = ref.day;
  const refN = dayNumber(ref.day);
  const candidates = [y - 1, y, y + 1].filter((cy) => isValidDay(cy, m, d));
  if (dow !== null) {
    const matching = candidates.filter((cy) => weekday({ y: cy, m, d }) === dow);
    if (matching.length)
      return matching.length === 1 ? matching[0]! : nearest(matching, (cy) => dayNumber({ y: cy, m, d }) - refN);
  }
  if (candidates.length === 0) return null;
  const want = direction === 'this' ? 'this' : (direction ?? tense);
  if (want === 'this') return isValidDay(y, m, d) ? y : null;
  const n = (cy: number) => dayNumber({ y: cy, m, d });
  if (want === 'past') {
    const strict = direction === 'past';
    const past = candidates.filter((cy) => (strict ? n(cy) < refN : n(cy) <= refN));
    return past.length ? past[past.length - 1]! : null;
  }
  if (want === 'future') {
    const strict = direction === 'future';
    const future = candidates.filter((cy) => (strict ? n(cy) > refN : n(cy) >= refN));
    return future.length ? future[0]! : null;
  }
  return nearest(candidates, (cy) => n(cy) - refN);
}

/** The year of a month named alone ("in January", "last July", "November marked …"). */
export function yearOfMonth(m: number, ref: Reference, direction: Direction, tense: Tense | null): number {
  const { y } = ref.day;
  const refM = monthIndex(y, ref.day.m);
  const candidates = [y - 1, y, y + 1];
  const want = direction === 'this' ? 'this' : (direction ?? tense);
  if (want === 'this') return y;
  const idx = (cy: number) => monthIndex(cy, m);
  if (want === 'past') {
    const strict = direction === 'past';
    return candidates.filter((cy) => (strict ? idx(cy) < refM : idx(cy) <= refM)).at(-1) ?? y - 1;
  }
  if (want === 'future') {
    const strict = direction === 'future';
    return candidates.find((cy) => (strict ? idx(cy) > refM : idx(cy) >= refM)) ?? y + 1;
  }
  return nearest(candidates, (cy) => idx(cy) - refM);
}

/** The candidate with the smallest distance; on a tie the earlier one (news reports the past). */
function nearest(candidates: number[], distance: (c: number) => number): number {
  let best = candidates[0]!;
  for (const c of candidates) {
    const dc = Math.abs(distance(c));
    const db = Math.abs(distance(best));
    if (dc < db) best = c;
  }
  return best;
}

/**
 * A weekday named without a date. Past tense (the default in news): the last such day on or before
 * the publication date. Future: the next one after it; the same day counts when the article came out
 * in the morning or the text says "later" ("lands in Kenya later on Friday").
 */
export function resolveWeekday(
  dow: number,
  ref: Reference,
  direction: Direction,
  tense: Tense | null,
  sameDayOk: boolean,
): Day {
  const refDow = weekday(ref.day);
  const back = (refDow - dow + 7) % 7;
  const ahead = (dow - refDow + 7) % 7;
  if (direction === 'this') {
    // The Monday-to-Sunday week of the publication date.
    const mondayOffset = (refDow + 6) % 7;
    return addDays(ref.day, -mondayOffset + ((dow + 6) % 7));
  }
  if (direction === 'past') return addDays(ref.day, -(back === 0 ? 7 : back));
  if (direction === 'future') return addDays(ref.day, ahead === 0 ? 7 : ahead);
  if (tense === 'future') {
    if (ahead === 0) return sameDayOk || (ref.hour !== null && ref.hour < 12) ? ref.day : addDays(ref.day, 7);
    return addDays(ref.day, ahead);
  }
  return addDays(ref.day, -back);
}

/** Monday of the week a relative "week" refers to. A Sunday paper's "this week" is the coming one. */
export function weekStart(ref: Reference, offsetWeeks: number, sundayLooksAhead = true): Day {
  const dow = weekday(ref.day);
  const base = sundayLooksAhead && dow === 0 ? addDays(ref.day, 1) : ref.day;
  const monday = addDays(base, -((weekday(base) + 6) % 7));
  return addDays(monday, offsetWeeks * 7);
}

/** The Saturday-Sunday weekend: the last one (past tense) or the next one (future). */
export function resolveWeekend(ref: Reference, direction: Direction, tense: Tense | null): [Day, Day] {
  const dow = weekday(ref.day);
  const inWeekend = dow === 6 || dow === 0;
  const thisSaturday = addDays(ref.day, dow === 0 ? -1 : 6 - dow);
  const lastSaturday = inWeekend ? addDays(thisSaturday, -7) : addDays(ref.day, -(dow + 1));
  let saturday: Day;
  if (direction === 'past') saturday = lastSaturday;
  else if (direction === 'future') saturday = addDays(thisSaturday, 7);
  else if (direction === 'this') saturday = thisSaturday;
  else if (tense === 'future') saturday = dow === 0 ? addDays(thisSaturday, 7) : thisSaturday;
  else saturday = inWeekend ? thisSaturday : lastSaturday;
  return [saturday, addDays(saturday, 1)];
}

export const SEASON_MONTHS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

/** A season as three months (northern hemisphere, meteorological): "last fall" → Sep-Nov. */
export function resolveSeason(startMonth: number, ref: Reference, direction: Direction, year: number | null): Resolved {
  const refM = monthIndex(ref.day.y, ref.day.m);
  const startIdx = (y: number) => monthIndex(y, startMonth);
  // The season instance that contains or follows the publication month in the publication year.
  let y = year ?? ref.day.y;
  if (year === null) {
    const current = [ref.day.y - 1, ref.day.y].find((cy) => refM >= startIdx(cy) && refM < startIdx(cy) + 3);
    if (direction === 'past') {
      const candidates = [ref.day.y - 2, ref.day.y - 1, ref.day.y].filter(
        (cy) => startIdx(cy) + 3 <= refM && cy !== current,
      );
      y = candidates.at(-1) ?? ref.day.y - 1;
    } else if (direction === 'future') {
      y = [ref.day.y, ref.day.y + 1].find((cy) => startIdx(cy) > refM) ?? ref.day.y + 1;
    } else {
      y = current ?? [ref.day.y, ref.day.y + 1].find((cy) => startIdx(cy) > refM) ?? ref.day.y;
    }
  }
  const from = { y, m: startMonth, d: 1 };
  const to = addMonths(from, 2);
  return monthRange(from.y, from.m, to.y, to.m, true);
}

/** Shifts a day by whole units back (negative) or forward: used by "two weeks ago", "in a fortnight". */
export function shift(day: Day, unit: Unit, amount: number): Day {
  switch (unit) {
    case 'day':
      return addDays(day, amount);
    case 'week':
      return addDays(day, amount * 7);
    case 'month':
      return addMonths(day, amount);
    case 'year':
      return addMonths(day, amount * 12);
  }
}

export type Unit = 'day' | 'week' | 'month' | 'year';

/** Value of a day shifted by a span, at the precision the unit suggests (weeks → day, years → year). */
export function valueAtUnit(day: Day, unit: Unit, years: number, approximate: boolean): Resolved {
  if (unit === 'day' || unit === 'week') return dayValue(day, approximate);
  if (unit === 'month' || years < 5) return monthValue(day.y, day.m, approximate);
  return yearValue(day.y, approximate);
}

export function lastDayOfMonth(y: number, m: number): Day {
  return { y, m, d: daysInMonth(y, m) };
}
