// Name mentions: runs of capitalised words, cut where news style glues other words to a name.
// "Israeli Prime Minister Benjamin Netanyahu" is a title and a name, "Netanyahu’s Likud party" a
// possessor and an organisation, "Department of Conservation" one organisation, and the capital
// of a sentence's first word proves nothing unless the same words appear mid-sentence too.

import {
  INSTITUTIONS,
  isCommonWord,
  isDemonym,
  isKnownOrg,
  isKnownPlace,
  isHonorific,
  isOrgWord,
  isPersonNoun,
  key,
  singular,
  wordSet,
} from './lexicon';
import type { Paragraph, Token } from './tokens';

export interface Mention {
  /** Paragraph index; -1 for the headline. */
  paragraph: number;
  /** Token indices of the name proper (title, honorific and possessive left out). */
  first: number;
  last: number;
  /** The name's words as written, the possessive ending stripped. */
  words: string[];
  /** Title or honorific written in capitals right before the name ("Prime Minister", "Mr"). */
  prefix: string[];
  /** Token index where the prefix starts (== first when there is none). */
  prefixFirst: number;
  possessive: boolean;
  inQuote: boolean;
  /** The name's first word opens a sentence. */
  initial: boolean;
  sentence: number;
  /** Lower-case tail of a hyphenated word: "owned" in "Amazon-owned". */
  suffix?: string;
  /** An acronym given in brackets right after the name: "Marine Stewardship Council (MSC)". */
  acronym?: string;
  /** In a heading, caption or headline: may count towards an actor, never creates one. */
  weak: boolean;
  /** Written after "the" ("the Moulin Rouge", "the Polaris"): a thing or a body, rarely a person. */
  definite: boolean;
}

const PARTICLES = wordSet('bin ibn al el van von de da di du der den del della dos das le la');
// Particles that may open a surname in running text ("since de Blasio took office").
const NAME_PARTICLES = new Set(['bin', 'ibn', 'van', 'von', 'de', 'da', 'di', 'du', 'del', 'della', 'der']);
const CONNECTORS = new Set(['of', 'for', 'on']);
// Lower-case words that join a name to make an organisation's name: "the Obama administration".
const ORG_TAILS = new Set(['party', 'administration', 'police']);

