// The English date grammar: rules that find date mentions in a sentence and resolve each against
// the publication date. A rule is a regular expression plus a builder; the builder reads the words
// around the match (tense, prepositions) and returns the resolved value, or null to reject it.

import { addDays, dayNumber, easter, isValidDay, nthWeekday, type Day } from './calendar';
import { COUNT, MONTHS, NUMBER_LABELS, ORDINAL_WORDS, SINGULAR_S, UNIT_WORDS, WEEKDAYS, countValue } from './lexicon';
import type { Reference } from './reference';
import {
  SEASON_MONTHS,
  dayRange,
  dayValue,
  monthRange,
  monthValue,
  resolveSeason,
  resolveWeekday,
  resolveWeekend,
  shift,
  tenseOf,
  weekStart,
  yearOfMonth,
  yearOfMonthDay,
  yearRange,
  yearValue,
  type Direction,
  type Resolved,
  type Unit,
} from './resolve';
import { tenseAround, type Tense, type TenseReading } from './tense';

export interface Scan {
  sentence: string;
  ref: Reference | null;
  /** True for British-style numeric dates (day first). */
  dayFirst: boolean;
}

export interface Found {
  from: number;
  to: number;
  value: Resolved;
}

interface Match {
  m: RegExpExecArray;
  scan: Scan;
  from: number;
  to: number;
  tense(): TenseReading;
}

interface Rule {
  name: string;
  /** A cheap test the sentence must pass before the rule's expression runs. */
  hint: RegExp;
  re: RegExp;
  build(x: Match): Resolved | null;
}

// ------------------------------------------------------------------ building blocks

const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH_ABBR = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const MONTH = `(${MONTH_NAME}|${MONTH_ABBR})(?![a-z])`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|\\.\\d|[a-z])';
const YEAR = '(\\d{4})(?![\\d\\w])';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DASH = '(?:-|–|—|to|through|until|till)';
const PART = '(?:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)';

/** Month names that are also common words or first names; named alone they need a preposition. */
const AMBIGUOUS_MONTHS = new Set([3, 4, 5, 6, 8]);
/** Words before a bare month or year that make it a date: "in January", "since 1840". */
const DATE_PREPOSITIONS = new Set(
  'in since until till by from during before after through throughout between of around circa early late mid last next this past coming'.split(
    ' ',
  ),
);
/** For month names that are also names ("Theresa May"), fewer words will do: not "by", "and". */
const STRICT_MONTH_PREPOSITIONS = new Set(
  'in since until till during through throughout before after from between early late mid last next this past coming'.split(
    ' ',
  ),
);
/** Capitalised words before a weekday that are still ordinary words ("On Friday", "Late Thursday"). */
const WEEKDAY_LEADERS = new Set(
  'on by since until till last next this early late and but then from before after through or as until at'.split(' '),
);

const monthOf = (word: string) => MONTHS[word.replace('.', '').toLowerCase()] ?? null;
const weekdayOf = (word: string) => WEEKDAYS[word.toLowerCase()] ?? null;

