// Direct quotes and who said them. The speaker comes from a speech verb in the quote's own sentence
// ("…,” said Tom Forte", "Mr Obama said it was “…”", "according to a senior administration
// official"), else from the paragraph or the one before it: a quote with no speech verb goes on
// with the speaker of the paragraph's earlier quote, and a paragraph that opens with a quotation
// continues the last speaker.

import type { Quote } from '../types';
import { countWords } from '../text';
import { resolvePronoun, type Cast, type Entity } from './actors';
import { isPersonNoun, singular, tagsOf, wordSet } from './lexicon';
import type { Mention } from './names';
import type { QuoteSpan } from './quote-spans';
import type { Paragraph, Token } from './tokens';

const VERBS = `say tell add continue write argue explain insist claim declare state note warn admit acknowledge
  announce ask reply respond answer recall describe suggest predict vow promise pledge urge complain concede
  confirm deny tweet post remark observe comment stress emphasise emphasize conclude joke quip testify maintain
  agree counter boast lament allege shout yell scream whisper caution contend assert recount reflect muse sigh
  call charge demand propose plead speak report reveal concur proclaim affirm retort predict question wonder
  criticise criticize condemn hail praise`;
// Verbs that are nouns as often ("the fish counter", "the explanatory notes"): their bare and -s forms
// count only where a noun cannot stand.
const NOUN_TOO = new Set(
  `claim state note answer post comment stress joke counter call charge demand report
  question promise pledge praise`.split(/\s+/),
);
const IRREGULAR = 'said says saying told tells telling wrote writes writing written spoke speaks speaking';

// Every inflection a reporting sentence uses: "says", "said", "saying", "added".
const SPEECH = new Set<string>(IRREGULAR.split(' '));
for (const v of VERBS.split(/\s+/).filter(Boolean)) {
  const stem = v.endsWith('e') ? v.slice(0, -1) : v;
  const doubled = /[^aeiou][aeiou][pt]$/.test(v) ? v + v.at(-1) : v; // admitted, quipped
  SPEECH.add(v);
  SPEECH.add(
    v.endsWith('y') && !/[aeiou]y$/.test(v) ? v.slice(0, -1) + 'ies' : /(?:s|sh|ch|x)$/.test(v) ? v + 'es' : v + 's',
  );
  SPEECH.add(
    v.endsWith('y') && !/[aeiou]y$/.test(v) ? v.slice(0, -1) + 'ied' : v.endsWith('e') ? v + 'd' : doubled + 'ed',
  );
  SPEECH.add(stem + 'ing');
  SPEECH.add(doubled + 'ing');
}
// Two-word verbs: "has pointed out", "summed up".
// prettier-ignore
const PARTICLE_VERBS: Record<string, string> = { pointed: 'out', points: 'out', point: 'out', summed: 'up', sums: 'up', went: 'on', goes: 'on' };

// Nouns that stand for an organisation as a speaker: "the company said".
const ORG_SPEAKERS = wordSet(
  'company firm agency group party ministry department government police committee council retailer chain bank organisation organization commission authority court union airline network administration team club office',
);
const SOURCE_NOUNS = wordSet(
  'source sources official officials spokesman spokeswoman spokesperson aide aides diplomat diplomats witness witnesses',
);
const DETERMINERS = wordSet('a an the his her its their one another two three several some');
const PRONOUNS = /^(?:he|she|it|they)$/i;

interface Speaker {
  name: string | null;
  entity?: Entity;
}

interface Candidate {
  from: number;
  to: number;
  speaker: Speaker;
  kind: 'mention' | 'pronoun' | 'description';
}

