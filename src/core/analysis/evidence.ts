// What one mention's words and surroundings say about the kind of thing it names. Each clue adds
// points to person, organisation or place; the actor finder sums them over every mention of an
// entity. A name with no clue at all is kept only when it looks like a person's name.

import {
  PLACE_PREFIXES,
  FEMALE_HONORIFICS,
  INSTITUTIONS,
  MALE_HONORIFICS,
  PARTY_BODIES,
  isCalendarWord,
  isCommonWord,
  isDemonym,
  isFirstName,
  isFunctionWord,
  isKnownOrg,
  isKnownPerson,
  isKnownPlace,
  isOrgWord,
  isPlaceWord,
  isPersonNoun,
  key,
  tagsOf,
  EVENT_WORDS,
  wordSet,
} from './lexicon';
import type { Mention } from './names';
import type { MentionContext } from './roles';
import type { Paragraph } from './tokens';

export interface Evidence {
  person: number;
  org: number;
  place: number;
  /** A date, event, law or work: never an actor. */
  never: boolean;
  gender?: 'm' | 'f';
  /** Mentions after "the": a name so written is a thing or a body, not a person. */
  definite: number;
  /** Clues from the surroundings rather than the spelling: a lone word needs some. */
  context: number;
  /** Mentions right before or after a speech verb ("Apple said"). */
  speech: number;
}

// Lower-case nouns that, next to a name, show it names an organisation.
const ORG_NOUNS = wordSet(
  'group company firm agency party organisation organization network brokerage charity chain retailer bank newspaper broadcaster startup giant militia movement body union coalition alliance faction conglomerate insurer carrier airline publisher manufacturer maker lender regulator watchdog subsidiary supermarket grocer',
);
// What an organisation has: "Whole Foods spokeswoman", "Yahoo shareholders", "QFC stores".
const ORG_BELONGINGS = wordSet(
  'spokesman spokeswoman spokesperson executives executive shareholders stores store shares stock employees staff headquarters founder co-founder ceo board brand customers chief chairman officials members lawmakers leadership subsidiary products workers brokerage deal acquisition investors',
);
// What one says of bodies, not of people: "militants linked to the Islamic State".
const AFFILIATION =
  /\b(?:linked|loyal|affiliated|allied|tied|belonging) (?:to|with) (?:the )?$|\bmembers? of (?:the )?$/;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'across', 'outside', 'inside', 'around']);

const empty = (): Evidence => ({ person: 0, org: 0, place: 0, never: false, definite: 0, context: 0, speech: 0 });

/**
 * What the written form says (counted once per form) and what this mention's surroundings say
 * (counted for every mention): "Islamic State" ends with a place word once, and is "linked to" and
 * "loyal to" in two sentences.
 */
export function evidenceOf(m: Mention, p: Paragraph, ctx: MentionContext): { form: Evidence; context: Evidence } {
  return { form: formEvidence(m), context: contextEvidence(m, p, ctx) };
}

