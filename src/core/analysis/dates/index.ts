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