export function findQuotes(cast: Cast): Quote[] {
  const quotes: Quote[] = [];
  let last: Speaker | null = null;
  let lastParagraph = -2;
  for (const p of cast.paragraphs) {
    const inParagraph: (Speaker | null)[] = [];
    p.quotes.forEach((span, i) => {
      const bounds = tokenBounds(p, span);
      if (!bounds || p.fragment) return;
      const firstWord = p.tokens.slice(bounds.first, bounds.last + 1).find((t) => t.word);
      const sentence = (firstWord ?? p.tokens[bounds.first]!).sentence;
      let speaker = attributed(cast, p, bounds, sentence);
      if (!speaker) {
        const earlier = inParagraph.findLast((s) => s?.name);
        const opensParagraph = !p.tokens.slice(0, bounds.first).some((t) => t.word && t.quote < 0);
        if (earlier) speaker = earlier;
        else if (opensParagraph && i === 0) speaker = continued(cast, p, last, lastParagraph);
        else speaker = subjectOf(cast, p, sentence, bounds.first) ?? introduced(cast, p, sentence) ?? { name: null };
      }
      inParagraph.push(speaker);
      if (speaker.name) {
        last = speaker;
        lastParagraph = p.index;
      }
      const text = span.inner.replace(/[,\s]+$/, '');
      // Fragments under four words are scare quotes; title-case phrases name works or slogans.
      if (countWords(text) < 4 || span.title) return;
      const quote: Quote = { text, speaker: speaker.name, paragraph: p.index, context: contextOf(p, span, sentence) };
      if (speaker.entity?.role) quote.speakerRole = speaker.entity.role;
      if (speaker.entity) speaker.entity.quotes++;
      quotes.push(quote);
    });
  }
  return quotes;
}

/** Indices of the first and last token of a quotation span. */
function tokenBounds(p: Paragraph, span: QuoteSpan): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  p.tokens.forEach((t, k) => {
    if (t.start >= span.start && t.end <= span.end) {
      if (first < 0) first = k;
      last = k;
    }
  });
  return first < 0 ? null : { first, last };
}

/**
 * The speaker named by a speech verb in the quote's sentence, or undefined when there is none. A
 * quote that opens its sentence is attributed after it ("…,” he said"); one set inside a sentence,
 * before it ("Mr Obama said it was “distressing”"), the words after it being often a source's.
 */
function attributed(
  cast: Cast,
  p: Paragraph,
  q: { first: number; last: number },
  sentence: number,
): Speaker | undefined {
  const { tokens } = p;
  let start = q.first;
  while (start > 0 && tokens[start - 1]!.sentence === sentence) start--;
  const embedded = tokens.slice(start, q.first).some((t) => t.word && t.quote < 0);
  const before = () => {
    const verbs = verbsIn(tokens, start, q.first);
    for (let i = verbs.length - 1; i >= 0; i--) {
      const v = verbs[i]!;
      const s = subjectAround(cast, p, lastQuoteEnd(tokens, start, v.at), v, q.first);
      if (s) return s;
    }
    return undefined;
  };
  const after = () => {
    let end = q.last + 1;
    while (end < tokens.length && tokens[end]!.quote < 0 && tokens[end]!.sentence === sentence) end++;
    let from = q.last + 1;
    // “…grocery?” Forte said.  A quote ending in a full stop, question or exclamation mark may be
    // followed by a short sentence that only attributes it.
    if (end === from && tokens[end] && tokens[end]!.quote < 0) {
      const next = tokens[end]!.sentence;
      let stop = end;
      while (stop < tokens.length && tokens[stop]!.quote < 0 && tokens[stop]!.sentence === next) stop++;
      const v = firstVerb(tokens, end, Math.min(stop, end + 5));
      if (v && stop - end <= 8) [from, end] = [end, stop];
    }
    const v = firstVerb(tokens, from, end);
    return v ? subjectAround(cast, p, from, v, end) : undefined;
  };
  // “…,” Mr. McHugh said: an attribution right after the quote wins even inside a sentence.
  let near = q.last + 1;
  while (near < tokens.length && tokens[near]!.quote < 0 && near - q.last <= 5 && tokens[near]!.sentence === sentence)
    near++;
  if (embedded && firstVerb(tokens, q.last + 1, near)) return after() ?? before();
  return embedded ? (before() ?? after()) : (after() ?? before());
}

interface Verb {
  at: number;
  /** Token after the verb (past "to" in "according to", past "out" in "pointed out"). */
  next: number;
  according: boolean;
}

function verbsIn(tokens: Token[], from: number, to: number): Verb[] {
  const out: Verb[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.word || t.quote >= 0) continue;
    const w = t.text.toLowerCase();
    if (w === 'according' && tokens[k + 1]?.text === 'to') out.push({ at: k, next: k + 2, according: true });
    else if (PARTICLE_VERBS[w] && tokens[k + 1]?.text === PARTICLE_VERBS[w])
      out.push({ at: k, next: k + 2, according: false });
    else if (SPEECH.has(w) && /^\p{Ll}/u.test(t.text) && !usedAsNoun(tokens, k))
      out.push({ at: k, next: k + 1, according: false });
  }
  return out;
}

