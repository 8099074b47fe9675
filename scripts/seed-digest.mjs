#!/usr/bin/env node
// Writes test/fixtures/seed-digest.json: a complete digest of test/fixtures/seed-article.html for
// the popup's tests and screenshots, while the analysis (actors, dates, quotes) is still being
// built. Everything the pipeline already makes (title, byline, paragraphs, summary, clutter) comes
// from the pipeline; actors, dates and quotes come from the hand-made gold file of the same article
// (../shared/eval/dev/gold/seed-biden-putin.json), placed in the text by this script: mention counts,
// paragraph indexes and context sentences are computed, never typed. A few of the gold file's
// optional entries (places, a vague date, an unattributed quote) are added so that every branch of
// the view is shown. Review the output by eye after regenerating:
//
//   npm run build:cli && node scripts/seed-digest.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { digestHtml } from '../build/cli/lib.js';

const root = new URL('..', import.meta.url).pathname;
const gold = JSON.parse(readFileSync(join(root, '../shared/eval/dev/gold/seed-biden-putin.json'), 'utf8'));
const html = readFileSync(join(root, 'test/fixtures/seed-article.html'), 'utf8');
const digest = digestHtml(html, { url: gold.url });
const { paragraphs } = digest;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sentences = (p) => p.match(/[^.!?]+(?:[.!?]+["”’]?|$)\s*/g)?.map((s) => s.trim()) ?? [p];
const paragraphOf = (text) => paragraphs.findIndex((p) => p.includes(text));
const sentenceOf = (text) => {
  const i = paragraphOf(text);
  return i < 0 ? undefined : (sentences(paragraphs[i]).find((s) => s.includes(text)) ?? paragraphs[i]);
};
function need(i, what) {
  if (i < 0) throw new Error(`not in the article: ${what}`);
  return i;
}

// Actors: every form of the name counts once per occurrence, longest forms first.
function actor({ name, type, role, aliases = [] }) {
  const forms = [name, ...aliases].sort((a, b) => b.length - a.length);
  const re = new RegExp(`\\b(?:${forms.map(escape).join('|')})\\b`, 'g');
  const mentions = paragraphs.reduce((n, p) => n + (p.match(re)?.length ?? 0), 0);
  const paragraph = need(
    paragraphs.findIndex((p) => re.test(p) && ((re.lastIndex = 0), true)),
    name,
  );
  return { name, type, ...(role ? { role } : {}), ...(aliases.length ? { aliases } : {}), mentions, paragraph };
}
const actors = [
  ...gold.actors,
  { name: 'the Kremlin', type: 'organization', aliases: ['Kremlin'] },
  { name: 'Ukraine', type: 'place' },
  { name: 'Washington', type: 'place' },
].map(actor);

// Dates: the gold dates, plus one vague span from the optional list.
const dates = [
  ...gold.dates,
  { text: 'this month', start: '2021-12' },
  { text: 'over the weekend', start: '2021-12-25', end: '2021-12-26', approximate: true },
].map(({ text, start, end, approximate }) => ({
  text,
  start,
  ...(end ? { end } : {}),
  precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year',
  ...(approximate ? { approximate } : {}),
  context: sentenceOf(text),
  paragraph: need(paragraphOf(text), text),
}));

// Quotes: the gold quotes with the speaker's role from the actors; one optional, unattributed one.
const roles = Object.fromEntries(gold.actors.filter((a) => a.role).map((a) => [a.name, a.role]));
const quotes = [...gold.quotes, { text: 'serious.', speaker: null }].map(({ text, speaker }) => ({
  text,
  speaker,
  ...(speaker && roles[speaker] ? { speakerRole: roles[speaker] } : {}),
  context: sentenceOf(text),
  paragraph: need(paragraphOf(text), text),
}));

const out = { ...digest, actors, dates, quotes };
const file = join(root, 'test/fixtures/seed-digest.json');
// In the repository's own style, so regenerating changes only what really changed.
writeFileSync(file, await format(JSON.stringify(out, null, 2), { ...(await resolveConfig(file)), filepath: file }));
console.log(
  `test/fixtures/seed-digest.json: ${actors.length} actors, ${dates.length} dates, ${quotes.length} quotes, ` +
    `${paragraphs.length} paragraphs`,
);