function previousWord(sentence: string, index: number): string | null {
  const m = /([A-Za-z][A-Za-z.’']*)[\s,]*$/.exec(sentence.slice(Math.max(0, index - 40), index));
  return m ? m[1]! : null;
}

function nextWord(sentence: string, index: number): string | null {
  const m = /^\s+([A-Za-z’'-]+)/.exec(sentence.slice(index, index + 40));
  return m ? m[1]! : null;
}

function directionOf(word: string | undefined): Direction {
  if (!word) return null;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'past' || w === 'this past') return 'past';
  if (w === 'next' || w === 'coming') return 'future';
  if (w === 'this') return 'this';
  return null;
}

const isModifierApprox = (word: string | undefined) =>
  !!word && !/^(last|next|this|past|coming|this past)$/i.test(word);

/** A day with the year the text leaves out, or null without a publication date. */
function monthDay(x: Match, m: number, d: number, year: string | undefined, weekdayWord?: string): Day | null {
  if (year) {
    const y = +year;
    return isValidDay(y, m, d) ? { y, m, d } : null;
  }
  if (!x.scan.ref) return null;
  const dow = weekdayWord ? weekdayOf(weekdayWord) : null;
  const y = yearOfMonthDay(m, d, x.scan.ref, null, tenseOf(x.tense(), false), dow);
  return y === null ? null : { y, m, d };
}

function plausibleYear(y: number, ref: Reference | null): boolean {
  return y >= 1000 && y <= (ref ? ref.day.y + 100 : 2150);
}

function unitOf(word: string): Unit | 'decade' | 'century' | 'hour' | null {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'day') return 'day';
  if (w === 'week' || w === 'fortnight') return 'week';
  if (w === 'month') return 'month';
  if (w === 'year') return 'year';
  if (w === 'decade') return 'decade';
  if (w === 'century' || w === 'centurie') return 'century';
  if (w === 'hour') return 'hour';
  return null;
}

/** Moves `day` by `count` of a unit ("two decades", "a fortnight") and gives it at a fitting precision. */
function shifted(day: Day, unitWord: string, count: number, sign: 1 | -1, forSpan: boolean): Resolved | null {
  const unit = unitOf(unitWord);
  if (!unit) return null;
  if (/fortnight/i.test(unitWord)) count *= 2;
  const approximate = true;
  switch (unit) {
    case 'hour':
      return dayValue(addDays(day, sign * Math.max(1, Math.round(count / 24))), approximate);
    case 'day':
    case 'week': {
      return dayValue(shift(day, unit, sign * count), approximate);
    }
    case 'month': {
      const t = shift(day, 'month', sign * count);
      return monthValue(t.y, t.m, approximate);
    }
    case 'year': {
      const t = shift(day, 'year', sign * count);
      // "the last two years" starts in a month worth naming; "four years ago" names a year.
      return forSpan && count < 5 ? monthValue(t.y, t.m, approximate) : yearValue(t.y, approximate);
    }
    case 'decade':
      return yearValue(day.y + sign * count * 10, approximate);
    case 'century':
      return yearValue(day.y + sign * count * 100, approximate);
  }
}

// ------------------------------------------------------------------ rules

const RULES: Rule[] = [
  {
    // Days that name an event, whatever the year of the article: "the Sept. 11 attacks", "the Jan. 6 riot"
    name: 'named-event',
    hint: /Sep|Jan/,
    re: /\b(?:(Sept?\.?|September)\s+11(?:th)?|(Jan\.?|January)\s+6(?:th)?)(?=\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack\w*|Commission|memorial|riot\w*|insurrection|committee|panel|hearings?|Capitol)\b)/g,
    build(x) {
      if (x.m[1]) return dayValue({ y: 2001, m: 9, d: 11 });
      if (x.scan.ref && x.scan.ref.day.y < 2021) return null;
      return dayValue({ y: 2021, m: 1, d: 6 });
    },
  },
  {
    // "January 30-February 2", "from March 3 to April 7, 2015"
    name: 'month-day-range-across',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    re: new RegExp(
      `\\b(?:(?:from|between)\\s+)?${MONTH}\\s+${DAY}\\s*(?:${DASH}|and)\\s*${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?`,
      'g',
    ),
    build(x) {
      const [, m1, d1, m2, d2, year] = x.m;
      const a = monthDay(x, monthOf(m1!)!, +d1!, year);
      if (!a) return null;
      let b: Day = { y: a.y, m: monthOf(m2!)!, d: +d2! };
      if (!isValidDay(b.y, b.m, b.d)) return null;
      if (dayNumber(b) < dayNumber(a)) b = { ...b, y: b.y + 1 };
      return dayRange(a, b);
    },
  },
  {
    // "January 12", "Jan. 9-10", "Friday, January 13, 2017", "April 21, 2015"
    name: 'month-day',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    re: new RegExp(
      `\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY}(?:\\s*(?:-|–|to|through)\\s*${DAY})?(?:,?\\s+${YEAR})?`,
      'g',
    ),
    build(x) {
      const [, wd, mw, d1, d2, year] = x.m;
      const m = monthOf(mw!)!;
      const a = monthDay(x, m, +d1!, year, wd);
      if (!a) return null;
      if (d2 !== undefined) {
        const b = { y: a.y, m, d: +d2 };
        if (!isValidDay(b.y, b.m, b.d) || b.d <= a.d) return null;
        return dayRange(a, b);
      }
      return dayValue(a);
    },
  },
  {
    // "12 April", "9-10 January 2022", "the 12th of April"
    name: 'day-month',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    re: new RegExp(
      `\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${DAY}(?:\\s*(?:-|–|to)\\s*${DAY})?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`,
      'g',
    ),
    build(x) {
      const [, wd, d1, d2, mw, year] = x.m;
      const m = monthOf(mw!)!;
      // "in 10 May" is fine, but "10 Mar" without a period is too easily something else.
      if (/^[A-Z][a-z]{2}$/.test(mw!) && !year && mw !== 'May') return null;
      const a = monthDay(x, m, +d1!, year, wd);
      if (!a) return null;
      if (d2 !== undefined) {
        const b = { y: a.y, m, d: +d2 };
        if (!isValidDay(b.y, b.m, b.d) || b.d <= a.d) return null;
        return dayRange(a, b);
      }
      return dayValue(a);
    },
  },
  {
    // "January-March 2015", "from January to March"
    name: 'month-range',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    re: new RegExp(
      `\\b(?:(from|between)\\s+)?${MONTH}\\s*(?:-|–|to|through|until|and)\\s*${MONTH}(?:,?\\s+${YEAR})?`,
      'g',
    ),
    build(x) {
      const [, lead, mw1, mw2, year] = x.m;
      if (!lead && !year) return null;
      if (/\band\b/.test(x.m[0]) && lead !== 'between') return null;
      const m1 = monthOf(mw1!)!;
      const m2 = monthOf(mw2!)!;
      let y1: number;
      if (year) y1 = m2 >= m1 ? +year : +year - 1;
      else if (x.scan.ref) y1 = yearOfMonth(m1, x.scan.ref, null, tenseOf(x.tense(), false));
      else return null;
      const y2 = m2 >= m1 ? y1 : y1 + 1;
      return monthRange(y1, m1, y2, m2);
    },
  },
  {
    // "September 2013", "mid-August 2017", "May of 2014"
    name: 'month-year',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    re: new RegExp(`\\b(?:${PART}[\\s-]+)?${MONTH}\\s*,?\\s+(?:of\\s+)?${YEAR}`, 'g'),
    build(x) {
      const y = +x.m[2]!;
      if (!plausibleYear(y, x.scan.ref)) return null;
      return monthValue(y, monthOf(x.m[1]!)!);
    },
  },
  {
    // "in January", "last July", "early next month" is elsewhere; "November marked the beginning …"
    name: 'month',
    hint: /January|February|March|April|May|June|July|August|September|October|November|December/,
    re: new RegExp(
      `\\b(?:(this\\s+past|last|next|this|past|coming|early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)[\\s-]+)?(${MONTH_NAME})(?![\\w’'-])`,
      'g',
    ),
    build(x) {
      const [, modifier, word] = x.m;
      const ref = x.scan.ref;
      if (!ref) return null;
      const m = monthOf(word!)!;
      const before = previousWord(x.scan.sentence, x.from)?.toLowerCase() ?? null;
      const prepositions = AMBIGUOUS_MONTHS.has(m) ? STRICT_MONTH_PREPOSITIONS : DATE_PREPOSITIONS;
      const introduced = !!modifier || (before !== null && prepositions.has(before));
      if (!introduced) {
        if (AMBIGUOUS_MONTHS.has(m)) return null;
        // "June Carter", "August Wilson": a capitalised word after a bare month makes it a name.
        const after = nextWord(x.scan.sentence, x.to);
        if (after && /^[A-Z][a-z]/.test(after)) return null;
      }
      const direction = directionOf(modifier);
      const y = yearOfMonth(m, ref, direction, tenseOf(x.tense(), false));
      return monthValue(y, m, isModifierApprox(modifier));
    },
  },
  {
    // "Thursday", "late Thursday", "last Monday", "Tuesday night's coup", "later on Friday"
    name: 'weekday',
    hint: /day\b|day[’']s/,
    re: new RegExp(
      `\\b(?:(this\\s+past|last|next|this|past|coming|early|late|later\\s+on|earlier\\s+on|later|earlier)\\s+)?${WEEKDAY}(?:[’']s)?(?:\\s+(morning|afternoon|evening|night))?(?![\\w])`,
      'g',
    ),
    build(x) {
      const [, modifier, word] = x.m;
      const ref = x.scan.ref;
      if (!ref) return null;
      const { sentence } = x.scan;
      // "Super Tuesday", "Bloody Sunday", "the Sunday Times": part of a name.
      const before = previousWord(sentence, x.from);
      if (!modifier && before && /^[A-Z]/.test(before) && !WEEKDAY_LEADERS.has(before.toLowerCase())) {
        const start = sentence.slice(0, x.from).trimEnd();
        if (start.length > before.length) return null;
      }
      // "the Sunday Times", "a Monday Night Football game": a title, not a day.
      const after = nextWord(sentence, x.to);
      if (!modifier && before && /^(the|a)$/i.test(before) && after && /^[A-Z][a-z]/.test(after)) return null;
      const dow = weekdayOf(word!)!;
      const direction = directionOf(modifier);
      const reading = x.tense();
      const tense = /^later/i.test(modifier ?? '')
        ? 'future'
        : /^earlier/i.test(modifier ?? '')
          ? 'past'
          : tenseOf(reading, true);
      const sameDayOk = /^later/i.test(modifier ?? '');
      return dayValue(resolveWeekday(dow, ref, direction, tense, sameDayOk));
    },
  },
  {
    // Holidays that name a day: "Christmas Day", "on Christmas", "the day after Easter", "9/11"
    name: 'holiday',
    hint: /Christmas|New Year|Easter|Good Friday|Thanksgiving|Halloween|Valentine|Boxing Day|Labor Day|Memorial Day/,
    re: /\b(?:(last|next|this)\s+)?(Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year[’']s\s+(?:Day|Eve)|Easter\s+(?:Sunday|Monday)|Easter|Good\s+Friday|Thanksgiving(?:\s+Day)?|Halloween|Valentine[’']s\s+Day|Boxing\s+Day|Labor\s+Day|Memorial\s+Day)(?:\s+(\d{4}))?(?![\w’'])/g,
    build(x) {
      const [, modifier, name, year] = x.m;
      const key = name!.replace(/\s+/g, ' ').replace('’', "'");
      const bare = key === 'Christmas' || key === 'Easter' || key === 'Thanksgiving';
      if (bare && !modifier && !year) {
        // "Christmas shopping", "Easter eggs": only a date after a preposition.
        const before = previousWord(x.scan.sentence, x.from)?.toLowerCase();
        if (!before || !/^(on|at|by|before|after|until|till|since|over|during|around|for|of|over)$/.test(before))
          return null;
      }
      // "the Good Friday Agreement", "Christmas Island": part of a name.
      const after = nextWord(x.scan.sentence, x.to);
      if (!year && after && /^[A-Z][a-z]/.test(after)) return null;
      const dayIn = (y: number): Day | null => holiday(key, y);
      let y: number;
      if (year) y = +year;
      else if (x.scan.ref) {
        const ref = x.scan.ref;
        const direction = directionOf(modifier);
        const refN = dayNumber(ref.day);
        const cands = [ref.day.y - 1, ref.day.y, ref.day.y + 1].filter((cy) => dayIn(cy));
        const n = (cy: number) => dayNumber(dayIn(cy)!);
        const want = direction ?? tenseOf(x.tense(), false);
        if (want === 'past') y = cands.filter((cy) => n(cy) <= refN).at(-1) ?? ref.day.y - 1;
        else if (want === 'future') y = cands.find((cy) => n(cy) >= refN) ?? ref.day.y + 1;
        else if (want === 'this') y = ref.day.y;
        else y = cands.reduce((a, b) => (Math.abs(n(b) - refN) < Math.abs(n(a) - refN) ? b : a));
      } else return null;
      const day = dayIn(y);
      return day ? dayValue(day) : null;
    },
  },
  {
    name: '9/11',
    hint: /9\/11/,
    re: /(?<![\d/.])9\/11(?![\d/])/g,
    build: () => dayValue({ y: 2001, m: 9, d: 11 }),
  },
  {
    // "2015-04-12"
    name: 'iso',
    hint: /\d{4}-\d/,
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    build(x) {
      const [y, m, d] = [+x.m[1]!, +x.m[2]!, +x.m[3]!];
      return isValidDay(y, m, d) ? dayValue({ y, m, d }) : null;
    },
  },
  {
    // "4/12/2015", "12.04.2015": day first outside the United States, or when the first part exceeds 12
    name: 'numeric',
    hint: /\d[/.]\d/,
    re: /(?<![\d/.,])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/g,
    build(x) {
      const [, a, sep, b, yy] = x.m;
      let y = +yy!;
      if (yy!.length === 2) y += y > ((x.scan.ref?.day.y ?? 2030) % 100) + 10 ? 1900 : 2000;
      const dayFirst = sep === '.' || x.scan.dayFirst || +a! > 12;
      const [d, m] = dayFirst ? [+a!, +b!] : [+b!, +a!];
      return isValidDay(y, m, d) ? dayValue({ y, m, d }) : null;
    },
  },
  {
    // "the 1990s", "the mid-1990s", "the early ’90s"
    name: 'decade',
    hint: /0s\b/,
    re: /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:(\d{3}0)s|[’'‘](\d)0s)(?![\w])/g,
    build(x) {
      const [, part, full, short] = x.m;
      let start: number;
      if (full) start = +full;
      else if (x.scan.ref) {
        const refY = x.scan.ref.day.y;
        const century = Math.floor(refY / 100) * 100;
        start = century + +short! * 10;
        if (start > refY) start -= 100;
      } else return null;
      if (!plausibleYear(start, x.scan.ref)) return null;
      // "the 1800s" is a century, "the 1990s" a decade.
      const span = full && start % 100 === 0 && start < 2000 ? 100 : 10;
      if (part) {
        const third = span === 10 ? [0, 3, 4, 6, 7, 9] : [0, 32, 33, 66, 67, 99];
        const [a, b] =
          part.toLowerCase() === 'early'
            ? [third[0]!, third[1]!]
            : part.toLowerCase() === 'mid'
              ? [third[2]!, third[3]!]
              : [third[4]!, third[5]!];
        return yearRange(start + a, start + b, true);
      }
      return yearRange(start, start + span - 1);
    },
  },
  {
    // "the 19th century", "the early 20th century", "the twenty-first century"
    name: 'century',
    hint: /century/i,
    re: /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first)[\s-]+century\b/gi,
    build(x) {
      const [, part, ord] = x.m;
      const n = /^\d/.test(ord!) ? parseInt(ord!, 10) : ORDINAL_WORDS[ord!.toLowerCase().replace(/\s+/, '-')];
      if (!n || n < 1 || n > 22) return null;
      const start = (n - 1) * 100 + 1;
      if (part) {
        const p = part.toLowerCase();
        const [a, b] = p === 'early' ? [0, 32] : p === 'mid' ? [33, 66] : [67, 99];
        return yearRange(start + a, start + b, true);
      }
      return yearRange(start, start + 99);
    },
  },
  {
    // "from 2011 to 2013", "between 2011 and 2013", "2014-15", "1990–2000"
    name: 'year-range',
    hint: /\d{4}/,
    re: /(?<![\d,.$£€#/\w])(?:\b([Ff]rom|[Bb]etween)\s+)?(\d{4})\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*(\d{4}|\d{2}|\d)(?![\d\w%]|[.,]\d)/g,
    build(x) {
      const [, lead, a, b] = x.m;
      if (/\band\b/.test(x.m[0]) && lead?.toLowerCase() !== 'between') return null;
      const y1 = +a!;
      let y2 = +b!;
      if (b!.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
      else if (b!.length === 1) y2 = Math.floor(y1 / 10) * 10 + y2;
      if (!plausibleYear(y1, x.scan.ref) || !plausibleYear(y2, x.scan.ref) || y2 <= y1 || y2 - y1 > 100) return null;
      if (!lead && !yearContextOk(x, x.from, x.to)) return null;
      return yearRange(y1, y2);
    },
  },
  {
    // "in 2014", "since 1840", "the 1962 Cuban Missile Crisis", "the Investment Company Act of 1940"
    name: 'year',
    hint: /\d{4}/,
    re: /(?:\b([Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Aa]round|[Cc]irca)\s+)?(?<![\d,.$£€#/\w:-])(\d{4})(?![\d\w%]|[.,]\d|-[A-Za-z])/g,
    build(x) {
      const y = +x.m[2]!;
      const lead = x.m[1];
      const yearAt = x.to - x.m[2]!.length;
      if (!plausibleYear(y, x.scan.ref)) return null;
      const before = lead ?? previousWord(x.scan.sentence, yearAt);
      const introduced = !!before && DATE_PREPOSITIONS.has(before.toLowerCase());
      if (y < 1500 && !introduced) return null;
      // "the RTX 2080": far in the future only with a preposition ("by 2050", "in 2100").
      if (x.scan.ref && y > x.scan.ref.day.y + 30 && !introduced) return null;
      if (!yearContextOk(x, yearAt, x.to)) return null;
      return yearValue(y);
    },
  },
  {
    // "mid-2020", "early 2019", "the end of 2021"
    name: 'year-part',
    hint: /\d{4}/,
    re: /\b(early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+(\d{4})(?![\d\w%]|[.,]\d|-[A-Za-z])/gi,
    build(x) {
      const y = +x.m[2]!;
      return plausibleYear(y, x.scan.ref) ? yearValue(y, true) : null;
    },
  },
  {
    // "the third quarter of 2019", "Q3 2019"
    name: 'quarter',
    hint: /quarter|Q[1-4]/,
    re: /\b(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?|Q([1-4]))\s+(\d{4})(?![\d\w])/gi,
    build(x) {
      const [, word, digit, year] = x.m;
      const q = digit
        ? +digit
        : { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }[word!.toLowerCase()];
      const y = +year!;
      if (!q || !plausibleYear(y, x.scan.ref)) return null;
      return monthRange(y, q * 3 - 2, y, q * 3);
    },
  },
  {
    // "in ’91", "the class of ’04"
    name: 'short-year',
    hint: /[’']\d\d/,
    re: /\b(in|since|of|from|until|by|through|to|and)\s+[’'](\d{2})(?![\w’'])/g,
    build(x) {
      if (!x.scan.ref) return null;
      const refY = x.scan.ref.day.y;
      let y = Math.floor(refY / 100) * 100 + +x.m[2]!;
      if (y > refY + 10) y -= 100;
      return yearValue(y);
    },
  },
  {
    name: 'relative-day',
    hint: /today|tonight|yesterday|tomorrow|morning|afternoon|evening|night/i,
    re: /\b(today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night|(?:earlier|later)\s+today|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b/gi,
    build(x) {
      const ref = x.scan.ref;
      if (!ref) return null;
      // "New York Today", "the World of Tomorrow": capitalised inside a sentence, a name.
      if (/^[A-Z]/.test(x.m[1]!) && x.scan.sentence.slice(0, x.from).trim() !== '') {
        if (!/[.!?:“"‘'(—–-]\s*$/.test(x.scan.sentence.slice(0, x.from))) return null;
      }
      const t = x.m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const offset = t.includes('day before yesterday')
        ? -2
        : t.includes('day after tomorrow')
          ? 2
          : t === 'yesterday' || t === 'last night'
            ? -1
            : t === 'tomorrow'
              ? 1
              : 0;
      return dayValue(addDays(ref.day, offset));
    },
  },
  {
    // "this week", "last month", "next year", "earlier this week", "later this month", "last fall"
    name: 'calendar-unit',
    hint: /\b(?:this|last|next|past|coming)\s|\bof\s+the\s+(?:week|month|year)/i,
    re: /\b(?:(earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of)[\s-]+)?(this\s+past|this|last|next|past|coming|the)\s+(week|weekend|month|year|spring|summer|fall|autumn|winter)\b/gi,
    build(x) {
      const ref = x.scan.ref;
      if (!ref) return null;
      const part = x.m[1]?.toLowerCase().replace(/\s+/g, ' ');
      // "The next year, Waite published …": counted from the story's time, not the article's.
      if (!part && previousWord(x.scan.sentence, x.from)?.toLowerCase() === 'the') return null;
      // "the end of the month" is this month's end; "the week" alone names nothing.
      if (x.m[2]!.toLowerCase() === 'the' && !part?.endsWith(' of')) return null;
      if (x.m[2]!.toLowerCase() === 'the' && /weekend|spring|summer|fall|autumn|winter/i.test(x.m[3]!)) return null;
      const direction = directionOf(x.m[2]);
      const unit = x.m[3]!.toLowerCase();
      const offset = direction === 'past' ? -1 : direction === 'future' ? 1 : 0;
      const approximate = !!part;
      if (unit === 'week') {
        const monday = weekStart(ref, offset, part !== 'earlier');
        const sunday = addDays(monday, 6);
        if (part === 'earlier' && offset === 0) return dayValue(monday, true);
        if (part === 'later' && offset === 0) return dayRange(addDays(ref.day, 1), sunday, true);
        return dayRange(monday, sunday, approximate);
      }
      if (unit === 'weekend') {
        const [sat, sun] = resolveWeekend(ref, direction, tenseOf(x.tense(), true));
        return dayRange(sat, sun);
      }
      if (unit === 'month') {
        const t = shift(ref.day, 'month', offset);
        return monthValue(t.y, t.m, approximate);
      }
      if (unit === 'year') return yearValue(ref.day.y + offset, approximate);
      return resolveSeason(SEASON_MONTHS[unit]!, ref, direction, null);
    },
  },
  {
    // "over the weekend", "at the weekend"
    name: 'the-weekend',
    hint: /weekend/i,
    re: /\b(?:over|at|on|during|through|throughout|for|by)\s+the\s+weekend\b/gi,
    build(x) {
      const ref = x.scan.ref;
      if (!ref) return null;
      const [sat, sun] = resolveWeekend(ref, null, tenseOf(x.tense(), true));
      return dayRange(sat, sun, true);
    },
  },
  {
    // "spring 2015", "the summer of 2014"
    name: 'season-year',
    hint: /spring|summer|fall|autumn|winter/i,
    re: /\b(?:the\s+)?(?:(early|late|mid)[\s-]+)?(spring|summer|fall|autumn|winter)\s+(?:of\s+)?(\d{4})(?![\d\w])/gi,
    build(x) {
      const y = +x.m[3]!;
      if (!plausibleYear(y, x.scan.ref)) return null;
      const start = SEASON_MONTHS[x.m[2]!.toLowerCase()]!;
      const ref = x.scan.ref ?? { day: { y, m: 1, d: 1 }, hour: null };
      return resolveSeason(start, ref, null, y);
    },
  },
  {
    // "the last two months", "the past few days", "in the next few months", "over the last quarter-century"
    name: 'span',
    hint: /\b(?:last|past|next|coming)\s/i,
    re: new RegExp(
      `\\b(?:(?:in|over|during|for|within|throughout|across)\\s+)?the\\s+(last|past|next|coming)\\s+(?:(${COUNT})\\s+)?(days?|weeks?|months?|years?|decades?|hours|fortnight|quarter[\\s-]century|half[\\s-]century|century)\\b`,
      'gi',
    ),
    build(x) {
      const ref = x.scan.ref;
      if (!ref) return null;
      const [, dir, countText, unitText] = x.m;
      const unitWord = unitText!.toLowerCase();
      let count = countText ? countValue(countText) : 1;
      if (count === null) return null;
      let unit = unitWord;
      if (/quarter/.test(unitWord)) [unit, count] = ['years', 25];
      else if (/half/.test(unitWord)) [unit, count] = ['years', 50];
      // "the past year" is the last twelve months; "the last two months" since about two months ago.
      if (/^(last|past)$/i.test(dir!)) return shifted(ref.day, unit, count, -1, true);
      // "… crafted a new form of lighting over the next decade": the story's time, not the article's.
      const reading = x.tense();
      if ((reading.clause ?? reading.sentence) === 'past') return null;
      const end = shifted(ref.day, unit, count, 1, true);
      if (!end) return null;
      const start =
        end.precision === 'day'
          ? dayValue(ref.day)
          : end.precision === 'month'
            ? monthValue(ref.day.y, ref.day.m)
            : yearValue(ref.day.y);
      return start.start === end.start
        ? end
        : { ...start, end: end.start, approximate: true, precision: end.precision };
    },
  },
  {
    // "in recent weeks", "in recent years"
    name: 'recent',
    hint: /recent/i,
    re: /\b(?:in|over|during)\s+recent\s+(days|weeks|months|years|decades)\b/gi,
    build(x) {
      return x.scan.ref ? shifted(x.scan.ref.day, x.m[1]!, 3, -1, true) : null;
    },
  },
  {
    // "two days ago", "Nine months ago", "a decade ago"
    name: 'ago',
    hint: /\bago\b/i,
    re: new RegExp(`\\b(${COUNT})\\s+(days?|weeks?|months?|years?|decades?|centur(?:y|ies)|fortnight)\\s+ago\\b`, 'gi'),
    build(x) {
      if (!x.scan.ref) return null;
      const count = countValue(x.m[1]!);
      return count === null ? null : shifted(x.scan.ref.day, x.m[2]!, count, -1, false);
    },
  },
  {
    // "in a fortnight", "in two weeks' time": only when the clause speaks of the future
    name: 'in-future',
    hint: /\bin\s/i,
    re: new RegExp(`\\bin\\s+(${COUNT})\\s+(days?|weeks?|months?|years?|fortnight)(?:[’']?\\s+time)?\\b`, 'gi'),
    build(x) {
      if (!x.scan.ref) return null;
      const reading = x.tense();
      if ((reading.clause ?? reading.sentence) !== 'future' && !/time$/i.test(x.m[0])) return null;
      const count = countValue(x.m[1]!);
      return count === null ? null : shifted(x.scan.ref.day, x.m[2]!, count, 1, false);
    },
  },
];

/** Checks the words around a four-digit number: a label ("Flight 1549") or a quantity ("2000 troops") is no year. */
function yearContextOk(x: Match, from: number, to: number): boolean {
  const { sentence } = x.scan;
  const before = previousWord(sentence, from);
  const lowerBefore = before?.toLowerCase().replace(/\.$/, '') ?? null;
  if (lowerBefore && NUMBER_LABELS.has(lowerBefore)) return false;
  if (/[$£€¥#§]\s*$|\bUS\s*$/.test(sentence.slice(Math.max(0, from - 4), from))) return false;
  // "© 2019 The Associated Press": a copyright line, not the story.
  if (/(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?$/i.test(sentence.slice(Math.max(0, from - 16), from))) return false;
  // "1800 x 1920 pixels": a dimension.
  if (
    /^\s*[x×]\s*\d/.test(sentence.slice(to, to + 4)) ||
    /\d\s*[x×]\s*$/.test(sentence.slice(Math.max(0, from - 4), from))
  )
    return false;
  // "1600 Pennsylvania Avenue": a street number.
  if (
    /^(?:\s+[A-Z][\w.'’-]*){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Dr|Way|Place|Court|Square)\b/.test(
      sentence.slice(to, to + 60),
    )
  )
    return false;
  const after = nextWord(sentence, to);
  if (!after) return true;
  const lowerAfter = after.toLowerCase();
  if (UNIT_WORDS.has(lowerAfter)) return false;
  if (/^(per|a)$/.test(lowerAfter) && /^\s+(?:per|a)\s+(?:cent|year|day|month)/i.test(sentence.slice(to, to + 15)))
    return false;
  // A lowercase plural right after the number is what it counts ("2000 troops"), unless a determiner
  // makes the number an attribute ("the 2008 elections").
  const immediate = /^\s+[a-z]/.test(sentence.slice(to, to + 2));
  if (immediate && /^[a-z]{3,}s$/.test(after) && !/(ss|us|is)$/.test(after) && !SINGULAR_S.has(after)) {
    const determiner =
      lowerBefore && /^(the|its|their|his|her|our|your|this|that|these|those|whose|of)$/.test(lowerBefore);
    const possessive = before && /[’']s$/.test(before);
    if (!determiner && !possessive) return false;
  }
  return true;
}

function holiday(name: string, y: number): Day | null {
  switch (name) {
    case 'Christmas':
    case 'Christmas Day':
      return { y, m: 12, d: 25 };
    case 'Christmas Eve':
      return { y, m: 12, d: 24 };
    case 'Boxing Day':
      return { y, m: 12, d: 26 };
    case "New Year's Day":
      return { y, m: 1, d: 1 };
    case "New Year's Eve":
      return { y, m: 12, d: 31 };
    case 'Halloween':
      return { y, m: 10, d: 31 };
    case "Valentine's Day":
      return { y, m: 2, d: 14 };
    case 'Easter':
    case 'Easter Sunday':
      return easter(y);
    case 'Easter Monday':
      return addDays(easter(y), 1);
    case 'Good Friday':
      return addDays(easter(y), -2);
    case 'Thanksgiving':
    case 'Thanksgiving Day':
      return nthWeekday(y, 11, 4, 4);
    case 'Labor Day':
      return nthWeekday(y, 9, 1, 1);
    case 'Memorial Day':
      return nthWeekday(y, 5, 1, -1);
    default:
      return null;
  }
}

/** All date mentions in one sentence, longest first where they overlap, in text order. */
export function scanSentence(scan: Scan): Found[] {
  const candidates: (Found & { rule: number })[] = [];
  RULES.forEach((rule, index) => {
    if (!rule.hint.test(scan.sentence)) return;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(scan.sentence); m; m = rule.re.exec(scan.sentence)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const from = m.index;
      const to = m.index + m[0].length;
      let reading: TenseReading | null = null;
      const match: Match = {
        m,
        scan,
        from,
        to,
        tense: () => (reading ??= tenseAround(scan.sentence, from, to)),
      };
      let value: Resolved | null;
      try {
        value = rule.build(match);
      } catch {
        value = null;
      }
      if (value) candidates.push({ from, to, value, rule: index });
    }
  });
  candidates.sort((a, b) => a.from - b.from || b.to - b.from - (a.to - a.from) || a.rule - b.rule);
  const out: Found[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.from < reached) continue;
    out.push(adjustDayBeforeAfter(scan, c));
    reached = c.to;
  }
  return out;
}

/** "the day after Easter", "the day before Thanksgiving": one day off the date that follows. */
function adjustDayBeforeAfter(scan: Scan, found: Found): Found {
  if (found.value.precision !== 'day' || found.value.end) return found;
  const m = /\bthe\s+day\s+(before|after)\s+$/i.exec(scan.sentence.slice(Math.max(0, found.from - 20), found.from));
  if (!m) return found;
  const [y, mo, d] = found.value.start.split('-').map(Number) as [number, number, number];
  const day = addDays({ y, m: mo, d }, m[1]!.toLowerCase() === 'before' ? -1 : 1);
  return {
    from: found.from - m[0].length,
    to: found.to,
    value: { ...dayValue(day), ...(found.value.approximate ? { approximate: true } : {}) },
  };
}

export type { Tense };
