// The role the article gives a person, read from the words around one mention:
//   a title before the name      "White House press secretary Jen Psaki", "cabinet ministers A and B"
//   an apposition after it       "Yuri Ushakov, a Kremlin aide,", "Tom Forte, who ... as a managing director"
//   an apposition before it      "The leader of Ennahda, Rachid Ghannouchi,", "her mother, Fiona,"
//   an "of" phrase after a title "Presidents Joe Biden of the United States"

import { isCommonWord, isHonorific, isKin, isOffice, isPersonNoun, key, singular, tagsOf } from './lexicon';
import type { Mention } from './names';
import type { Paragraph, Token } from './tokens';

export interface RoleCandidate {
  text: string;
  kind: 'title' | 'apposition' | 'kin';
  /** Built on a formal office ("President", "secretary"), not an epithet ("whale whisperer"). */
  office: boolean;
  paragraph: number;
  /** For "his son" / "her mother": the token of the possessive pronoun, resolved to a person later. */
  kinOf?: { paragraph: number; token: number; pronoun: string };
  /** Written as a plural ("cabinet ministers A and B"): it applies to the next name too. */
  plural?: boolean;
}

export interface MentionContext {
  roles: RoleCandidate[];
  /** "Parry, 21," or "52-year-old Grace": only people have ages. */
  age: boolean;
  /** A plural title ("Presidents A of X and B of Y") that the next name after "and" shares. */
  plural?: RoleCandidate;
}

// prettier-ignore
const STOP_TAGS = [
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Adverb', 'QuestionWord', 'PastTense',
  'PresentTense', 'Gerund', 'Modal', 'Copula', 'Participle', 'Cardinal', 'TextValue', 'Expression', 'Negative',
];
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
const CLAUSE_WORDS = new Set(['who', 'which', 'whose', 'that', 'whom', 'where', 'when', 'while']);
const AGE = /^\d+-year-old$/;
// "who advises X" makes an "adviser to X": verbs whose doer has a title.
// prettier-ignore
const AGENT_VERBS: Record<string, string> = {
  advises: 'adviser to', advised: 'adviser to', heads: 'head of', headed: 'head of', leads: 'leader of',
  led: 'leader of', chairs: 'chair of', chaired: 'chair of', directs: 'director of', manages: 'manager of',
  founded: 'founder of', owns: 'owner of', represents: 'representative of', coaches: 'coach of', edits: 'editor of',
  runs: 'head of', ran: 'head of', oversees: 'head of', oversaw: 'head of',
};

// Function words stop a title whatever their case ("AS Opposition Leader Bill Shorten").
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'QuestionWord'];
const isStopWord = (t: Token) => {
  const tags = tagsOf(t.text);
  if (!/^\p{Ll}/u.test(t.text)) return tags.some((x) => FUNCTION_TAGS.includes(x));
  return tags.some((x) => STOP_TAGS.includes(x)) && !isPersonNoun(t.text);
};

/** The roles one mention's surroundings give; `shared` is a plural title met earlier in the sentence. */
/** `possessors` holds "paragraph:token" of every possessive mention ("Sudan’s president"). */
export function contextOf(m: Mention, p: Paragraph, possessors: Set<string>, shared?: RoleCandidate): MentionContext {
  const ctx: MentionContext = { roles: [], age: false };
  if (m.paragraph < 0) return ctx;
  let title = titleBefore(m, p, ctx);
  if (title?.plural) ctx.plural = title;
  if (!title && shared && p.tokens[m.prefixFirst - 1]?.text === 'and') title = shared;
  const of = ofPhrase(m, p);
  if (title) ctx.roles.push({ ...title, plural: false, text: of ? `${title.text} ${of}` : title.text });
  const after = appositionAfter(m, p, ctx);
  if (after) ctx.roles.push(after);
  const before = appositionBefore(m, p, possessors);
  if (before) ctx.roles.push(before);
  return ctx;
}

