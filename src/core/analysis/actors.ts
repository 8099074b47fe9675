// Actors: name mentions merged into entities ("Joe Biden", "Biden", "President Biden" are one;
// "NATO" and "North Atlantic Treaty Organization" are one), typed from the summed evidence, given
// the role the article states, and ranked by importance. The cast also resolves pronouns, which the
// quote finder needs to name a speaker.

import type { Actor, ActorType } from '../types';
import { evidenceOf, personShaped, type Evidence } from './evidence';
import { fold, Registry } from './merge';
import { PARTY_BODIES, gender as nameGender, isCalendarWord, kinGender } from './lexicon';
import { findMentions, type Mention } from './names';
import { contextOf, type RoleCandidate } from './roles';
import type { Paragraph } from './tokens';

export interface Entity {
  id: number;
  /** null: not an actor (a place, a date, a word with no sign of naming anyone). */
  type: ActorType | null;
  name: string;
  words: string[];
  mentions: Mention[];
  /** Surface forms, titles and honorifics included ("President Biden", "Mr Obama"). */
  forms: string[];
  evidence: Evidence;
  gender?: 'm' | 'f';
  roles: RoleCandidate[];
  role?: string;
  quotes: number;
  inHeadline: boolean;
  firstParagraph: number;
  order: number;
}

export interface Cast {
  paragraphs: Paragraph[];
  entities: Entity[];
  /** Mentions in article order, headline left out. */
  mentions: Mention[];
  entityOf: Map<Mention, Entity>;
  /** Mentions by paragraph, then by first token. */
  at: Map<number, Map<number, Mention>>;
}

/** Finds the entities an article names, with their mentions, types, genders and roles. */
export function findCast(paragraphs: Paragraph[], headline?: Paragraph): Cast {
  const all = findMentions(paragraphs, headline);
  const byParagraph = new Map<number, Paragraph>(paragraphs.map((p) => [p.index, p]));
  if (headline) byParagraph.set(headline.index, headline);

  const possessors = new Set(all.filter((m) => m.possessive).map((m) => `${m.paragraph}:${m.first}`));
  // Context (roles, age) and evidence for every mention.
  const contexts = new Map<Mention, { roles: RoleCandidate[]; form: Evidence; context: Evidence }>();
  let shared: RoleCandidate | undefined;
  let sharedAt = '';
  for (const m of all) {
    const p = byParagraph.get(m.paragraph)!;
    const at = `${m.paragraph}:${m.sentence}`;
    if (at !== sharedAt) shared = undefined;
    const ctx = contextOf(m, p, possessors, shared);
    if (ctx.plural) {
      shared = ctx.plural;
      sharedAt = at;
    }
    contexts.set(m, { roles: ctx.roles, ...evidenceOf(m, p, ctx) });
  }

  // Mentions with the same folded words form one group; groups merge into entities.
  const groups = new Map<string, Mention[]>();
  for (const m of all) {
    const k = fold(m.words.join(' '));
    if (!k) continue;
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  }
  // Longest names first, so that "Biden" finds "Joe Biden"; headings and captions last.
  const ordered = [...groups.values()]
    .map((g) => ({ g, weak: g.every((m) => m.weak) ? 1 : 0, length: g[0]!.words.length, at: position(g[0]!) }))
    .sort((a, b) => a.weak - b.weak || b.length - a.length || a.at - b.at)
    .map((x) => x.g);

  // "Muslims" beside "Muslim": a plural of a capitalised word names a group of people, not an actor.
  const plurals = new Set(
    [...groups.keys()].filter((k) => /^[^\s]+[^s]s$/.test(k) && groups.has(k.slice(0, -1)) && !PARTY_BODIES.has(k)),
  );

  // Surnames of full names: "Berg" is a common noun in the lexicon but a name after "Jonas Berg".
  const surnames = new Set(
    [...groups.values()].filter((g) => g[0]!.words.length > 1).map((g) => fold(g[0]!.words.at(-1)!)),
  );

  const registry = new Registry<Entity>();
  const entities = registry.entities;
  const entityOf = new Map<Mention, Entity>();
  for (const group of ordered) {
    const strong = group.filter((m) => !m.weak);
    const sample = strong[0] ?? group[0]!;
    const ev = sum([contexts.get(sample)!.form, ...group.map((m) => contexts.get(m)!.context)]);
    const folded = fold(sample.words.join(' '));
    if (plurals.has(folded)) ev.never = true;
    else if (sample.words.length === 1 && surnames.has(folded) && !isCalendarWord(sample.words[0]!)) ev.never = false;
    // A common word capitalised mid-sentence that speaks is a name: "Apple said on Tuesday".
    else if (sample.words.length === 1 && ev.speech > 0 && !isCalendarWord(sample.words[0]!)) ev.never = false;
    // A date, an event or a common word stays apart: it neither joins an actor nor takes one in.
    let target = ev.never ? undefined : registry.find(sample.words, ev, firstPosition);
    if (!target) {
      if (strong.length === 0) continue; // headings and captions never introduce an actor
      target = {
        id: entities.length,
        type: null,
        name: '',
        words: sample.words,
        mentions: [],
        forms: [],
        evidence: { person: 0, org: 0, place: 0, never: false, definite: 0, context: 0, speech: 0 },
        roles: [],
        quotes: 0,
        inHeadline: false,
        firstParagraph: Infinity,
        order: Infinity,
      };
      registry.add(target);
    }
    for (const m of group) {
      target.mentions.push(m);
      entityOf.set(m, target);
      target.forms.push([...m.prefix, ...m.words].join(' '));
      target.roles.push(...contexts.get(m)!.roles);
    }
    target.evidence = sum([target.evidence, ev]);
    registry.absorb(target, group);
  }

  for (const e of entities) finish(e);
  const mentions = all.filter((m) => m.paragraph >= 0).sort((a, b) => position(a) - position(b));
  const at = new Map<number, Map<number, Mention>>();
  for (const m of mentions) {
    if (!at.has(m.paragraph)) at.set(m.paragraph, new Map());
    at.get(m.paragraph)!.set(m.first, m);
  }
  const cast: Cast = { paragraphs, entities, mentions, entityOf, at };
  for (const e of entities) decideGender(e, cast);
  for (const e of entities) e.role = chooseRole(e, cast);
  return cast;
}

