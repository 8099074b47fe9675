// How the popup orders and words a digest, and the Markdown it copies.

import { describe, expect, it } from 'vitest';
import type { Actor, DateMention, Digest } from '../../src/core/types';
import { formatDay, formatMention, groupQuotes, orderActors, readingMinutes, timeline } from '../../src/popup/format';
import { digestToMarkdown, escapeMarkdown } from '../../src/popup/markdown';
import seed from '../fixtures/seed-digest.json';

const digest = seed as Digest;
const date = (start: string, end?: string): DateMention => ({
  text: start,
  start,
  ...(end ? { end } : {}),
  precision: 'day',
  paragraph: 0,
});

describe('format', () => {
  it('reading time: 230 words a minute, never under a minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(609)).toBe(3);
    expect(readingMinutes(2300)).toBe(10);
  });

  it('dates at their own precision, ranges as ranges, date-times as their day', () => {
    expect(formatDay('2021-12-31T23:40:12-05:00')).toBe('Dec 31, 2021');
    expect(formatMention(date('2014'))).toBe('2014');
    expect(formatMention(date('2022-01'))).toBe('Jan 2022');
    expect(formatMention(date('2022-01-09', '2022-01-10')).replace(/\s/g, ' ')).toBe('Jan 9 – 10, 2022');
    expect(formatMention(date('2021-12-30', '2022-01-02')).replace(/\s/g, ' ')).toBe('Dec 30, 2021 – Jan 2, 2022');
    expect(formatMention(date('not a date'))).toBe('not a date');
  });

  it('timeline: split at the publication day, compared at each date’s own precision', () => {
    const dates = [
      date('2022-01'),
      date('2021-12'),
      date('2021-12-31'),
      date('2022'),
      date('2021'),
      date('2022-01-01'),
    ];
    const { reference, past, future } = timeline(dates, '2021-12-31T08:40:12+00:00');
    expect(reference).toBe('2021-12-31');
    expect(past.map((d) => d.start)).toEqual(['2021', '2021-12', '2021-12-31']);
    expect(future.map((d) => d.start)).toEqual(['2022', '2022-01', '2022-01-01']);
  });

  it('timeline: without a publication date, one chronological list', () => {
    const { reference, past, future } = timeline([date('2022-01-12'), date('1962')], null);
    expect(reference).toBeNull();
    expect(past.map((d) => d.start)).toEqual(['1962', '2022-01-12']);
    expect(future).toEqual([]);
  });

  it('actors: people, organisations, places; most mentioned first; ties keep their order', () => {
    const a = (name: string, type: Actor['type'], mentions: number): Actor => ({ name, type, mentions, paragraph: 0 });
    const ordered = orderActors([
      a('Paris', 'place', 9),
      a('ACME', 'organization', 3),
      a('Bo', 'person', 1),
      a('Al', 'person', 4),
      a('Cy', 'person', 1),
    ]);
    expect(ordered.map((x) => x.name)).toEqual(['Al', 'Bo', 'Cy', 'ACME', 'Paris']);
  });

  it('quotes: by speaker in order of first appearance, role from any of their quotes, unattributed last', () => {
    const groups = groupQuotes([
      { text: 'a', speaker: null, paragraph: 0 },
      { text: 'b', speaker: 'Ann', paragraph: 1 },
      { text: 'c', speaker: 'Bob', speakerRole: 'mayor', paragraph: 2 },
      { text: 'd', speaker: 'Ann', speakerRole: 'judge', paragraph: 3 },
    ]);
    expect(groups.map((g) => [g.speaker, g.role, g.quotes.map((q) => q.text).join('')])).toEqual([
      ['Ann', 'judge', 'bd'],
      ['Bob', 'mayor', 'c'],
      [null, undefined, 'a'],
    ]);
  });
});

describe('Markdown', () => {
  const markdown = digestToMarkdown(digest);

  it('has the headline, the meta line, the address and every section in the popup’s order', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Biden and Putin’s serious conversation sets the tone for diplomacy');
    expect(lines[2]).toBe('The Daily Ledger · Ananya Rao · Dec 31, 2021 · 3 min read');
    expect(lines[4]).toBe(`<${digest.url}>`);
    const headings = lines.filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Summary', '## Who', '## When', '## Quotes']);
  });

  it('lists actors with role, type and mentions, and dates with their sentence, future ones marked', () => {
    expect(markdown).toContain('- **Joe Biden**, President of the United States (person, 7 mentions)');
    expect(markdown).toContain('- **NATO** (organisation, 5 mentions)');
    expect(markdown).toMatch(/- \*\*Jan 12, 2022\*\* _\(ahead\)_: The leaders’ summit/);
    expect(markdown).toMatch(/- \*\*1962\*\*: Putin has linked/);
  });

  it('quotes under their speaker, as block quotes; no runs of blank lines', () => {
    expect(markdown).toContain('**Yuri Ushakov**, Kremlin aide\n\n> “may lead to a complete collapse');
    expect(markdown).not.toMatch(/\n\n\n/);
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('escapes what Markdown would read as markup', () => {
    expect(escapeMarkdown('a *b* [c](d) <e> _f_ #1')).toBe('a \\*b\\* \\[c\\](d) \\<e\\> \\_f\\_ \\#1');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
  });

  it('a page without an article says so', () => {
    const none = digestToMarkdown({ ...digest, isArticle: false, title: 'Home' });
    expect(none).toContain('# Home');
    expect(none).toContain('No article on this page');
    expect(none).not.toContain('## Summary');
  });
});