function usedAsNoun(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.text.toLowerCase();
  const base = w.replace(/s$/, '');
  if (!NOUN_TOO.has(w) && !NOUN_TOO.has(base)) return false;
  const prev = tokens[k - 1];
  if (tokens[k + 1]?.text === 'of') return true;
  if (!prev?.word) return false;
  const tags = tagsOf(prev.text);
  if (tags.some((t) => ['Determiner', 'Adjective', 'Possessive', 'Preposition'].includes(t))) return true;
  // "the fish counter": a bare form right after a noun is a compound noun.
  return w === base && /^\p{Ll}/u.test(prev.text) && tags.some((t) => ['Singular', 'Uncountable'].includes(t));
}

function firstVerb(tokens: Token[], from: number, to: number): Verb | undefined {
  return verbsIn(tokens, from, to)[0];
}

function lastQuoteEnd(tokens: Token[], start: number, at: number): number {
  let from = start;
  for (let k = start; k < at; k++) if (tokens[k]!.quote >= 0) from = k + 1;
  return from;
}

/** Who does the speaking of verb v, looking in tokens [from, to). */
function subjectAround(cast: Cast, p: Paragraph, from: number, v: Verb, to: number): Speaker | undefined {
  const left = candidates(cast, p, from, v.at);
  const right = candidates(cast, p, v.next, to, true);
  if (v.according) return right[0]?.speaker;
  // "…,” said Tom Forte" / "…,” says Parata": nothing but punctuation before the verb.
  const wordsBefore = p.tokens
    .slice(from, v.at)
    .filter((t) => t.word && !/^(?:also|then|later|once|again)$/i.test(t.text));
  if (wordsBefore.length === 0) return right[0]?.speaker;
  const clauses = relativeClauses(p.tokens, from, v.at);
  const chosen = pickLeft(
    p,
    left.filter((c) => !clauses.some(([a, b]) => c.from > a && c.to < b)),
  );
  return chosen?.speaker ?? (right[0] && right[0].from === v.next ? right[0].speaker : undefined);
}

/** ", who chairs the finance committee," between a subject and its verb: its nouns are not the subject. */
function relativeClauses(tokens: Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = from; k < to; k++) {
    if (tokens[k]!.text !== ',' || !/^(?:who|which|whose|whom)$/i.test(tokens[k + 1]?.text ?? '')) continue;
    let e = k + 2;
    while (e < to && tokens[e]!.text !== ',') e++;
    out.push([k, e]);
    k = e - 1;
  }
  return out;
}

/**
 * The subject before the verb: the nearest candidate, past an apposition ("Ushakov, a Kremlin
 * aide,", "Mr. Warner, the Virginia Democrat,"), but not past a name after a description ("her
 * mother, Fiona,").
 */
function pickLeft(p: Paragraph, list: Candidate[]): Candidate | undefined {
  let i = list.length - 1;
  const { tokens } = p;
  while (i > 0) {
    const c = list[i]!;
    const prev = list[i - 1]!;
    let comma = c.from - 1;
    if (tokens[comma]?.word && DETERMINERS.has(tokens[comma]!.text.toLowerCase())) comma--;
    const set = tokens[comma]?.text === ',' && prev.to === comma - 1;
    const apposition = set && (c.kind === 'description' || comma !== c.from - 1) && prev.kind === 'mention';
    if (!apposition) break;
    i--;
  }
  return list[i];
}