function role(text: string, kind: RoleCandidate['kind'], head: string, paragraph: number): RoleCandidate {
  return { text, kind, office: isOffice(head), paragraph };
}

/** Title words right before the name, in capitals inside the name's run or in lower case before it. */
function titleBefore(m: Mention, p: Paragraph, ctx: MentionContext): RoleCandidate | null {
  const { tokens } = p;
  const from = m.prefixFirst;
  const words: Token[] = [];
  for (let k = from; k < m.first; k++) if (!isHonorific(tokens[k]!.text)) words.push(tokens[k]!);
  let j = from - 1;
  let kinOf: RoleCandidate['kinOf'];
  while (j >= 0 && words.length < 8) {
    const t = tokens[j]!;
    if (!t.word || t.quote !== tokens[m.first]!.quote) break;
    if (AGE.test(t.text)) {
      ctx.age = true;
      if (words.length === 0) {
        j--;
        continue;
      }
      break;
    }
    const lw = key(t.text);
    if (isHonorific(t.text)) break;
    if (POSSESSIVE_PRONOUNS.has(lw)) {
      kinOf = { paragraph: p.index, token: j, pronoun: lw };
      break;
    }
    if ((lw === 'and' || t.text === '&') && words.length && isTitleish(tokens[j - 1])) {
      words.unshift(t);
      j--;
      continue;
    }
    if (isStopWord(t) || /^\d/.test(t.text)) break;
    if (t.initial && /^\p{Lu}/u.test(t.text) && isCommonWord(t.text) && !isPersonNoun(t.text) && words.length === 0)
      break;
    words.unshift(t);
    if (t.initial) break;
    j--;
  }
  if (words.length === 0) return null;
  // "an optometrist Apple had on-site": after "a" or "an" the name is not the one so titled.
  if (j >= 0 && /^(?:a|an)$/i.test(tokens[j]!.text) && !m.prefix.length) return null;
  const headToken = words.at(-1)!;
  const head = headToken.text;
  // An unknown word ending like an agent noun is a title too: "whale whisperer", "skipper".
  const agent = /^\p{Ll}{3,}(?:er|or|ist)$/u.test(head) && tagsOf(head).length === 0;
  const isTitle = isPersonNoun(head) || isPersonNoun(singular(head)) || agent;
  if (!isTitle || (words.length === 1 && /^\p{Lu}[\p{Ll}]/u.test(head) && !isPersonNoun(singular(head)))) return null;
  // "Whole Foods co-founder and CEO": keep what is written, a plural head made singular.
  let text = p.text.slice(words[0]!.start, headToken.end);
  const plural = /[^s]s$/i.test(head) && isPersonNoun(singular(head));
  if (plural) text = text.slice(0, text.length - head.length) + singular(head);
  if (isKin(singular(head)) && !kinOf && words.length === 1) return null;
  const r = role(text, kinOf && isKin(head) ? 'kin' : 'title', singular(head), p.index);
  if (kinOf && isKin(head)) r.kinOf = kinOf;
  if (plural) r.plural = true;
  return r;
}

const isTitleish = (t: Token | undefined) => !!t && t.word && (isPersonNoun(t.text) || /^\p{Lu}/u.test(t.text));

