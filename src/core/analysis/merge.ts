// Which entity a newly met name belongs to. The rules compare written forms: a surname or first
// name alone and the full name ("Biden", "Joe Biden"), an acronym and its expansion ("NATO"), a
// company with and without its suffix ("Alibaba", "Alibaba Group"), a body with and without the
// place it belongs to ("Congress", "US Congress"), the two word orders of a department, and a
// typo. Entities are indexed by the words they share with a candidate, so long pages stay linear.

import type { Evidence } from './evidence';
import { personShaped } from './evidence';
import { isDemonym, isKnownPlace, isOrgWord, wordSet } from './lexicon';
import type { Mention } from './names';

/** What merging needs to know of an entity; the actor finder keeps the rest. */
export interface Mergeable {
  id: number;
  words: string[];
  mentions: Mention[];
  evidence: Evidence;
}

const foldCache = new Map<string, string>();

/** Folded form for comparing names: case, accents, periods and "the" do not count. */
export function fold(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    f = s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/\./g, '')
      .replace(/[^\p{L}\p{N}'&]+/gu, ' ')
      .replace(/^the /, '')
      .trim();
    if (foldCache.size > 20000) foldCache.clear();
    foldCache.set(s, f);
  }
  return f;
}

const GENERIC_SUFFIX = wordSet(
  'group inc corp corporation co company ltd llc plc market markets holdings party limited',
);

function stripGeneric(words: string[]): string {
  const w = words.map(fold);
  while (w.length > 1 && GENERIC_SUFFIX.has(w.at(-1)!)) w.pop();
  return w.join(' ');
}