/** Mentions, pronouns and descriptions of speakers in tokens [from, to), outside quotations. */
function candidates(cast: Cast, p: Paragraph, from: number, to: number, right = false): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = p;
  const mentions = cast.at.get(p.index);
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || !t.word) continue;
    const m = mentions?.get(k) ?? mentions?.get(k + 1 < to && isHonorificToken(t) ? k + 1 : -1);
    if (m) {
      const e = cast.entityOf.get(m);
      // "Wednesday’s attack", "the mother of a woman": possessors, dates and objects of a
      // preposition are not who speaks.
      if (!m.possessive && !e?.evidence.never && (right || !afterPreposition(tokens, k)))
        out.push({ from: k, to: m.last, speaker: speakerOfMention(cast, m), kind: 'mention' });
      k = m.last;
      continue;
    }
    if (PRONOUNS.test(t.text)) {
      const e = resolvePronoun(cast, p.index, k, t.text);
      out.push({ from: k, to: k, speaker: e ? { name: e.name, entity: e } : { name: null }, kind: 'pronoun' });
      continue;
    }
    const d = description(cast, p, k, to);
    if (d && !right && afterPreposition(tokens, k)) {
      k = d.to;
      continue;
    }
    if (d) {
      // "Whole Foods spokeswoman", "Obama administration officials": the name belongs to the description.
      const prev = out.at(-1);
      if (prev?.kind === 'mention' && prev.to === d.from - 1 && !d.speaker.entity) {
        out.pop();
        d.from = prev.from;
        d.speaker = { name: p.text.slice(tokens[prev.from]!.start, tokens[d.to]!.end) };
      }
      out.push(d);
      k = d.to;
    }
  }
  // A description holding a mention ("a Kremlin aide") counts as the description.
  return out.filter(
    (c, i) => !out.some((o, j) => j !== i && o.kind === 'description' && o.from <= c.from && c.to <= o.to && o !== c),
  );
}

const PREPOSITIONS = wordSet(
  'of for with to from by about at in on into against among between over under after before during like than toward towards near',
);

function afterPreposition(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && tokens[j]!.word && DETERMINERS.has(tokens[j]!.text.toLowerCase())) j--;
  return j >= 0 && tokens[j]!.word && PREPOSITIONS.has(tokens[j]!.text);
}

const isHonorificToken = (t: Token) => /^(?:mr|mrs|ms|dr|sen|rep|gov|gen)\.?$/i.test(t.text);

function speakerOfMention(cast: Cast, m: Mention): Speaker {
  const e = cast.entityOf.get(m);
  if (e && e.type) return { name: e.name, entity: e };
  return { name: m.words.join(' ') };
}

/**
 * "a senior administration official", "the company", "his spokesman": a noun phrase whose head is a
 * person or an organisation. "the company" stands for the organisation last named, "the president"
 * for the person the article calls that; other descriptions are kept as written.
 */
function description(cast: Cast, p: Paragraph, k: number, to: number): Candidate | undefined {
  const { tokens } = p;
  const det = tokens[k]!.text.toLowerCase();
  if (!DETERMINERS.has(det) && !isSpeakerNoun(tokens[k]!.text)) return undefined;
  let head = -1;
  for (let j = DETERMINERS.has(det) ? k + 1 : k; j < to && j < k + 7; j++) {
    const t = tokens[j]!;
    if (!t.word || t.quote >= 0) break;
    if (/^\p{Lu}/u.test(t.text)) {
      if (head >= 0) break;
      continue;
    }
    if (isSpeakerNoun(t.text)) head = j;
    else if (head >= 0 || STOP.some((x) => tagsOf(t.text).includes(x))) break;
  }
  // A head right before a name is a title: "press secretary Jen Psaki".
  if (head < 0 || isNameStart(cast, p, head + 1)) return undefined;
  const noun = tokens[head]!.text.toLowerCase();
  // "The authority said" at a sentence's start is "the authority" as a speaker.
  const text = p.text
    .slice(tokens[k]!.start, tokens[head]!.end)
    .replace(/^(?:The|A|An|His|Her|Its|Their)\b/, (d) => d.toLowerCase());
  const found = (e: Entity | undefined): Candidate | undefined =>
    e ? { from: k, to: head, speaker: { name: e.name, entity: e }, kind: 'description' } : undefined;
  if (ORG_SPEAKERS.has(noun) && (det === 'the' || det === 'its')) {
    const e = resolvePronoun(cast, p.index, k, 'it');
    const generic = ['company', 'firm', 'group', 'chain', 'retailer'].includes(noun);
    if (e && (generic || e.name.toLowerCase().includes(noun))) return found(e);
  }
  if (det === 'the' && head === k + 1) {
    const e = byRole(cast, p.index, k, singular(noun));
    if (e) return found(e);
  }
  return { from: k, to: head, speaker: { name: text }, kind: 'description' };
}