function formEvidence(m: Mention): Evidence {
  const e = empty();
  const words = m.words;
  const whole = words.map(key).join(' ');
  const lastWord = words.at(-1)!;
  // The word an organisation's name is built on: the last one, or the one before "of" / "on" / "for".
  const heads = [lastWord, ...words.filter((_, i) => ['of', 'on', 'for'].includes(words[i + 1] ?? ''))];
  const single = words.length === 1;
  if (isCalendarWord(lastWord) || EVENT_WORDS.has(key(lastWord)) || (single && isDemonym(lastWord))) e.never = true;
  if (single && isCommonWord(lastWord) && !INSTITUTIONS.has(whole) && !PARTY_BODIES.has(whole)) e.never = true;
  if (words.length >= 2 && isFirstName(words[0]!)) e.person += 2;
  if (isKnownPerson(whole) || (words.length >= 2 && isKnownPerson(lastWord))) e.person += 2;
  if (isKnownOrg(whole)) e.org += 3;
  if (heads.some(isOrgWord) && !single) e.org += 3;
  if (single && (INSTITUTIONS.has(whole) || PARTY_BODIES.has(whole))) e.org += 3;
  if (words.includes('&')) e.org += 1;
  // An acronym alone is weak: chemicals and programmes have them too.
  if (single && /^[\p{Lu}&]{2,6}$/u.test(lastWord)) e.org += 0.5;
  if (isKnownPlace(whole) || (single && /^(?:U\.?S\.?|U\.?K\.?)$/.test(lastWord))) e.place += 3;
  if (!single && isPlaceWord(lastWord) && !isOrgWord(lastWord)) e.place += 2;
  if (!single && PLACE_PREFIXES.has(key(words[0]!))) e.place += 2;
  // "SpaceX", "YouTube": a capital inside one word is a brand's, not a person's ("McHugh" aside).
  if (single && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(lastWord) && !/^(?:Mc|Mac|O’|O')/.test(lastWord)) {
    e.org += 1;
    e.person -= 3;
  }
  return e;
}

function contextEvidence(m: Mention, p: Paragraph, ctx: MentionContext): Evidence {
  const e = empty();
  const { tokens } = p;
  const honorific = m.prefix.find((w) => /^(?:mr|mrs|ms|miss|dr|mx|sir|dame|lord|lady)\.?$/i.test(w));
  if (honorific) {
    e.person += 3;
    const h = key(honorific).replace(/\.$/, '');
    if (FEMALE_HONORIFICS.has(h)) e.gender = 'f';
    if (MALE_HONORIFICS.has(h)) e.gender = 'm';
  }
  if (ctx.roles.length) e.person += 2;
  if (ctx.age) e.person += 2;
  if (m.acronym) e.org += 3;
  if (m.suffix === 'owned' || m.suffix === 'backed') e.org += 2;
  const next = tokens[m.last + 1];
  if (next?.word && /^\p{Ll}/u.test(next.text) && ORG_BELONGINGS.has(next.text)) e.org += 2;
  // "the Likud party", "the Fox network": weaker, places take such nouns too ("a West Coast network").
  else if (next?.word && /^\p{Ll}/u.test(next.text) && ORG_NOUNS.has(next.text)) e.org += 1;
  if (m.possessive && next?.word && ORG_BELONGINGS.has(next.text)) e.org += 1;
  const prev = tokens[m.prefixFirst - 1];
  if (prev?.word && ORG_NOUNS.has(prev.text)) e.org += 2;
  // "chief economist at Grant Thornton", "a spokesman for the Rio Grande Authority": an employer.
  let j = m.prefixFirst - 1;
  if (tokens[j]?.text === 'the') j--;
  if (/^(?:at|for|with)$/.test(tokens[j]?.text ?? '') && isPersonNoun(tokens[j - 1]?.text ?? '') && !m.prefix.length)
    e.org += 2;
  const before = p.text.slice(Math.max(0, tokens[m.prefixFirst]!.start - 40), tokens[m.prefixFirst]!.start);
  if (!m.possessive && AFFILIATION.test(before)) e.org += 2;
  if (appositionHead(m, p, ORG_NOUNS)) e.org += 2;
  if (m.suffix === 'based') e.place += 2;
  if (prev?.word && PLACE_PREPOSITIONS.has(prev.text) && !m.prefix.length) e.place += 0.5;
  // "Kodiak, Alaska,": a place followed by the region it lies in (and nothing more).
  const comma = tokens[m.last + 1]?.text === ',' ? tokens[m.last + 2] : undefined;
  const after = tokens[m.last + 3];
  if (comma?.word && isKnownPlace(comma.text) && !ctx.roles.length && (!after || !after.word)) e.place += 2;
  // Only a subject is what a following "he" or "she" stands for: not "the D.A. Davidson
  // brokerage", not "his Pātaua farm", not "for Rice Krispies".
  // A subject follows a boundary, a title, a conjunction or a speech verb; an object follows a verb
  // or a preposition ("doesn’t carry Rice Krispies").
  const free =
    !prev?.word ||
    /^\p{Lu}/u.test(prev.text) ||
    isPersonNoun(prev.text) ||
    SAYS.test(prev.text) ||
    /^(?:and|but|or|while|when|as|because|that|if|although|though|so|then|where)$/.test(prev.text);
  const subjectLike = !m.inQuote && !m.definite && !m.possessive && free;
  if (subjectLike && pronounFollows(m, p)) e.person += 1;
  e.context = e.person + e.org;
  if (m.definite) e.definite += 1;
  // Right before or after a speech verb: someone, or some body, speaks.
  if (SAYS.test(next?.text ?? '') || SAYS.test(prev?.text ?? '')) {
    e.context += 1;
    // At a sentence's start only a singular noun counts: "Apple said", not "Residents said".
    const tags = tagsOf(m.words[0]!);
    const noun = tags.length === 0 || tags.some((t) => ['Singular', 'Uncountable', 'Noun'].includes(t));
    if (!m.inQuote && !isFunctionWord(m.words[0]!) && (!m.initial || (m.words.length === 1 && noun))) e.speech += 1;
  }
  return e;
}

/** "Hori Parata was seven when he attended": he or she comes before anyone else is named. */
function pronounFollows(m: Mention, p: Paragraph): boolean {
  const { tokens } = p;
  const sentence = tokens[m.last]!.sentence;
  for (let k = m.last + 1; k < tokens.length && k < m.last + 25; k++) {
    const t = tokens[k]!;
    if (t.sentence > sentence + 1) return false;
    if (t.quote >= 0 || !t.word) continue;
    if (/^(?:he|she|his|her|him|himself|herself)$/i.test(t.text)) return true;
    if (/^\p{Lu}/u.test(t.text) && !t.initial) return false;
  }
  return false;
}

const SAYS =
  /^(?:said|says|told|tells|added|wrote|writes|announced|declined|warned|argued|explained|noted|insisted|reported|stated|claimed)$/;

/** ", a London-based rights group": the head noun of a short apposition after the name. */
function appositionHead(m: Mention, p: Paragraph, nouns: Set<string>): boolean {
  const { tokens } = p;
  if (tokens[m.last + 1]?.text !== ',') return false;
  for (let k = m.last + 2; k < Math.min(tokens.length, m.last + 8); k++) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (nouns.has(t.text)) return true;
  }
  return false;
}

/** Looks like a personal name: every word a known name, an initial, a particle, or unknown vocabulary. */
const shapeCache = new Map<string, boolean>();

export function personShaped(words: string[]): boolean {
  const k = words.join(' ');
  let v = shapeCache.get(k);
  if (v === undefined) {
    v = shapedNow(words);
    if (shapeCache.size > 20000) shapeCache.clear();
    shapeCache.set(k, v);
  }
  return v;
}

function shapedNow(words: string[]): boolean {
  if (words.length < 2 || words.length > 5) return false;
  if (words.some((w) => isOrgWord(w) || isPlaceWord(w) || isKnownPlace(w) || isDemonym(w))) return false;
  return words.every(
    (w, i) =>
      isFirstName(w) ||
      isKnownPerson(w) ||
      /^(?:\p{Lu}\.)+(?:\p{Lu})?\.?$/u.test(w) ||
      /^(?:bin|ibn|al|el|van|von|de|da|di|du|der|den|del|della|dos|das|le|la|jr\.?|sr\.?|ii|iii)$/i.test(w) ||
      (!isCommonWord(w) && /^\p{Lu}[\p{Ll}\p{M}’'-]/u.test(w) && (i > 0 || !/^\p{Lu}+$/u.test(w))),
  );
}
