// The analysis reads compromise's lexicon from data made at build time (scripts/compromise-lexicon.ts),
// not from compromise: the words and their tags must be exactly compromise's own.

import nlp from 'compromise/two';
import packed from 'virtual:compromise-lexicon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOrgWord, isPlaceWord, tagsOf } from '../../../src/core/analysis/lexicon';

interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}
const model = nlp.model() as unknown as Model;

describe('the build-time lexicon', () => {
  it('gives every word of compromise’s lexicon exactly compromise’s tags', () => {
    const words = Object.entries(model.one.lexicon).filter(([w]) => w === w.toLowerCase());
    expect(words.length).toBeGreaterThan(20000);
    const wrong = words.filter(
      ([w, t]) => JSON.stringify(tagsOf(w)) !== JSON.stringify(typeof t === 'string' ? [t] : t),
    );
    expect(wrong).toEqual([]);
  });

  it('holds no word compromise lacks', () => {
    expect(packed.words.split(/[~#]/).length).toBe(Object.keys(model.one.lexicon).length);
    for (const word of ['newslens', 'zzyzx', 'constructor', 'toString', '__proto__']) expect(tagsOf(word)).toEqual([]);
  });

  it('finds nothing for spellings near its words that it lacks, and the words themselves', () => {
    // Words next to others in the sorted list, and ones that share their prefixes, are where a
    // lookup in front-coded buckets could go wrong: truncated, lengthened or changed at the end.
    const words = Object.keys(model.one.lexicon).filter((w) => w === w.toLowerCase());
    const near = fc
      .tuple(fc.constantFrom(...words), fc.nat(), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz- '.split('')))
      .chain(([w, n, c]) => fc.constantFrom(w, w.slice(0, n % (w.length + 1)), w + c, w.slice(0, -1) + c, c + w));
    fc.assert(
      fc.property(near, (w) => {
        const t = Object.hasOwn(model.one.lexicon, w) ? model.one.lexicon[w] : undefined;
        expect(tagsOf(w)).toEqual(t === undefined ? [] : typeof t === 'string' ? [t] : t);
      }),
      { numRuns: 2000 },
    );
  });

  it('looks words up the way the finders write them', () => {
    expect(tagsOf('Putin')).toEqual(tagsOf('putin'));
    expect(tagsOf('Biden’s')).toEqual(tagsOf("biden's"));
  });

  it('has compromise’s organisation and place words', () => {
    expect(packed.orgWords).toEqual(Object.keys(model.two.orgWords));
    expect(packed.placeWords).toEqual(Object.keys(model.two.placeWords));
    for (const w of packed.orgWords) expect(isOrgWord(w), w).toBe(true);
    for (const w of packed.placeWords) expect(isPlaceWord(w), w).toBe(true);
  });
});
