// compromise's word knowledge, computed at build time: the module `virtual:compromise-lexicon`
// holds the lexicon `nlp.model()` returns once compromise/two is loaded (every word with its tags,
// inflected forms included) and compromise's lists of organisation and place words, and nothing
// else. The analysis (src/core/analysis/lexicon.ts) only ever looked words up in these; loading
// compromise itself to get them cost the popup about 400 KB of code and, on every open, some
// 150 ms or more of unpacking and expanding the lexicon before the first word was read.
//
// Format: one string of the words with their tags, sorted by word in code-unit order, in buckets
// of BUCKET words separated by `#`. A bucket's first line is `word,n`; each further line is
// `p` `rest,n`, where `p` (one base-36 digit) is how many leading characters the word shares with
// the line before and `rest` the others; `n` (base 36) is the index of the word's list of tags in
// `tags`; lines are separated by `~`. The popup looks words up by binary search over the buckets'
// first words, then reads one bucket: building a map of 25,000 words took it as long again as
// everything else the lexicon saves. Sharing prefixes and needing no escapes in the module's
// source makes the lexicon 185 KB instead of 323: the popup's pipeline arrives that much sooner.

import type { Plugin } from 'vite';

export const LEXICON_MODULE = 'virtual:compromise-lexicon';
const RESOLVED = `\0${LEXICON_MODULE}`;

export interface PackedLexicon {
  /** The distinct lists of tags. */
  tags: string[][];
  /** The words and the index of their tags, sorted, in front-coded buckets (see above). */
  words: string;
  orgWords: string[];
  placeWords: string[];
}

interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}

/** Words per bucket: the longest stretch a lookup reads word by word. */
const BUCKET = 16;
/** A shared prefix is written as one base-36 digit. */
const MAX_SHARED = 35;

export async function packLexicon(): Promise<PackedLexicon> {
  const { default: nlp } = await import('compromise/two');
  const model = nlp.model() as unknown as Model;
  const tags: string[][] = [];
  const index = new Map<string, number>();
  const entries: [string, number][] = [];
  for (const [word, value] of Object.entries(model.one.lexicon)) {
    if (/[,~#]/.test(word)) throw new Error(`compromise's lexicon holds ${JSON.stringify(word)}: change the format`);
    const list = typeof value === 'string' ? [value] : value;
    const id = list.join(' ');
    if (!index.has(id)) index.set(id, tags.push(list) - 1);
    entries.push([word, index.get(id)!]);
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let words = '';
  entries.forEach(([word, tag], k) => {
    const n = tag.toString(36);
    if (k % BUCKET === 0) {
      words += `${k ? '#' : ''}${word},${n}`;
      return;
    }
    const previous = entries[k - 1]![0];
    let shared = 0;
    while (shared < MAX_SHARED && word[shared] !== undefined && word[shared] === previous[shared]) shared++;
    words += `~${shared.toString(36)}${word.slice(shared)},${n}`;
  });
  return {
    tags,
    words,
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
