// Date mentions of an article, each resolved against the publication date, with its sentence and
// paragraph. English gets the full grammar; other languages get chrono-node's parser where it has
// one, plus what needs no words (ISO and numeric dates, years written in digits).

import type { DateMention } from '../../types';
import type { Sentence } from '../sentences';
import { scanSentence, type Found } from './grammar';
import { scanOtherLanguage } from './other-languages';
import { referenceOf } from './reference';

export const MAX_DATES = 60;

export interface DateOptions {
  /** ISO date or date-time of publication; null when unknown (relative dates are then skipped). */
  published: string | null;
  lang: string | null;
}

export function extractDates(sentences: Sentence[], options: DateOptions): DateMention[] {
  const ref = referenceOf(options.published);
  const lang = (options.lang ?? 'en').toLowerCase();
  const english = lang.startsWith('en');
  const dayFirst = !english || !/^en(-us)?$/.test(lang);
  const out: DateMention[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    let found: Found[];
    try {
      found = scanSentence({ sentence: sentence.text, ref, dayFirst });
      if (!english) {
        const free = found.filter((f) => languageFree(sentence.text.slice(f.from, f.to)));
        found = merge(ref ? scanOtherLanguage(sentence.text, lang, ref) : [], free);
      }
    } catch {
      continue;
    }
    for (const f of found) {
      if (inAddress(sentence.text, f.from, f.to)) continue;
      const text = sentence.text.slice(f.from, f.to).trim();
      const key = `${text.toLowerCase()}|${f.value.start}|${f.value.end ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const mention: DateMention = { text, ...f.value, context: sentence.text, paragraph: sentence.paragraph };
      out.push(mention);
      if (out.length >= MAX_DATES) return out;
    }
  }
  return out;
}

/** True when the mention is part of a web address ("…/2016/06/11/…"). */
function inAddress(text: string, from: number, to: number): boolean {
  const start = text.lastIndexOf(' ', from) + 1;
  const end = text.indexOf(' ', to);
  const token = text.slice(start, end < 0 ? text.length : end);
  return /https?:\/\/|www\.|\.(?:com|org|net|html?)\b/i.test(token);
}

/** Both lists in text order; where two mentions overlap, the first list's one stays. */
function merge(preferred: Found[], others: Found[]): Found[] {
  const out = [...preferred];
  for (const o of others) if (!preferred.some((p) => p.from < o.to && o.from < p.to)) out.push(o);
  return out.sort((a, b) => a.from - b.from);
}

/** Mentions made of digits and separators only, which read the same in every language. */
function languageFree(text: string): boolean {
  return /^[\d\s./–-]+$/.test(text);
}
