import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analysis';
import { harborDeal, lagosFlood, seed, waterBill } from './fixtures';

const quotes = (a: { title: string; paragraphs: string[] }) =>
  analyse({ title: a.title, paragraphs: a.paragraphs, published: null, lang: 'en' }).quotes;
const saidBy = (a: { title: string; paragraphs: string[] }) => quotes(a).map((q) => [q.text, q.speaker]);

describe('quotes', () => {
  it('splits a quote broken by its attribution into two with one speaker', () => {
    expect(saidBy(waterBill).slice(0, 2)).toEqual([
      ['This is a law for the farmers who kept this state fed through three droughts', 'Maria Alvarez'],
      ['They waited long enough.', 'Maria Alvarez'],
    ]);
  });

  it('reads speech verbs before and after the quote, with "according to"', () => {
    const q = quotes(seed);
    expect(q[0]).toMatchObject({ speaker: 'Jen Psaki', speakerRole: 'White House press secretary', paragraph: 2 });
    expect(q.find((x) => x.text.startsWith('Biden set out'))?.speaker).toBe('a senior administration official');
    expect(saidBy(waterBill)).toContainEqual([
      'the vote was closer than anyone in the building will admit.',
      'a senior legislative aide',
    ]);
  });

  it('resolves he and she to the right person, past a nearer one of the other gender', () => {
    const q = quotes(harborDeal);
    expect(q.find((x) => x.text.startsWith('People said'))?.speaker).toBe('Priya Raman');
    expect(q.find((x) => x.text.startsWith('Integration'))?.speaker).toBe('Jonas Berg');
    expect(quotes(waterBill).find((x) => x.text.startsWith('We respect'))?.speaker).toBe('Tomás Reyes');
    expect(quotes(seed).at(-1)).toMatchObject({
      speaker: 'Yuri Ushakov',
      text: expect.stringMatching(/^Our president/),
    });
  });

  it('lets a paragraph that is all quotation continue the last speaker', () => {
    expect(saidBy(seed)).toContainEqual([
      expect.stringMatching(/^Both leaders noted/),
      'a senior administration official',
    ]);
    // The last speaker here spoke only a three-word fragment, which is not listed itself.
    expect(saidBy(waterBill)).toContainEqual([expect.stringMatching(/^Nobody got everything/), 'Dana Whitfield']);
  });

  it('leaves out scare quotes and fragments under four words', () => {
    const texts = quotes(seed).map((q) => q.text);
    expect(texts).not.toContain('serious.');
    expect(texts).not.toContain('excellent context');
    expect(texts).not.toContain('quickly answered');
    expect(quotes(waterBill).map((q) => q.text)).not.toContain('a fragile compromise.');
  });

  it('keeps a multi-paragraph quotation open across the paragraph break', () => {
    const q = quotes({
      title: 'Mayor on the budget',
      paragraphs: [
        'Mayor Lena Ortiz defended the budget on Friday. “We cut what we could without closing a single library,” she said. “The rest of it',
        '“is money the state owes us and has not paid in three years.”',
      ],
    });
    expect(q.map((x) => [x.speaker, x.paragraph])).toEqual([
      ['Lena Ortiz', 0],
      ['Lena Ortiz', 0],
      ['Lena Ortiz', 1],
    ]);
  });

  it('handles straight quotation marks and a speaker named after the verb', () => {
    const q = quotes({
      title: 'Port strike',
      paragraphs: [
        '"The strike will go on until the port authority returns to the table," said Omar Haddad, president of the dockworkers union.',
        'The authority said in a statement that it "remains open to talks at any time."',
      ],
    });
    expect(q[0]).toMatchObject({ speaker: 'Omar Haddad', speakerRole: 'president of the dockworkers union' });
    expect(q[0]!.context).toMatch(/^"The strike will go on/);
    expect(q[1]?.speaker).toBe('the authority');
  });

  it('tells two people of one surname apart and follows a paragraph that introduces a quote', () => {
    expect(saidBy(lagosFlood)).toEqual([
      ['I heard my mixers floating', 'Amina Okafor'],
      ['You do not forget that sound.', 'Amina Okafor'],
      ['By the time I arrived, the street was a river', 'Chidi Okafor'],
      ['We lost everything we had built.', 'Chidi Okafor'],
      ['working around the clock.', 'Nkechi Bello'],
      ['Start with one loaf. Then make another one tomorrow.', 'Amina Okafor'],
      ['Lagos is sinking and the sea is rising', 'Tunde Adeyemi'],
    ]);
  });
});