// prettier-ignore
const STOP = ['PastTense', 'PresentTense', 'Preposition', 'Conjunction', 'Modal', 'Copula', 'Pronoun', 'Determiner', 'Adverb', 'Gerund'];

function isSpeakerNoun(w: string): boolean {
  const lw = w.toLowerCase();
  return (
    /^\p{Ll}/u.test(w) &&
    (SOURCE_NOUNS.has(lw) || ORG_SPEAKERS.has(lw) || isPersonNoun(lw) || isPersonNoun(singular(lw)))
  );
}

function isNameStart(cast: Cast, p: Paragraph, k: number): boolean {
  return cast.at.get(p.index)?.has(k) ?? false;
}

/**
 * The person whose role is built on `head` ("the president", "the mother"): the last one named
 * before token k, else, in a lead that names people only later, the first one after it.
 */
function byRole(cast: Cast, paragraph: number, k: number, head: string): Entity | undefined {
  const at = paragraph * 100000 + k;
  const fits = (e: Entity | undefined) =>
    e?.type === 'person' &&
    e.role !== undefined &&
    e.role
      .toLowerCase()
      .split(/[\s,]+/)
      .includes(head);
  let later: Entity | undefined;
  for (let i = cast.mentions.length - 1; i >= 0; i--) {
    const m = cast.mentions[i]!;
    const e = cast.entityOf.get(m);
    if (!fits(e)) continue;
    if (m.paragraph * 100000 + m.first < at) return e;
    later = e;
  }
  return later;
}

/**
 * A paragraph that opens with a quotation and names no speaker goes on with the last one; when the
 * paragraph before it is plain narration about one named person, that person speaks.
 */
function continued(cast: Cast, p: Paragraph, last: Speaker | null, lastParagraph: number): Speaker {
  const prev = cast.paragraphs[p.index - 1];
  if (prev && lastParagraph !== prev.index && prev.quotes.length === 0) {
    // The last person named, or meant by "he" or "her" ("Her advice to others is simple:").
    for (let k = prev.tokens.length - 1; k >= 0; k--) {
      const m = cast.at.get(prev.index)?.get(k);
      const e = m && cast.entityOf.get(m);
      if (e?.type === 'person') return { name: e.name, entity: e };
      if (/^(?:he|she|his|her|him)$/i.test(prev.tokens[k]!.text)) {
        const r = resolvePronoun(
          cast,
          prev.index,
          k,
          prev.tokens[k]!.text.toLowerCase() === 'her' ? 'she' : prev.tokens[k]!.text,
        );
        if (r) return { name: r.name, entity: r };
      }
    }
  }
  return last ?? { name: null };
}

/**
 * "Charles Schultze … once summed up the danger with a metaphor. “It’s not so much …”": a quote
 * standing alone after a sentence that announces speech belongs to that sentence's speaker.
 */
function introduced(cast: Cast, p: Paragraph, sentence: number): Speaker | undefined {
  if (sentence === 0) return undefined;
  const inPrevious = p.tokens.map((t, k) => k).filter((k) => p.tokens[k]!.sentence === sentence - 1);
  if (!inPrevious.length) return undefined;
  const [from, to] = [inPrevious[0]!, inPrevious.at(-1)! + 1];
  if (p.tokens.slice(from, to).some((t) => t.word && t.quote >= 0)) return undefined;
  const v = verbsIn(p.tokens, from, to)[0];
  return v ? subjectAround(cast, p, from, v, to) : undefined;
}

/** The first person or organisation named in the sentence before the quote: "Alverson summed up …: “…”". */
function subjectOf(cast: Cast, p: Paragraph, sentence: number, before: number): Speaker | undefined {
  for (let k = 0; k < before; k++) {
    const m = cast.at.get(p.index)?.get(k);
    if (!m || m.inQuote || p.tokens[k]!.sentence !== sentence) continue;
    const e = cast.entityOf.get(m);
    if (e?.type) return { name: e.name, entity: e };
  }
  return undefined;
}

/** The sentence the quote stands in, quotation included. */
function contextOf(p: Paragraph, span: QuoteSpan, sentence: number): string {
  const inSentence = p.tokens.filter((t) => t.sentence === sentence || (t.start >= span.start && t.end <= span.end));
  if (!inSentence.length) return span.inner;
  return p.text.slice(inSentence[0]!.start, inSentence.at(-1)!.end).trim();
}
