import { describe, expect, it } from 'vitest';
import { countWords, hasWords } from '../../../src/core/text';

describe('hasWords', () => {
  it('agrees with countWords at every bound', () => {
    const text = "It's 9 a.m. in São Paulo — the mayor's office, 2024: “no comment”.";
    const count = countWords(text);
    expect(count).toBe(13);
    for (let n = 0; n <= count + 2; n++) expect(hasWords(text, n)).toBe(count >= n);
    expect(hasWords('', 1)).toBe(false);
    expect(hasWords('—', 0)).toBe(true);
  });

  it('gives the same answer called again, after a count of another text', () => {
    expect(hasWords('one two three', 3)).toBe(true);
    expect(countWords('four five')).toBe(2);
    expect(hasWords('one two three', 3)).toBe(true);
    expect(hasWords('one two', 3)).toBe(false);
  });
});
