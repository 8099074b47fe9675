// Extractive summary: three to five sentences copied verbatim from the article, in article order.
// News puts the essentials first, so position weighs most; then how much a sentence shares with the
// headline, how dense it is in names and numbers, and whether its length is that of a statement.
// Questions, captions, credits, bylines and "Read more" lines are never candidates.

import type { Sentence } from './sentences';

export interface SummaryOptions {
  title?: string | null;
  /** Most sentences to return; by default 3 for short articles, up to 5 for long ones. */
  max?: number;
}

const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as into about over after before under than then that this ' +
    'these those it its is are was were be been being has have had do does did not no so such can could will would ' +
    'shall should may might must he she they we you i his her their our your them him us me who whom whose which what ' +
    'when where why how all any some more most other also just only very says said say new after'
  ).split(' '),
);

/** Photo credits, and caption openings ("In this photo dated …"): looked for in whole paragraphs. */
const CREDIT = [
  /\b(?:getty images|ap photo|afp photo|reuters\/|\/reuters|photograph:|photo:|picture:|image:|source:|credit:|illustration:|file photo|photo via)|\((?:AP|AFP|Reuters|EPA|Getty)\)\s*$/i,
  /^in this (?:\w+ )?(?:photo|image|picture|file photo|handout|video|screenshot|screen grab)\b/i,
];

/** Lines that belong to the page around the story, not to it. */
const BOILERPLATE = [
  ...CREDIT,
  /^(?:read more|read the full|continue reading|related|see also|advertisement|sponsored|photo|image|video|watch|listen|sign up|subscribe|follow us|follow|click|share|copyright|all rights reserved|©|updated|posted|published|by\s+[A-Z])/i,
  /contributed to this report|additional reporting|reporting by|editing by|writing by|can be reached at|follow (?:him|her|them) on|on twitter|@\w{2,}|https?:\/\/|www\./i,
  // Caption phrasing: "Clockwise from top: …", "From left, …", "Pictured: …"
  /^(?:clockwise from|from left|left to right|(?:main |top |above |below )?(?:pictured|image|photo)\b|above,|below,|top:|inset:)/i,
  // An author's bio: "Steven Mufson covers the White House."
  /^[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3} (?:covers|writes about|is a (?:staff |senior |national )?(?:writer|reporter|correspondent|editor|columnist|contributor))\b/,
];

export function summarize(sentences: Sentence[], options: SummaryOptions = {}): string[] {
  const titleWords = new Set(contentWords(options.title ?? ''));
  const counts = sentences.map((s) => wordCount(s.text));
  const totalWords = counts.reduce((a, b) => a + b, 0);
  const max = options.max ?? (totalWords < 400 ? 3 : totalWords < 1200 ? 4 : 5);
  const lastParagraph = sentences.at(-1)?.paragraph ?? 0;

  // A credit anywhere in a paragraph makes the whole paragraph a caption.
  const paragraphText = new Map<number, string>();
  for (const s of sentences) paragraphText.set(s.paragraph, `${paragraphText.get(s.paragraph) ?? ''} ${s.text}`);
  const captionParagraphs = new Set(
    [...paragraphText].filter(([, text]) => CREDIT.some((re) => re.test(text.trim()))).map(([p]) => p),
  );

  const scored: { index: number; score: number; words: Set<string> }[] = [];
  let firstOfParagraph = -1;
  sentences.forEach((s, index) => {
    const isFirst = s.paragraph !== firstOfParagraph;
    firstOfParagraph = s.paragraph;
    const n = counts[index]!;
    if (captionParagraphs.has(s.paragraph) || !isCandidate(s.text, n)) return;
    const words = contentWords(s.text);
    // Position: the lede and the first paragraphs carry the story.
    let score = 1 / (1 + 0.35 * s.paragraph);
    if (scored.length === 0) score += 0.6;
    if (isFirst) score += 0.1;
    // Overlap with the headline.
    if (titleWords.size) score += (0.8 * words.filter((w) => titleWords.has(w)).length) / titleWords.size;
    // Names and numbers: who, what, how many.
    const tokens = s.text.split(/\s+/);
    const informative = tokens.filter((t, i) => (i > 0 && /^[A-Z][a-z]/.test(t)) || /\d/.test(t)).length;
    score += 0.6 * Math.min(0.4, informative / tokens.length);
    // A statement-sized sentence; a quotation standing alone says less about the events.
    if (n < 12) score -= 0.25;
    if (n > 45) score -= 0.2;
    if (/^["“‘]/.test(s.text)) score -= 0.15;
    if (s.paragraph === lastParagraph && lastParagraph > 3) score -= 0.2;
    scored.push({ index, score, words: new Set(words) });
  });

  const chosen: typeof scored = [];
  for (const c of [...scored].sort((a, b) => b.score - a.score || a.index - b.index)) {
    if (chosen.length >= max) break;
    // Two sentences that say the same thing: keep the better one.
    if (chosen.some((k) => overlap(k.words, c.words) > 0.6)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.index - b.index).map((c) => sentences[c.index]!.text);
}

function isCandidate(text: string, n: number): boolean {
  if (n < 8 || n > 80) return false;
  if (/\?["”’)]*$/.test(text)) return false;
  // A sentence ends with a full stop (or a quote closing after one); headings and credits do not.
  if (!/[.!。！]["”’)»」』]*$/.test(text)) return false;
  if (!/^["“‘(«¡「『]?[\p{Lu}\p{Lo}\p{N}]/u.test(text)) return false;
  if (BOILERPLATE.some((re) => re.test(text))) return false;
  // A line in capitals is a label or a credit ("LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR").
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper + lower === 0 || upper / (upper + lower) <= 0.6;
}

/** Chinese, Japanese and Korean characters, written without spaces between words. */
const IDEOGRAPHS = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/** Words, counting two Chinese or Japanese characters as one. */
function wordCount(text: string): number {
  let words = 0;
  let ideographic = 0;
  for (const w of text.split(/\s+/)) {
    if (!/[\p{L}\p{N}]/u.test(w)) continue;
    words++;
    if (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/.test(w)) ideographic++;
  }
  if (ideographic === 0) return words;
  return words - ideographic + Math.ceil((text.match(IDEOGRAPHS)?.length ?? 0) / 2);
}

/** Words of three letters or more that carry meaning; split on spaces and punctuation without Unicode classes, which are slow. */
const WORD = /[^\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/g;

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.min(a.size, b.size);
}
