// The reference point every relative date is resolved against: the publication date as the
// publisher wrote it (its calendar day, and its hour when the time is given).

import { isValidDay, type Day } from './calendar';

export interface Reference {
  day: Day;
  /** Hour of publication in the publisher's own clock, or null when only the date is known. */
  hour: number | null;
}

/** Reads `2021-12-31`, `2021-12-31T08:40:12+00:00`, `2015-03-13T21:30:09`. Null when unusable. */
export function referenceOf(published: string | null | undefined): Reference | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(published.trim());
  if (!m) return null;
  const y = +m[1]!;
  const mo = +m[2]!;
  const d = +m[3]!;
  if (!isValidDay(y, mo, d)) return null;
  const hour = m[4] === undefined ? null : +m[4];
  return { day: { y, m: mo, d }, hour: hour !== null && hour <= 23 ? hour : null };
}
