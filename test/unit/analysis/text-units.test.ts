import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analysis';
import { findMentions } from '../../../src/core/analysis/names';
import { findQuoteSpans } from '../../../src/core/analysis/quote-spans';
import { prepare, tokenize } from '../../../src/core/analysis/tokens';

const mentions = (...paragraphs: string[]) =>
  findMentions(prepare(paragraphs)).map((m) => [m.words.join(' '), m.prefix.join(' ')]);

describe('tokenize', () => {
  it('keeps abbreviations, initials and possessives whole', () => {
    const words = tokenize('Mr. Danin of the U.S. said George H.W. Bush’s plan failed.').map((t) => t.text);
    expect(words).toEqual([
      'Mr.',
      'Danin',
      'of',
      'the',
      'U.S.',
      'said',
      'George',
      'H.W.',
      'Bush’s',
      'plan',
      'failed',
      '.',
    ]);
  });

  it('numbers sentences outside quotations only', () => {
    const [p] = prepare(['“It is late. We should go,” she said. Then she left.']);
    const said = p!.tokens.find((t) => t.text === 'said')!;
    const then = p!.tokens.find((t) => t.text === 'Then')!;
    expect(said.sentence).toBe(0);
    expect(then.sentence).toBe(1);
  });
});

describe('findQuoteSpans', () => {
  it('pairs curly and straight marks and leaves apostrophes alone', () => {
    const spans = findQuoteSpans('“It’s done,” he said, and "we’re glad," she added, calling it ‘a relief’ today.');
    expect(spans.map((s) => s.inner)).toEqual(['It’s done,', 'we’re glad,', 'a relief']);
  });

  it('runs an unclosed quotation to the end of the paragraph', () => {
    const [span] = findQuoteSpans('He said: “The first part goes on');
    expect(span).toMatchObject({ inner: 'The first part goes on', unclosed: true });
  });

  it('marks titles of works', () => {
    expect(findQuoteSpans('her book “A Paradise Built in Hell” sold well')[0]!.title).toBe(true);
    expect(findQuoteSpans('she said “we will build it in hell”')[0]!.title).toBe(false);
  });
});

describe('findMentions', () => {
  it('splits titles and honorifics from names', () => {
    expect(mentions('It was signed by Israeli Prime Minister Benjamin Netanyahu and Mr. Danin.')).toEqual([
      ['Benjamin Netanyahu', 'Israeli Prime Minister'],
      ['Danin', 'Mr.'],
    ]);
  });

  it('keeps organisation names with "of", "on" and "and" whole', () => {
    expect(
      mentions('They wrote to the Joint Committee on Intelligence and Security and the Department of Justice.').map(
        (m) => m[0],
      ),
    ).toEqual(['Joint Committee on Intelligence and Security', 'Department of Justice']);
  });

  it('drops capitals that only open a sentence, and credits', () => {
    expect(
      mentions('Despite the rain, it went on. Officials said so. (Jane Roe/Getty Images)').map((m) => m[0]),
    ).toEqual([]);
    expect(mentions('LONDON — The talks resumed in Geneva.').map((m) => m[0])).toEqual(['Geneva']);
  });
});

describe('analyse', () => {
  it('never throws, whatever the text', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('“', '”', '"', '‘', '’', 'Mr.', 'said', 'he', 'she', 'of', 'the', 'NATO', ',', '.', '\u00ad'),
      fc.constantFrom('Ana Lima', 'the Ministry of Health', 'Dr. Okoye', 'according to', 'U.S.', '(AP)', '—'),
    );
    const paragraph = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), fc.option(fc.string()), (paragraphs, title) => {
        const r = analyse({ title, paragraphs, published: null, lang: null });
        expect(r.actors.length).toBeLessThanOrEqual(25);
        for (const q of r.quotes) expect(q.paragraph).toBeLessThan(paragraphs.length);
      }),
      { numRuns: 150 },
    );
  });
});
