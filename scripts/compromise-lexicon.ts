// compromise's word knowledge, computed at build time: the module `virtual:compromise-lexicon`
// holds the lexicon `nlp.model()` returns once compromise/two is loaded (every word with its tags,
// inflected forms included) and compromise's lists of organisation and place words, and nothing
// else. The analysis (src/core/analysis/lexicon.ts) only ever looked words up in these; loading
// compromise itself to get them cost the popup about 400 KB of code and, on every open, some
// 150 ms or more of unpacking and expanding the lexicon before the first word was read.
//
// Format: one string of lines `word,n`, sorted by word in code-unit order, `n` (base 36) the index
// of the word's list of tags in `tags`. The popup looks words up by binary search in that string:
// building a map of 25,000 words took it as long again as everything else the lexicon saves.

import type { Plugin } from 'vite';

export const LEXICON_MODULE = 'virtual:compromise-lexicon';
const RESOLVED = `\0${LEXICON_MODULE}`;

export interface PackedLexicon {
  /** The distinct lists of tags. */
  tags: string[][];
  /** `word,n` lines, sorted by word. */
  words: string;
  orgWords: string[];
  placeWords: string[];
}

interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}

export async function packLexicon(): Promise<PackedLexicon> {
  const { default: nlp } = await import('compromise/two');
  const model = nlp.model() as unknown as Model;
  const tags: string[][] = [];
  const index = new Map<string, number>();
  const lines: [string, string][] = [];
  for (const [word, value] of Object.entries(model.one.lexicon)) {
    if (/[,\n]/.test(word)) throw new Error(`compromise's lexicon holds ${JSON.stringify(word)}: change the format`);
    const list = typeof value === 'string' ? [value] : value;
    const id = list.join(' ');
    if (!index.has(id)) index.set(id, tags.push(list) - 1);
    lines.push([word, `${word},${index.get(id)!.toString(36)}`]);
  }
  lines.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    tags,
    words: lines.map(([, line]) => line).join('\n'),
    orgWords: Object.keys(model.two.orgWords),
    placeWords: Object.keys(model.two.placeWords),
  };
}

/** Serves `virtual:compromise-lexicon` to every build and to the tests. */
export function compromiseLexicon(): Plugin {
  let packed: Promise<string> | null = null;
  return {
    name: 'newslens:compromise-lexicon',
    resolveId: (id) => (id === LEXICON_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      packed ??= packLexicon().then((p) => `export default JSON.parse(${JSON.stringify(JSON.stringify(p))});\n`);
      return packed;
    },
  };
}
