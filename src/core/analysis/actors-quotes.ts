// Actors and quotes come together: quotes need the actors to name and resolve speakers, and the
// actors' ranking counts their quotes.

import type { Actor, Quote } from '../types';
import { findCast, toActors } from './actors';
import { findQuotes } from './quotes';
import { prepare } from './tokens';

// The commonest English words; in an English article they make up a good share of the text.
const ENGLISH = new Set(
  'the of and to in a is that for on was with said he it as at by from his her be has have are were'.split(' '),
);

/** English enough for the name and speech-verb rules: other languages get no actors or quotes. */
export function looksEnglish(paragraphs: string[], lang: string | null): boolean {
  if (lang && !/^en\b/i.test(lang)) return false;
  // The first few thousand characters tell the language as well as the whole text.
  const sample = paragraphs.join(' ').slice(0, 5000).toLowerCase();
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return false;
  const hits = words.filter((w) => ENGLISH.has(w)).length;
  return hits / words.length >= 0.12;
}

export function actorsAndQuotes(
  paragraphs: string[],
  title: string | null,
  lang: string | null,
): { actors: Actor[]; quotes: Quote[] } {
  if (!looksEnglish(paragraphs, lang)) return { actors: [], quotes: [] };
  const cast = findCast(prepare(paragraphs), title ? prepare([title], -1)[0] : undefined);
  const quotes = findQuotes(cast);
  return { actors: toActors(cast), quotes };
}
