// Sentence splitting for news prose: keeps abbreviations ("Mr.", "U.S.", "3 p.m.") and quotes intact.
// Any script's capital starts a sentence ("… gól. Čtvrté …"); Chinese and Japanese end one at 。！？
// with no space after it.

const ABBREVIATIONS =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|e\.g|i\.e|[A-Z])\.$/;

/** German writes dates with an ordinal dot: "am 3. März" goes on. */
const AFTER_ORDINAL_DAY =
  /^\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;

export interface Sentence {
  text: string;
  paragraph: number;
}

export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  const re = /[.!?]+["”’)»]*\s+(?=["“‘(«¿¡]?[\p{Lu}\p{N}])|[。！？]+[」』）”"]*\s*(?=\S)/gu;
  let start = 0;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const end = m.index + m[0].trimEnd().length;
    const candidate = paragraph.slice(start, end);
    if (ABBREVIATIONS.test(candidate.replace(/["”’)»]+$/, ''))) continue;
    if (/\b\d{1,2}\.$/.test(candidate) && AFTER_ORDINAL_DAY.test(paragraph.slice(end))) continue;
    out.push(candidate.trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

export function sentencesOf(paragraphs: string[]): Sentence[] {
  return paragraphs.flatMap((p, paragraph) => splitSentences(p).map((text) => ({ text, paragraph })));
}
