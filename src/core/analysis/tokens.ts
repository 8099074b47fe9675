// A small tokenizer for news prose with character offsets, sentence numbers and the quotation each
// token stands in. compromise's own tokenizer is too slow to run on every article (about 20 ms for
// 2,000 words), and the actor and quote finders need offsets into the paragraph anyway.

import { findQuoteSpans, type QuoteSpan } from './quote-spans';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Words hold letters or digits; everything else is one punctuation character. */
  word: boolean;
  /** Sentence number within the paragraph, counted on the text outside quotations. */
  sentence: number;
  /** Index of the quotation span holding the token, or -1. */
  quote: number;
  /** First word of its sentence, of a quotation or after a colon: capitals there prove nothing. */
  initial: boolean;
}

// A word keeps inner apostrophes, hyphens, periods and ampersands ("Biden’s", "Russia-NATO", "H.W", "A&E");
// any other non-space character is a token of its own.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[’'\-‐.&][\p{L}\p{M}\p{N}]+)*|\S/gu;
// Abbreviations whose period belongs to the word, not to the sentence.
const ABBREVIATION =
  /^(?:mr|mrs|ms|dr|prof|sen|sens|rep|reps|gov|gen|col|lt|sgt|capt|cmdr|adm|maj|rev|st|jr|sr|inc|ltd|co|corp|no|vs|etc|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mt|ft|hon|atty|supt)$/i;

export function isAbbreviation(word: string): boolean {
  return ABBREVIATION.test(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    let end = start + m[0].length;
    const word = m[0].length > 1 || /[\p{L}\p{M}\p{N}]/u.test(m[0]);
    if (word && text[end] === '.' && isAbbreviation(m[0])) {
      end++; // the period is the abbreviation's; the next match, that period, is skipped below
    } else if ((tokens.at(-1)?.end ?? 0) > start) {
      continue;
    }
    tokens.push({ text: text.slice(start, end), start, end, word, sentence: 0, quote: -1, initial: false });
  }
  return tokens;
}

// Marks that may stand between a full stop and the next sentence's first word.
const MARKS = new Set(['“', '”', '"', '‘', '’', "'", '(', ')', '[', ']', '„', '«', '»']);

/**
 * Numbers sentences on the text outside quotations (a quotation's inner full stops do not end the
 * reporting sentence) and marks the words whose capital letter is positional.
 */
export function markSentences(tokens: Token[], quotes: { start: number; end: number }[]): void {
  let q = 0;
  for (const t of tokens) {
    while (q < quotes.length && quotes[q]!.end <= t.start) q++;
    const span = quotes[q];
    t.quote = span && span.start <= t.start && t.end <= span.end ? q : -1;
  }
  let sentence = 0;
  let prevWord: Token | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.word) {
      let j = k - 1;
      while (j >= 0 && !tokens[j]!.word && MARKS.has(tokens[j]!.text)) j--;
      const p = tokens[j];
      const stop = p !== undefined && !p.word && /[.!?…]/.test(p.text);
      if (stop && /^[\p{Lu}\p{N}]/u.test(t.text) && !(t.quote >= 0 && t.quote === p.quote)) sentence++;
      const opensQuote = t.quote >= 0 && prevWord?.quote !== t.quote;
      t.initial = !p || stop || opensQuote || (!p.word && /[:—–]/.test(p.text));
      prevWord = t;
    }
    t.sentence = sentence;
  }
}

/** One paragraph made ready for the actor and quote finders. */
export interface Paragraph {
  index: number;
  text: string;
  tokens: Token[];
  quotes: QuoteSpan[];
  /** A heading, caption or button label: too short to hold a sentence. */
  fragment: boolean;
}

/** Soft hyphens and zero-width characters break names apart ("Netan­yahu"); they carry nothing. */
export function cleanText(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\u00a0/g, ' ');
}

export function prepare(texts: string[], firstIndex = 0): Paragraph[] {
  return texts.map((raw, i) => {
    const text = cleanText(raw);
    const tokens = tokenize(text);
    const quotes = findQuoteSpans(text);
    markSentences(tokens, quotes);
    const words = tokens.filter((t) => t.word).length;
    // Short and without a full stop: a heading ("‘We need to listen’"), a caption, a button.
    const fragment = words < 5 && !/[.!?]["”’]?\s*$/.test(text);
    return { index: firstIndex + i, text, tokens, quotes, fragment };
  });
}
