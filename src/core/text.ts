// Small text helpers shared by every stage of the core.

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** A word the way a reader counts one: a run of letters or digits. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Counts words the way a reader would: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Whether `text` has `n` words or more, read only as far as the `n`th. */
export function hasWords(text: string, n: number): boolean {
  WORD.lastIndex = 0;
  let found = 0;
  while (found < n && WORD.exec(text)) found++;
  WORD.lastIndex = 0;
  return found >= n;
}
