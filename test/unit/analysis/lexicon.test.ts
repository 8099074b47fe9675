// The analysis reads compromise's lexicon from data made at build time (scripts/compromise-lexicon.ts),
// not from compromise: the words and their tags must be exactly compromise's own.

import nlp from 'compromise/two';
import packed from 'virtual:compromise-lexicon';
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
    expect(packed.words.split('\n').length).toBe(Object.keys(model.one.lexicon).length);
    for (const word of ['newslens', 'zzyzx', 'constructor', 'toString', '__proto__']) expect(tagsOf(word)).toEqual([]);
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