function firstPosition(e: Entity): number {
  let first = Infinity;
  for (const m of e.mentions) if (!m.weak && position(m) < first) first = position(m);
  return first;
}

function position(m: Mention): number {
  return m.paragraph * 100000 + m.first;
}

function sum(list: Evidence[]): Evidence {
  const out: Evidence = { person: 0, org: 0, place: 0, never: false, definite: 0, context: 0, speech: 0 };
  for (const e of list) {
    out.person += e.person;
    out.org += e.org;
    out.place += e.place;
    out.definite += e.definite;
    out.context += e.context;
    out.speech += e.speech;
    out.never ||= e.never;
    out.gender ??= e.gender;
  }
  return out;
}

/** Type, canonical name and first paragraph of an entity. */
function finish(e: Entity): void {
  const ev = e.evidence;
  const strong = e.mentions.filter((m) => !m.weak);
  e.inHeadline = e.mentions.some((m) => m.paragraph < 0);
  e.firstParagraph = Math.min(...strong.map((m) => m.paragraph));
  e.order = firstPosition(e);
  const forms = strong.map((m) => m.words);
  if (ev.never) e.type = null;
  else if (ev.place > 0 && ev.place >= Math.max(ev.person, ev.org)) e.type = null;
  else if (ev.person > ev.org && ev.person >= 1 && !forms.some((w) => w.includes('&'))) e.type = 'person';
  else if (ev.org >= 1) e.type = 'organization';
  // A lone word that speaks, with no sign of a person, is a body: people get their full name first.
  else if (forms.every((w) => w.length === 1) && ev.speech > 0 && ev.person <= 0) e.type = 'organization';
  // No clue to the kind: a name shaped like a person's, never written after "the", that speaks or
  // is spoken of as he or she.
  else if (forms.some(personShaped) && ev.definite === 0 && ev.context >= 1) e.type = 'person';
  else e.type = null;
  // A lone word named once, known only from the lexicon ("the Hamilton musical"), is not an actor.
  if (forms.every((w) => w.length === 1) && strong.length < 2 && ev.context < 1) e.type = null;
  // The full form written most often names the entity, the longer one on a tie; an organisation's
  // name leaves out lower-case words ("Likud", not "Likud party").
  const candidates = forms.filter(
    (w) =>
      e.type !== 'organization' || w.every((x) => !/^\p{Ll}/u.test(x) || ['of', 'and', 'for', 'on', 'the'].includes(x)),
  );
  const pool = candidates.length ? candidates : forms;
  // A surname with its particle ("de Miranda") is a short form of the full name that ends with it.
  const folds = pool.map((w) => fold(w.join(' ')));
  const full = pool.filter((w, i) => {
    if (w.length < 2) return false;
    const f = folds[i]!;
    return e.type !== 'person' || !folds.some((g) => g !== f && g.endsWith(` ${f}`));
  });
  const count = new Map<string, number>();
  for (const w of full) count.set(fold(w.join(' ')), (count.get(fold(w.join(' '))) ?? 0) + 1);
  const rank = (w: string[]) => (count.get(fold(w.join(' '))) ?? 0) * 10 + w.length;
  const best = (full.length ? full : pool).reduce((a, b) => (rank(b) > rank(a) ? b : a));
  e.words = best;
  e.name = best.join(' ');
}

