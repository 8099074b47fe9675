// Where the quotation marks of one paragraph open and close. News text mixes curly and straight
// double quotes, uses single curly quotes for quotations in British style, and leaves a quotation
// open at the end of a paragraph when the next paragraph goes on quoting the same speaker.

export interface QuoteSpan {
  /** Offsets of the opening mark and just past the closing mark (or the paragraph end). */
  start: number;
  end: number;
  /** The quoted words, without the marks. */
  inner: string;
  innerStart: number;
  /** True when no closing mark came before the end of the paragraph. */
  unclosed: boolean;
  /** Most words capitalised: the title of a work or a slogan ("The World of Tomorrow"), not speech. */
  title: boolean;
}

/** True when most words after the first are capitalised ("A Paradise Built in Hell"). */
export function isTitleCase(text: string): boolean {
  const words = (text.match(/[\p{L}][\p{L}’'-]*/gu) ?? [])
    .slice(1)
    .filter((w) => !/^(?:of|the|a|an|and|in|on|for|to|at|by|with|or)$/.test(w));
  if (words.length < 2) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

const CLOSERS: Record<string, string> = { '“': '”', '„': '“”', '«': '»', '"': '"', '‘': '’' };

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let opener = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open >= 0) {
      if (!CLOSERS[opener]!.includes(c)) continue;
      // A single curly quote closes only where no letter follows: "it’s" is an apostrophe.
      if (opener === '‘' && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue;
      if (opener === '"' && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') && /\s/.test(text[i - 1] ?? '')) {
        // A straight quote with a space before and a letter after opens a new quotation: the
        // previous one was never closed.
        push(spans, text, open, i, true);
        open = i;
        continue;
      }
      push(spans, text, open, i + 1, false);
      open = -1;
      continue;
    }
    if (c === '“' || c === '„' || c === '«') {
      open = i;
      opener = c;
    } else if (c === '"') {
      if (/\d/.test(text[i - 1] ?? '')) continue; // 12" is inches
      open = i;
      opener = c;
    } else if (c === '‘' && (i === 0 || /[\s([—–-]/.test(text[i - 1]!)) && /[\p{L}\p{N}[]/u.test(text[i + 1] ?? '')) {
      open = i;
      opener = c;
    }
  }
  if (open >= 0 && opener !== '‘') push(spans, text, open, text.length, true);
  return spans;
}

function push(spans: QuoteSpan[], text: string, start: number, end: number, unclosed: boolean): void {
  const closing = unclosed ? end : end - 1;
  const raw = text.slice(start + 1, closing);
  const lead = raw.length - raw.trimStart().length;
  const inner = raw.trim();
  spans.push({ start, end, inner, innerStart: start + 1 + lead, unclosed, title: isTitleCase(inner) });
}