function initials(words: string[], withConnectors: boolean): string {
  return words
    .filter((w) => withConnectors || !['of', 'and', 'the', 'for', 'on', '&'].includes(w.toLowerCase()))
    .filter((w) => w !== '&' && w.toLowerCase() !== 'the')
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

const isAcronym = (w: string) => /^[\p{Lu}&]{2,8}$/u.test(w.replace(/\./g, ''));
export const surnameKey = (w: string) => fold(w).replace(/^(?:al|el)[-\s]/, '');

/** "US Congress" → "congress": leading place names and demonyms dropped, when any were. */
function coreOf(words: string[]): string {
  for (let i = Math.min(3, words.length - 1); i >= 1; i--) {
    const head = words.slice(0, i);
    const placeLike =
      isKnownPlace(head.join(' ')) ||
      head.every((w) => isKnownPlace(w) || isDemonym(w) || /^U\.?S\.?$|^U\.?K\.?$/.test(w));
    if (placeLike) return stripGeneric(words.slice(i));
  }
  return '';
}

/** "Department of Environmental Protection" is also "environmental protection department" and "environmental protection". */
function variantsOf(folded: string[]): string[] {
  const i = folded.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for') && isOrgWord(folded[k - 1]!));
  if (i < 0) return [];
  const head = folded.slice(0, i);
  const rest = folded.slice(i + 1).filter((w, k) => k > 0 || !['the', 'a', 'an'].includes(w));
  const out = [[...rest, ...head].join(' ')];
  if (rest.length >= 2) out.push(rest.join(' '));
  return out;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/** The keys of an entity's canonical words; they do not change once the entity exists. */
interface Keys {
  folded: string[];
  joined: string;
  stripped: string;
  surname: string;
  /** Last words of every full name the entity was written with ("Margaret Hamilton Lego", "Margaret Hamilton"). */
  surnames: Set<string>;
  acronyms: Set<string>;
  initials: string[];
  /** An organisation's name without the place it belongs to; empty when nothing was stripped. */
  core: string;
  /** Ends in a company suffix ("Inc.", "Group"), so its first word alone names it too. */
  corporate: boolean;
  variants: string[];
}

const isPersonish = (e: Mergeable) =>
  e.evidence.person > e.evidence.org || (e.evidence.org === 0 && personShaped(e.words));
const isOrgish = (e: Mergeable) => e.evidence.org > 0 && e.evidence.org >= e.evidence.person;
const typoShape = (words: number, joined: string) => `${words}:${joined.slice(0, 2)}`;

export class Registry<E extends Mergeable> {
  readonly entities: E[] = [];
  private readonly keys = new Map<E, Keys>();
  private readonly index = new Map<string, E[]>();

  /** Adds a new entity; its mentions must be merged with `absorb`. */
  add(e: E): void {
    this.entities.push(e);
    const folded = e.words.map(fold);
    const k: Keys = {
      folded,
      joined: folded.join(' '),
      stripped: stripGeneric(e.words),
      surname: surnameKey(e.words.at(-1)!),
      surnames: new Set(),
      acronyms: new Set(),
      initials: e.words.length > 1 ? [initials(e.words, false), initials(e.words, true)] : [],
      core: coreOf(e.words),
      corporate: folded.length > 1 && GENERIC_SUFFIX.has(folded.at(-1)!) && !isKnownPlace(e.words[1]!),
      variants: variantsOf(folded),
    };
    this.keys.set(e, k);
    this.put(`last:${folded.at(-1)}`, e);
    this.put(`last:${k.surname}`, e);
    this.put(`first:${folded[0]}`, e);
    this.put(`stripped:${k.stripped}`, e);
    this.put(`joined:${k.joined}`, e);
    if (k.core) this.put(`core:${k.core}`, e);
    for (const v of k.variants) this.put(`variant:${v}`, e);
    for (const a of k.initials) this.put(`acronym:${a}`, e);
    this.put(`shape:${typoShape(folded.length, k.joined)}`, e);
  }

  /** Records what new mentions add to an entity's keys: surnames of full names, bracketed acronyms. */
  absorb(e: E, mentions: Mention[]): void {
    const k = this.keys.get(e)!;
    for (const m of mentions) {
      if (m.words.length > 1) {
        const s = surnameKey(m.words.at(-1)!);
        if (!k.surnames.has(s)) this.put(`surname:${s}`, e);
        k.surnames.add(s);
      }
      if (m.acronym && !k.acronyms.has(m.acronym)) {
        k.acronyms.add(m.acronym);
        this.put(`acronym:${m.acronym}`, e);
      }
    }
  }

  private put(key: string, e: E): void {
    const list = this.index.get(key);
    if (!list) this.index.set(key, [e]);
    else if (list.at(-1) !== e) list.push(e);
  }

  private get(key: string): E[] {
    return this.index.get(key) ?? [];
  }

  /** The entity a group of mentions written `words`, with evidence `ev`, belongs to, if any. */
  find(words: string[], ev: Evidence, firstPosition: (e: E) => number): E | undefined {
    const w = words.map(fold);
    const f = w.join(' ');
    const asPerson = ev.person > ev.org || (ev.org === 0 && personShaped(words));
    if (words.length === 1 && isAcronym(words[0]!)) {
      const hit = this.get(`acronym:${words[0]!.replace(/\./g, '')}`)[0];
      if (hit) return hit;
    }
    const stripped = stripGeneric(words);
    const core = coreOf(words);
    const ownVariants = variantsOf(w);
    const candidates = new Set<E>([
      ...this.get(`last:${w.at(-1)}`),
      ...this.get(`last:${surnameKey(w.at(-1)!)}`),
      ...this.get(`first:${w[0]}`),
      ...this.get(`stripped:${stripped}`),
      ...(core ? this.get(`stripped:${core}`) : []),
      ...this.get(`core:${stripped}`),
      ...this.get(`variant:${f}`),
      ...ownVariants.flatMap((v) => this.get(`joined:${v}`)),
      ...this.get(`shape:${typoShape(w.length, f)}`),
    ]);
    for (const e of [...candidates].sort((a, b) => a.id - b.id)) {
      if (e.evidence.never) continue;
      const k = this.keys.get(e)!;
      const org = isOrgish(e);
      if (k.folded.length > 1 && w.length > 1 && k.folded.length >= w.length) {
        const tail = k.folded.slice(k.folded.length - w.length).join(' ');
        if (org && !asPerson) {
          if (k.stripped === stripped) return e;
          if (tail === f && words.some(isOrgWord)) return e;
        }
        if (isPersonish(e) && !(ev.org > ev.person)) {
          if (k.surname === surnameKey(w.at(-1)!) && k.folded[0]![0] === w[0]![0]) return e;
          if (tail === f) return e;
          if (k.folded.slice(0, w.length).join(' ') === f) return e;
        }
      }
      if (org && !asPerson && (k.variants.includes(f) || ownVariants.includes(k.joined))) return e;
      // A typo in a longer name: "West Merica Police".
      if (w.length > 1 && k.folded.length === w.length && f.length >= 8 && Math.abs(k.joined.length - f.length) <= 1)
        if (editDistance(k.joined, f) === 1) return e;
      // "US Congress" and "Congress"; but "Massachusetts" and "Illinois Institute of Technology" are two bodies.
      if (org && !asPerson && ((core && k.stripped === core) || (k.core && k.core === stripped))) return e;
    }
    if (words.length > 1) return undefined;
    const one = w[0]!;
    if (isKnownPlace(words[0]!) && ev.person === 0) return undefined;
    // A bare surname is the person first introduced with it; a bare first name, the one person so named.
    const bySurname = this.get(`surname:${surnameKey(one)}`).filter((e) => e.words.length > 1 && isPersonish(e));
    if (bySurname.length) return bySurname.sort((a, b) => firstPosition(a) - firstPosition(b))[0];
    const byFirst = this.get(`first:${one}`).filter((e) => e.words.length > 1 && isPersonish(e));
    if (byFirst.length === 1) return byFirst[0];
    // "Northwind" for "Northwind Logistics Inc.", "Alibaba" for "Alibaba Group".
    return [...this.get(`stripped:${one}`), ...this.get(`first:${one}`)]
      .sort((a, b) => a.id - b.id)
      .find((e) => {
        const k = this.keys.get(e)!;
        return (
          !e.evidence.never &&
          k.folded.length > 1 &&
          isOrgish(e) &&
          (k.stripped === one || (k.folded[0] === one && k.corporate))
        );
      });
  }
}