/** The name part of a word: "Amazon" in "Amazon-owned", "Biden" in "Biden’s". */
function nameOf(t: Token): { text: string; suffix?: string; possessive: boolean } | null {
  // Every name has a capital somewhere (below: first, or after "al-"); most words have none.
  if (!t.word || !/\p{Lu}/u.test(t.text)) return null;
  let text = t.text;
  let suffix: string | undefined;
  const hyphen = /^(.*?\p{Lu}[^-]*)-(\p{Ll}[\p{Ll}-]*)$/u.exec(text);
  if (hyphen && !/^(?:al|el|ad|an|ar|as|ash|at|az)$/i.test(hyphen[1]!)) {
    text = hyphen[1]!;
    suffix = hyphen[2]!;
  }
  if (!/^\p{Lu}/u.test(text) && !/^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u.test(text)) return null;
  if (/^\p{Lu}\p{Ll}*$/u.test(text) === false && /\d/.test(text)) return null;
  let possessive = false;
  const poss = /^(.+?)[’']s$/u.exec(text);
  if (poss) {
    text = poss[1]!;
    possessive = true;
  }
  return { text, suffix, possessive };
}

const isUpper = (w: string) => /^[\p{Lu}\d&.\-’']+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
const isTitleWord = (w: string) => isHonorific(w) || isPersonNoun(w) || isPersonNoun(singular(w));
// Words that make a title of several words: "Prime Minister", "Vice President", "Chief Justice".
const TITLE_MODIFIERS = wordSet(
  'prime vice deputy chief executive general foreign defence defense finance interior home health press national former acting interim senior first supreme high lord attorney police managing assistant',
);

interface Run {
  paragraph: number;
  first: number;
  last: number;
  words: string[];
  possessive: boolean;
  suffix?: string;
  weak: boolean;
}

/** Finds the name mentions of an article; the headline's, when given, come with paragraph -1. */
export function findMentions(paragraphs: Paragraph[], headline?: Paragraph): Mention[] {
  const all = headline ? [headline, ...paragraphs] : paragraphs;
  const runs = all.flatMap((p) => runsOf(p));
  const byIndex = new Map(all.map((p) => [p.index, p]));
  // Runs seen where a capital is not positional vouch for the same words at a sentence's start.
  const trusted = new Set<string>();
  const lower = new Set<string>();
  for (const p of all) for (const t of p.tokens) if (t.word && /^\p{Ll}/u.test(t.text)) lower.add(t.text);
  for (const r of runs) {
    const p = byIndex.get(r.paragraph)!;
    if (p.tokens[r.first]!.initial) continue;
    trusted.add(r.words.map(key).join(' '));
    // The surname of a full name seen mid-sentence is a name at a sentence's start too ("Berg, who …").
    if (r.words.length > 1) trusted.add(key(r.words.at(-1)!));
  }
  const mentions: Mention[] = [];
  for (const r of runs) mentions.push(...mentionsOf(r, byIndex.get(r.paragraph)!, trusted, lower));
  return mentions;
}

// A dateline opens a paragraph in capitals: "MOSCOW (AP) —", "LONDON —".
const DATELINE = /^[\p{Lu}][\p{Lu}\s.,'’-]*(?:\([^)]*\))?\s*[—–-]/u;

function runsOf(p: Paragraph): Run[] {
  const runs: Run[] = [];
  const { tokens } = p;
  const credits = creditSpans(p);
  const dateline = DATELINE.exec(p.text)?.[0].length ?? 0;
  // Words inside the title of a work ("“A Paradise Built in Hell”") name no one.
  const titles = p.quotes.filter((q) => q.title);
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k]!;
    const n = nameOf(t);
    const before = tokens[k - 1];
    // Photo credits ("JIM WATSON/AFP/Getty Images") and hashtags or handles are not mentions.
    const credit =
      t.end <= dateline ||
      credits.some(([a, b]) => t.start >= a && t.end <= b) ||
      titles.some((q) => t.start >= q.start && t.end <= q.end) ||
      (before !== undefined && /^[/#@]$/.test(before.text) && before.end === t.start);
    if (!n || credit) {
      k++;
      continue;
    }
    const run: Run = {
      paragraph: p.index,
      first: k,
      last: k,
      words: [n.text],
      possessive: n.possessive,
      suffix: n.suffix,
      weak: p.fragment || p.index < 0,
    };
    let j = k;
    while (!run.possessive && !run.suffix) {
      const step = extend(tokens, j, run.words);
      if (!step) break;
      for (let m = j + 1; m <= step.to; m++) {
        const w = tokens[m]!;
        const nm = nameOf(w);
        run.words.push(nm ? nm.text : w.text);
        if (m === step.to && nm) {
          run.possessive = nm.possessive;
          run.suffix = nm.suffix;
        }
      }
      j = step.to;
    }
    // A possessive on a plural name ("Whole Foods’ halibut") is a bare apostrophe after the word.
    const next = tokens[j + 1];
    if (next && !next.word && /[’']/.test(next.text) && next.start === tokens[j]!.end && /s$/.test(run.words.at(-1)!))
      run.possessive = true;
    run.last = j;
    const slash = tokens[j + 1];
    if (slash?.text === '/' && slash.start === tokens[j]!.end) {
      k = j + 1;
      continue;
    }
    // "since de Blasio took office": a lower-case particle before a name belongs to it.
    const particle = tokens[k - 1];
    if (particle?.word && NAME_PARTICLES.has(particle.text) && run.words.length === 1 && tokens[k - 2]?.word) {
      run.first = k - 1;
      run.words.unshift(particle.text);
    }
    // Shouting (an all-capitals sign-off line) is not a name.
    if (run.words.length < 3 || !run.words.every(isUpper)) runs.push(run);
    k = j + 1;
  }
  return runs;
}

/** Can the run ending at token j go on? Returns the index of the run's new last token. */
function extend(tokens: Token[], j: number, words: string[]): { to: number } | null {
  const cur = tokens[j]!;
  const a = tokens[j + 1];
  if (!a || a.quote !== cur.quote || a.start - cur.end > 1) return null;
  if (nameOf(a) && a.sentence === cur.sentence) return { to: j + 1 };
  const b = tokens[j + 2];
  if (!b || b.quote !== cur.quote) return null;
  const c = tokens[j + 3];
  if (CONNECTORS.has(a.text) && ['the', 'a', 'an'].includes(b.text) && c && nameOf(c) && isOrgWord(words.at(-1)!))
    return { to: j + 3 };
  if (!nameOf(b)) return null;
  const w = a.text.toLowerCase();
  if (PARTICLES.has(w) && a.text === w) return { to: j + 2 };
  if (a.text === '&') return { to: j + 2 };
  // "Department of Conservation", "Council on Foreign Relations": only after an organisation's word.
  if (CONNECTORS.has(a.text) && isOrgWord(words.at(-1)!)) return { to: j + 2 };
  if (a.text === 'and' && key(b.text) === key(words[0]!)) return null;
  // "Committee on Intelligence and Security": inside an organisation's "of" phrase, "and" goes on.
  const inOfPhrase = words.some((w, i) => CONNECTORS.has(w) && i > 0 && isOrgWord(words[i - 1]!));
  if (a.text === 'and' && inOfPhrase && !isKnownOrg(b.text) && !isKnownPlace(b.text) && !INSTITUTIONS.has(key(b.text)))
    return { to: j + 2 };
  // "Food and Drug Administration": "and" joins when what follows ends an organisation's name.
  // Not between two names of the same family: "Arduino SRL and Arduino LLC" are two companies.
  if (a.text === 'and' && (key(b.text) === key(words[0]!) || isUpper(words.at(-1)!))) return null;
  if (a.text === 'and' && !isOrgWord(words.at(-1)!)) {
    let e = j + 2;
    while (tokens[e + 1] && nameOf(tokens[e + 1]!) && tokens[e + 1]!.start - tokens[e]!.end <= 1) e++;
    if (isOrgWord(nameOf(tokens[e]!)!.text) && words.length > 1) return { to: j + 2 };
  }
  return null;
}

/** Photo credits at a paragraph's end: "(Thomas Coex/AFP/Getty Images)", "(Reuters)". */
function creditSpans(p: Paragraph): [number, number][] {
  const spans: [number, number][] = [];
  const re = /\(([^()]*)\)\s*$|\(([^()]*\/[^()]*)\)/g;
  for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
    const inner = m[1] ?? m[2] ?? '';
    if (m[2] !== undefined || /^[\p{Lu}][\p{L}\s./&-]*$/u.test(inner.trim()))
      spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

function mentionsOf(r: Run, p: Paragraph, trusted: Set<string>, lower: Set<string>): Mention[] {
  const { tokens } = p;
  let words = r.words.slice();
  let first = r.first;
  const initial = tokens[r.first]!.initial;
  // Leading function words ("The Food Standards Agency", "In Washington"); only the very first
  // word's capital is positional.
  let atStart = initial && !trusted.has(words.map(key).join(' '));
  let definite = tokens[r.first - 1]?.text === 'the';
  while (words.length > 1 && isFunctionish(words[0]!, atStart, lower)) {
    if (!initial && words[0] === 'The') definite = true;
    words = words.slice(1);
    first = advance(tokens, first);
    atStart = false;
  }
  // The last title or honorific before the final words splits title from name.
  let t = -1;
  for (let i = words.length - 2; i >= 0; i--) {
    if (isTitleWord(words[i]!) && !CONNECTORS.has(words[i + 1]!) && !isOrgWord(words.at(-1)!)) {
      t = i;
      break;
    }
  }
  const out: Mention[] = [];
  let prefix: string[] = [];
  const prefixFirst = first;
  if (t >= 0) {
    prefix = words.slice(0, t + 1);
    // What stands before the title may itself name an organisation: "Palestinian Authority President".
    let titleStart = t;
    while (titleStart > 0 && (isTitleWord(words[titleStart - 1]!) || TITLE_MODIFIERS.has(key(words[titleStart - 1]!))))
      titleStart--;
    const before = words.slice(0, titleStart);
    if (before.length && !(before.length === 1 && (isDemonym(before[0]!) || isCommonWord(before[0]!)))) {
      out.push(mention(r, p, first, before, [], first, false, initial, definite));
    }
    for (let i = 0; i <= t; i++) first = advance(tokens, first);
    words = words.slice(t + 1);
  } else if (words.length === 1 && (isTitleWord(words[0]!) || (atStart && isFunctionish(words[0]!, true, lower)))) {
    // A title alone ("Officials", "the President") or a capitalised sentence opener names no one.
    return out;
  }
  let mentionWords = words;
  let last = r.last;
  // "the Obama administration", "the Likud party": a lower-case organisation word completes the name.
  const tail = tokens[last + 1];
  if (tail && !r.possessive && !r.suffix && tail.word && ORG_TAILS.has(tail.text.replace(/[’']s$/, ''))) {
    mentionWords = [...words, tail.text.replace(/[’']s$/, '')];
    last++;
  }
  const m = mention(
    r,
    p,
    first,
    mentionWords,
    prefix,
    prefixFirst,
    r.possessive && last === r.last,
    initial,
    definite && t < 0,
  );
  m.last = last;
  if (last !== r.last) m.possessive = /[’']s$/.test(tokens[last]!.text);
  // "Marine Stewardship Council (MSC)".
  const [o, acr, c] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  if (o?.text === '(' && acr && c?.text === ')' && /^[\p{Lu}&]{2,8}$/u.test(acr.text) && !mentionWords.every(isUpper))
    m.acronym = acr.text;
  out.push(m);
  return out;
}

function mention(
  r: Run,
  p: Paragraph,
  first: number,
  words: string[],
  prefix: string[],
  prefixFirst: number,
  possessive: boolean,
  initial: boolean,
  definite: boolean,
): Mention {
  const t = p.tokens[first]!;
  return {
    paragraph: p.index,
    first,
    last: Math.min(r.last, first + words.length - 1),
    words,
    prefix,
    prefixFirst,
    possessive,
    inQuote: t.quote >= 0,
    initial: initial && first === r.first,
    sentence: t.sentence,
    suffix: r.suffix,
    weak: r.weak,
    definite,
  };
}

function advance(tokens: Token[], k: number): number {
  return Math.min(k + 1, tokens.length - 1);
}

/** A word whose capital is only positional: a function word, or common vocabulary at a sentence start. */
function isFunctionish(w: string, atStart: boolean, lower: Set<string>): boolean {
  const k = key(w);
  if (['the', 'a', 'an'].includes(k)) return true;
  if (!atStart || isTitleWord(w)) return false;
  return isCommonWord(w) || lower.has(k) || /^(?:\p{L}+ly|\p{L}+ing)$/u.test(k);
}