/** "of the United States" after "Presidents Joe Biden": completes a title, never a role alone. */
function ofPhrase(m: Mention, p: Paragraph): string | null {
  if (m.possessive) return null;
  const { tokens } = p;
  let k = m.last + 1;
  if (tokens[k]?.text !== 'of') return null;
  const start = tokens[k]!.start;
  k++;
  if (tokens[k]?.text === 'the') k++;
  let end = -1;
  while (tokens[k]?.word && /^\p{Lu}/u.test(tokens[k]!.text)) end = k++;
  if (end < 0) return null;
  return p.text.slice(start, tokens[end]!.end).replace(/[’']s$/, '');
}

/** "Yuri Ushakov, a Kremlin aide, said": a noun phrase about a person, set off by commas. */
function appositionAfter(m: Mention, p: Paragraph, ctx: MentionContext): RoleCandidate | null {
  const { tokens } = p;
  if (m.possessive || tokens[m.last + 1]?.text !== ',') return null;
  let k = m.last + 2;
  const first = tokens[k];
  if (!first) return null;
  if (/^\d/.test(first.text)) {
    // "Parry, 21," is an age; "Bassi, 43 years a fisherman," is not a role either.
    if (/^\d+$/.test(first.text)) ctx.age = true;
    return null;
  }
  if (first.text === 'who') {
    // "Justin Bassi, who advises Attorney-General George Brandis on …": an agent's verb is a role.
    const agent = AGENT_VERBS[tokens[k + 1]?.text ?? ''];
    if (agent) {
      let end = k + 2;
      while (tokens[end] && ![',', '.', ';', ':', '—'].includes(tokens[end]!.text) && tokens[end]!.quote < 0) end++;
      if (end > k + 2)
        return role(
          `${agent} ${p.text.slice(tokens[k + 2]!.start, tokens[end - 1]!.end)}`,
          'apposition',
          agent.split(' ')[0]!,
          p.index,
        );
    }
    // "Tom Forte, who follows Amazon as a managing director at ...": the role after "as a".
    for (k++; tokens[k] && ![',', '.', ';'].includes(tokens[k]!.text); k++) {
      if (['as', 'is', 'was'].includes(tokens[k]!.text) && ['a', 'an'].includes(tokens[k + 1]?.text ?? '')) {
        return phrase(tokens, k + 1, p);
      }
    }
    return null;
  }
  return phrase(tokens, k, p);
}

function phrase(tokens: Token[], k: number, p: Paragraph): RoleCandidate | null {
  const start = k;
  // "Lorenz, his secretary, his programmer and …" is a list; "IAB, and General Manager" a clause.
  if (/^(?:and|or|but|his|her|their|its|our)$/i.test(tokens[k]?.text ?? '')) return null;
  if (['a', 'an', 'the'].includes(tokens[k]?.text.toLowerCase() ?? '')) k++;
  const from = k;
  let head: string | null = null;
  let end = -1;
  // "Parata, watched by his father," is a clause, not a description.
  const lead = tokens[k];
  if (lead && /^\p{Ll}\p{L}*(?:ed|ing)$/u.test(lead.text) && !isPersonNoun(lead.text)) {
    const next = tokens[k + 1];
    if (!next?.word || tagsOf(next.text).some((x) => FUNCTION_TAGS.includes(x))) return null;
  }
  // A name or an honorific is the next person, not a description: "the BBC, Mr Obama said".
  const bare = start === from;
  if (
    lead &&
    (isHonorific(lead.text) || (bare && /^\p{Lu}\p{Ll}+$/u.test(lead.text) && tagsOf(lead.text).length === 0))
  )
    return null;
  for (; tokens[k] && k - start < 22; k++) {
    const t = tokens[k]!;
    if (!t.word && t.text !== '-' && !/[’']/.test(t.text)) break;
    const lw = t.text.toLowerCase();
    if (CLAUSE_WORDS.has(lw) || t.quote !== tokens[start]!.quote) break;
    if (
      !head &&
      /^\p{Ll}/u.test(t.text) &&
      tagsOf(t.text).some((x) => ['PastTense', 'PresentTense', 'Modal', 'Copula'].includes(x))
    )
      return null;
    if (!head && k - from < 6 && (isPersonNoun(t.text) || isPersonNoun(singular(t.text)))) head = t.text;
    if (
      head &&
      /^\p{Ll}/u.test(t.text) &&
      tagsOf(t.text).some((x) => ['PastTense', 'PresentTense', 'Modal', 'Copula'].includes(x))
    )
      break;
    // "head of the association representing boats" ends at the participle; "vice president of
    // electrical engineering" does not: there the -ing word follows an adjective or a preposition.
    if (head && /^\p{Ll}/u.test(t.text) && tagsOf(t.text).includes('Gerund')) {
      const before = tokens[k - 1]!;
      if (
        /^\p{Lu}/u.test(before.text) ||
        tagsOf(before.text).some((x) => ['Singular', 'Plural', 'Noun', 'Actor'].includes(x))
      )
        break;
    }
    // "the philosopher Luis de Miranda": a title before a name, not a description of this one.
    if (head === t.text && tokens[k + 1]?.word && /^\p{Lu}/u.test(tokens[k + 1]!.text) && !isOffice(head)) return null;
    end = k;
  }
  if (!head || end < from) return null;
  const text = p.text.slice(tokens[from]!.start, tokens[end]!.end).replace(/\s+(?:and|or)$/, '');
  return role(text, 'apposition', singular(head), p.index);
}

/** "The leader of Ennahda, Rachid Ghannouchi,": a description before the name, set off by a comma. */
function appositionBefore(m: Mention, p: Paragraph, possessors: Set<string>): RoleCandidate | null {
  const { tokens } = p;
  const comma = m.prefixFirst - 1;
  if (tokens[comma]?.text !== ',' || m.prefix.length) return null;
  // Back to the determiner or possessive that opens the description; a clause boundary first means
  // there is none ("In an interview with the BBC, Mr Obama").
  let start = -1;
  let owner = -1;
  for (let j = comma - 1; j >= 0 && comma - j <= 12; j--) {
    const t = tokens[j]!;
    if (t.quote !== tokens[m.first]!.quote || t.sentence !== tokens[m.first]!.sentence) break;
    if (!t.word) {
      if (t.text === '-' || /[’']/.test(t.text)) continue;
      break;
    }
    const lw = t.text.toLowerCase();
    if (['the', 'a', 'an'].includes(lw) || POSSESSIVE_PRONOUNS.has(lw)) {
      // "A spokesperson for the agency": a determiner after a preposition opens the inner phrase.
      const inner = !POSSESSIVE_PRONOUNS.has(lw) && /^\p{Ll}/u.test(tokens[j - 1]?.text ?? '');
      if (inner && tagsOf(tokens[j - 1]!.text).includes('Preposition')) continue;
      start = j;
      break;
    }
    if (possessors.has(`${p.index}:${j}`)) owner = j;
    // "against Sudan’s president": a preposition before the owner ends the description.
    if (owner > j && tagsOf(lw).includes('Preposition')) {
      start = owner;
      break;
    }
    if (
      /^\p{Ll}/u.test(t.text) &&
      tagsOf(t.text).some((x) => ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Gerund', 'Conjunction'].includes(x))
    )
      break;
    if (j > 0 && !tokens[j - 1]!.word && tokens[j - 1]!.text !== '-' && owner === j) {
      start = j;
      break;
    }
  }
  if (start < 0 && owner >= 0) start = owner;
  if (start < 0) return null;
  const lw = tokens[start]!.text.toLowerCase();
  // The head is the last word before a prepositional phrase ("leader of Ennahda") or the last word.
  let headAt = comma - 1;
  for (let k = start + 1; k < comma; k++) {
    if (['of', 'at', 'for', 'in', 'on', 'to', 'with'].includes(tokens[k]!.text)) {
      headAt = k - 1;
      break;
    }
  }
  const head = tokens[headAt]!.text;
  if (!isPersonNoun(head)) return null;
  let k = ['the', 'a', 'an'].includes(lw) || POSSESSIVE_PRONOUNS.has(lw) ? start + 1 : start;
  while (k < comma && AGE.test(tokens[k]!.text)) k++;
  if (k >= comma) return null;
  const text = p.text.slice(tokens[k]!.start, tokens[comma - 1]!.end);
  const r = role(text, POSSESSIVE_PRONOUNS.has(lw) && isKin(head) ? 'kin' : 'apposition', head, p.index);
  if (r.kind === 'kin') r.kinOf = { paragraph: p.index, token: start, pronoun: lw };
  return r;
}