/** He or she, from the honorific, the first name, kin words, and the pronouns that follow mentions. */
function decideGender(e: Entity, cast: Cast): void {
  if (e.type !== 'person') return;
  let m = 0;
  let f = 0;
  if (e.evidence.gender === 'm') m += 3;
  if (e.evidence.gender === 'f') f += 3;
  const g = e.words.length > 1 ? nameGender(e.words[0]!) : undefined;
  if (g === 'm') m += 2;
  if (g === 'f') f += 2;
  for (const r of e.roles) {
    const k = kinGender(r.text.split(' ').at(-1) ?? '');
    if (k === 'm') m += 2;
    if (k === 'f') f += 2;
  }
  for (const mention of e.mentions) {
    if (mention.weak || mention.inQuote) continue;
    const p = cast.paragraphs[mention.paragraph]!;
    for (let k = mention.last + 1; k < p.tokens.length; k++) {
      const t = p.tokens[k]!;
      if (t.sentence > mention.sentence + 1) break;
      if (t.quote >= 0) continue;
      const other = cast.at.get(p.index)?.get(k);
      if (other && cast.entityOf.get(other) !== e && cast.entityOf.get(other)?.type === 'person') break;
      if (/^(?:he|him|his|himself)$/i.test(t.text)) {
        m++;
        break;
      }
      if (/^(?:she|her|hers|herself)$/i.test(t.text)) {
        f++;
        break;
      }
    }
  }
  if (m > f) e.gender = 'm';
  else if (f > m) e.gender = 'f';
}

/** Index of the last mention that starts before token `token` of paragraph `paragraph`, or -1. */
export function lastBefore(cast: Cast, paragraph: number, token: number): number {
  const at = paragraph * 100000 + token;
  let lo = 0;
  let hi = cast.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (position(cast.mentions[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The entity a pronoun stands for: the nearest earlier mention, outside quotations, of a person of
 * the pronoun's gender ("he", "she") or of an organisation ("it").
 */
export function resolvePronoun(cast: Cast, paragraph: number, token: number, pronoun: string): Entity | null {
  const p = pronoun.toLowerCase();
  const want: 'm' | 'f' | 'org' | null = /^(?:he|him|his)$/.test(p)
    ? 'm'
    : /^(?:she|her|hers)$/.test(p)
      ? 'f'
      : /^(?:it|its)$/.test(p)
        ? 'org'
        : null;
  if (!want) return null;
  for (let i = lastBefore(cast, paragraph, token); i >= 0; i--) {
    const m = cast.mentions[i]!;
    if (m.inQuote) continue;
    const e = cast.entityOf.get(m);
    if (!e) continue;
    if (want === 'org') {
      if (e.type === 'organization') return e;
      continue;
    }
    if (e.type === 'person' && (!e.gender || e.gender === want)) return e;
  }
  return null;
}

/** The best of the roles an entity's mentions gave: a formal office, then an apposition, then the first. */
function chooseRole(e: Entity, cast: Cast): string | undefined {
  if (e.type !== 'person' || e.roles.length === 0) return undefined;
  // A formal title before the name ("State Senator Dana Whitfield") outranks a description, a
  // description a relation ("her mother, Fiona"), a relation an epithet ("whale whisperer").
  const score = (r: RoleCandidate) =>
    r.kind === 'title' ? (r.office ? 5 : 1) : r.kind === 'apposition' ? (r.office ? 4 : 3) : 2.5;
  const roles = e.roles.slice().sort((a, b) => a.paragraph - b.paragraph);
  const best = roles.reduce((a, b) => (score(b) > score(a) ? b : a), roles[0]!);
  if (best.kinOf) {
    const who = resolvePronoun(cast, best.kinOf.paragraph, best.kinOf.token, best.kinOf.pronoun);
    if (who && who !== e) return `${best.text} of ${who.name}`;
  }
  return best.text;
}

/** The actors, most important first: mentions, quotes, the headline and an early first mention count. */
export function toActors(cast: Cast, max = 25): Actor[] {
  const ranked = cast.entities
    .filter((e) => e.type !== null && e.mentions.some((m) => !m.weak))
    .map((e) => {
      const mentions = e.mentions.filter((m) => m.paragraph >= 0).length;
      const score = mentions + 2 * e.quotes + (e.inHeadline ? 3 : 0) + (e.firstParagraph < 3 ? 1 : 0);
      return { e, mentions, score };
    })
    .sort((a, b) => b.score - a.score || a.e.order - b.e.order)
    .slice(0, max);
  return ranked.map(({ e, mentions }) => {
    const actor: Actor = { name: e.name, type: e.type!, mentions, paragraph: e.firstParagraph };
    if (e.role) actor.role = e.role;
    const seen = new Set([fold(e.name)]);
    const aliases: string[] = [];
    for (const form of e.forms) {
      const f = fold(form);
      if (!seen.has(f)) {
        seen.add(f);
        aliases.push(form);
      }
    }
    if (aliases.length) actor.aliases = aliases;
    return actor;
  });
}
