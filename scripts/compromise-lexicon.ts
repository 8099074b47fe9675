// compromise's word knowledge, computed at build time: the module `virtual:compromise-lexicon`
// holds the lexicon `nlp.model()` returns once compromise/two is loaded (every word with its tags,
// inflected forms included) and compromise's lists of organisation and place words, and nothing
// else. The analysis (src/core/analysis/lexicon.ts) only ever looked words up in these; loading
// compromise itself to get them cost the popup about 400 KB of code and, on every open, some
// 150 ms or more of unpacking and expanding the lexicon before the first word was read.
//
// Format: the words grouped by their list of tags, each group one comma-separated string (no
// word of the lexicon holds a comma: checked here).

import type { Plugin } from 'vite';

export const LEXICON_MODULE = 'virtual:compromise-lexicon';
const RESOLVED = `\0${LEXICON_MODULE}`;
const SEPARATOR = ',';

export interface PackedLexicon {
  /** The tag lists, one per group of words. */
  tags: string[][];
  /** The words of each group, joined by commas. */
  words: string[];
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
  const groups = new Map<string, { tags: string[]; words: string[] }>();
  for (const [word, value] of Object.entries(model.one.lexicon)) {
    if (word.includes(SEPARATOR)) throw new Error(`compromise's lexicon holds "${word}": pick another separator`);
    const tags = typeof value === 'string' ? [value] : value;
    const id = tags.join(' ');
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { tags, words: [] }));
    group.words.push(word);
  }
  return {
    tags: [...groups.values()].map((g) => g.tags),
    words: [...groups.values()].map((g) => g.words.join(SEPARATOR)),
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
