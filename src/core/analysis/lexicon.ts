// Word knowledge for the actor finder. compromise's lexicon (first and last names, organisations,
// places, job nouns, honorifics) and its lists of organisation and place words are the base; its
// tagger is not used: it takes about 150 ms on a 2,000-word article, five times the whole budget.
// Nor is compromise itself loaded: its lexicon is computed at build time
// (scripts/compromise-lexicon.ts), as unpacking it cost every popup open 150 ms and more.
// The lists below add what news needs and compromise lacks (titles of office, kin, institutions).

import packed from 'virtual:compromise-lexicon';

/** The first word of each bucket and where the bucket starts: read once, at the first lookup. */
let buckets: { heads: string[]; starts: number[] } | null = null;

function bucketIndex(): { heads: string[]; starts: number[] } {
  const s = packed.words;
  const heads: string[] = [];
  const starts: number[] = [];
  for (let at = 0; at < s.length;) {
    starts.push(at);
    heads.push(s.slice(at, s.indexOf(',', at)));
    const next = s.indexOf('#', at);
    at = next < 0 ? s.length : next + 1;
  }
  return { heads, starts };
}

/**
 * The tags compromise's lexicon gives `word`: a binary search for the last bucket whose first word
 * is not after it, then the lines of that bucket (format in scripts/compromise-lexicon.ts), each
 * compared with `word` in place, from what the line shares with the one before. Most words of a page
 * are looked up once per session, at its first click (then `tagsOf` caches them): searching an array
 * of the buckets' first words and spelling out no line made such a lookup about five times faster
 * (6 to 10 µs → 1 to 2 µs in Node; 11 ms of ietf-1's first digest in Chromium went to lookups).
 */
function lookUp(word: string): readonly string[] | undefined {
  const { heads, starts } = (buckets ??= bucketIndex());
  let lo = 0;
  let hi = heads.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (heads[mid]! <= word) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return undefined;
  const s = packed.words;
  const end = lo < starts.length ? starts[lo]! - 1 : s.length;
  // How many leading characters the line before shares with `word` (it sorts before `word`).
  let same = 0;
  for (let at = starts[lo - 1]!; at < end;) {
    const first = at === starts[lo - 1];
    const shared = first ? 0 : digit36(s.charCodeAt(at));
    const comma = s.indexOf(',', at);
    const tilde = s.indexOf('~', comma);
    const next = tilde < 0 || tilde > end ? end : tilde;
    // Sharing more with the line before than `word` does, this line sorts before `word` too.
    if (shared <= same) {
      let i = first ? at : at + 1;
      let j = shared;
      while (i < comma && j < word.length && s.charCodeAt(i) === word.charCodeAt(j)) {
        i++;
        j++;
      }
      if (i === comma && j === word.length) return packed.tags[parseInt(s.slice(comma + 1, next), 36)];
      if (i < comma && (j === word.length || s.charCodeAt(i) > word.charCodeAt(j))) return undefined;
      same = j;
    }
    at = next + 1;
  }
  return undefined;
}

/** The value of a base-36 digit's character code. */
const digit36 = (code: number) => (code <= 57 ? code - 48 : code - 87);

const ORG_WORDS = new Set(packed.orgWords);
const PLACE_WORDS = new Set(packed.placeWords);

/** A set of words written as one string. */
export const wordSet = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Lower-case lookup key: curly apostrophes straightened, accents kept (the lexicon has a few). */
export function key(word: string): string {
  return word.toLowerCase().replace(/[’‘]/g, "'");
}

const NONE: readonly string[] = [];
const tagCache = new Map<string, readonly string[]>();

export function tagsOf(word: string): readonly string[] {
  let tags = tagCache.get(word);
  if (tags === undefined) {
    tags = lookUp(key(word)) ?? NONE;
    if (tagCache.size > 20000) tagCache.clear();
    tagCache.set(word, tags);
  }
  return tags;
}

// Words that are not names whatever their case: the tags of compromise's common vocabulary.
// prettier-ignore
const COMMON_TAGS = new Set([
  'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb', 'Verb', 'Modal', 'Copula',
  'Adjective', 'Comparative', 'Superlative', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun',
  'Possessive', 'QuestionWord', 'Singular', 'Plural', 'Uncountable', 'Noun', 'Cardinal', 'Ordinal', 'TextValue',
  'Duration', 'Expression', 'Actor', 'Unit', 'Currency', 'Date', 'Month', 'WeekDay', 'Honorific', 'Negative',
  'Reflexive', 'Condition', 'Imperative', 'Multiple', 'Fraction',
]);

// One bit per fact about a word, computed once per spelling: the finders ask the same questions of
// the same words thousands of times per article.
const MALE = 1,
  FEMALE = 2,
  FIRST = 4,
  LAST = 8,
  ORG = 16,
  PLACE = 32,
  DEMONYM = 64,
  CALENDAR = 128;
const COMMON = 256,
  PERSON_NOUN = 512,
  ORG_WORD = 1024,
  PLACE_WORD = 2048,
  HONORIFIC = 4096,
  ACTOR = 8192;
// prettier-ignore
const NAME = 16384, COMMON_TAG = 32768;
// prettier-ignore
const TAG_BITS: Record<string, number> = {
  MaleName: MALE | FIRST | NAME, FemaleName: FEMALE | FIRST | NAME, FirstName: FIRST | NAME, LastName: LAST | NAME,
  Person: LAST | NAME, Organization: ORG | NAME, SportsTeam: ORG | NAME, Country: PLACE, City: PLACE, Region: PLACE,
  Place: PLACE, Demonym: DEMONYM, Month: CALENDAR, WeekDay: CALENDAR, Date: CALENDAR, Actor: ACTOR,
};

const flagCache = new Map<string, number>();

function flags(word: string): number {
  let f = flagCache.get(word);
  if (f !== undefined) return f;
  f = 0;
  const k = key(word).replace(/[.,]$/, '');
  for (const t of tagsOf(k)) f |= (TAG_BITS[t] ?? 0) | (COMMON_TAGS.has(t) ? COMMON_TAG : 0);
  if (HOLIDAYS.has(k)) f |= CALENDAR;
  if (FUNCTION_WORDS.has(k) || (f & COMMON_TAG && !(f & NAME))) f |= COMMON;
  if (HONORIFICS.has(k)) f |= HONORIFIC;
  if (ORG_WORDS.has(k) || ORG_HEADS.has(k)) f |= ORG_WORD;
  if (PLACE_WORDS.has(k) || PLACE_HEADS.has(k)) f |= PLACE_WORD;
  if (PERSON_NOUNS.has(k) || KIN.has(k) || HONORIFICS.has(k)) f |= PERSON_NOUN;
  else if (k.includes('-')) {
    if (k.split('-').some((p) => PERSON_NOUNS.has(p) || tagsOf(p).includes('Actor'))) f |= PERSON_NOUN;
  } else if (f & ACTOR && !GENERIC_PEOPLE.has(k)) f |= PERSON_NOUN;
  if (flagCache.size > 20000) flagCache.clear();
  flagCache.set(word, f);
  return f;
}

export const isFirstName = (w: string) => (flags(w) & FIRST) !== 0;
export const isKnownPerson = (w: string) => (flags(w) & LAST) !== 0;
export const isKnownOrg = (w: string) => (flags(w) & ORG) !== 0;
export const isKnownPlace = (w: string) => (flags(w) & PLACE) !== 0;
export const isDemonym = (w: string) => (flags(w) & DEMONYM) !== 0;
export const isCalendarWord = (w: string) => (flags(w) & CALENDAR) !== 0;
export const isHonorific = (w: string) => (flags(w) & HONORIFIC) !== 0;
/** A pronoun, article, preposition or the like ("I", "The", "In"). */
export const isFunctionWord = (w: string) => {
  // "We’re", "It’s": a contraction is as much a function word as its first part.
  const base = key(w).replace(/'(?:re|s|ll|ve|d|m|t)$/, '');
  return FUNCTION_WORDS.has(base) || tagsOf(base).includes('Pronoun') || tagsOf(w).includes('Pronoun');
};
/** A word of everyday vocabulary, so a capital letter at the start of a sentence says nothing. */
export const isCommonWord = (w: string) => (flags(w) & COMMON) !== 0;
/** The generic word an organisation's name ends with ("Agency", "Council", "Group"). */
export const isOrgWord = (w: string) => (flags(w) & ORG_WORD) !== 0;
export const isPlaceWord = (w: string) => (flags(w) & PLACE_WORD) !== 0;
/** A noun for a person's position or relation: what a role is made of ("aide", "secretary"). */
export const isPersonNoun = (w: string) => (flags(w) & PERSON_NOUN) !== 0;

export function gender(firstName: string): 'm' | 'f' | undefined {
  const f = flags(firstName);
  return f & MALE ? 'm' : f & FEMALE ? 'f' : undefined;
}

export function singular(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x)es$/i.test(w)) return w.slice(0, -2);
  if (/[^s]s$/i.test(w)) return w.slice(0, -1);
  return w;
}

export const isOffice = (w: string) =>
  OFFICES.has(key(w)) ||
  key(w)
    .split('-')
    .some((p) => OFFICES.has(p));
export const isKin = (w: string) => KIN.has(key(w));
export const kinGender = (w: string): 'm' | 'f' | undefined =>
  FEMALE_KIN.has(key(w)) ? 'f' : MALE_KIN.has(key(w)) ? 'm' : undefined;

const HONORIFICS = wordSet(
  'mr mrs ms miss mx dr prof sen rep gov gen col lt sgt capt cmdr adm maj rev sir dame lord lady',
);
export const FEMALE_HONORIFICS = wordSet('mrs ms miss dame lady');
export const MALE_HONORIFICS = wordSet('mr sir lord');

// Heads of formal offices: a role built on one of these is preferred to an epithet.
const OFFICES = wordSet(`president vice-president minister premier chancellor secretary senator congressman
  congresswoman representative governor mayor commissioner ambassador envoy king queen prince princess emperor
  pope chairman chairwoman chair chairperson ceo cfo coo cto director leader speaker chief judge justice general
  admiral colonel spokesman spokeswoman spokesperson prosecutor attorney-general secretary-general head deputy
  president-elect sheriff treasurer`);

const PERSON_NOUNS = wordSet(`${[...OFFICES].join(' ')} aide adviser advisor official founder co-founder member
  fellow expert elder executive ranger skipper captain owner researcher scientist professor lecturer economist
  strategist lawmaker legislator delegate negotiator diplomat activist campaigner organiser organizer coach
  manager editor correspondent reporter columnist analyst consultant lawyer attorney officer inspector
  superintendent sergeant constable student teacher principal doctor nurse surgeon physician worker employee
  farmer fisherman driver pilot soldier witness survivor whisperer priest pastor bishop rabbi imam cleric
  spokesperson partner investor banker trader economist historian author writer producer presenter host
  commander minister-president president`);

// People in general: not a role ("children", "officials").
const GENERIC_PEOPLE = wordSet(
  'people person children child baby human humans citizens citizen anybody nobody man men woman women boy boys girl girls guy guys',
);

const FEMALE_KIN = wordSet(
  'mother wife daughter sister widow grandmother granddaughter aunt niece fiancee stepmother mum mom',
);
const MALE_KIN = wordSet('father husband son brother widower grandfather grandson uncle nephew fiance stepfather dad');
const KIN = new Set([...FEMALE_KIN, ...MALE_KIN, 'cousin', 'partner', 'parent', 'child']);

// Organisation heads compromise's list lacks.
const ORG_HEADS = wordSet(`party police authority administration ministry court agency commission committee
  government institution bank corporation association federation league network fund bureau department board
  navy guard assembly parliament congress senate council team alliance coalition movement front brigade
  tribunal secretariat directorate caucus cabinet organisation organization society center centre market
  holdings airline airlines studios technologies tech`);

// Place heads compromise's list lacks.
const PLACE_HEADS = wordSet('sea seas ocean passage locks harbour harbor terminal port strait sound channel coast');

/** First words that make a place of what follows: "Mount Everest", "Boulevard Montmartre". */
export const PLACE_PREFIXES = wordSet('mount mt lake boulevard fort port cape isle river rue avenue gulf');

/** One-word institutions that act in the news under their own name. */
export const INSTITUTIONS = wordSet('congress parliament senate pentagon kremlin knesset duma bundestag politburo');
/** Capitalised plurals that name a party's members as a body. */
export const PARTY_BODIES = wordSet('republicans democrats conservatives tories liberals socialists greens');

// Calendar words compromise's lexicon misses ("march" is not in it) and holidays.
const HOLIDAYS = wordSet(`january february march april may june july august september october november december
  sept monday tuesday wednesday thursday friday saturday sunday easter christmas thanksgiving ramadan eid
  hanukkah passover halloween diwali`);

/** Last words of the names of events, laws and works, and of party descriptions ("the Virginia
 * Democrat"): never actors. */
export const EVENT_WORDS = wordSet(`war wars crisis spring revolution games olympics cup championship championships
  election elections summit act bill law treaty agreement accord protocol day week festival award awards prize
  plan initiative index report survey program programme campaign conflict massacre attack attacks strike
  storm hurricane deal talks doctrine democrat republican conservative liberal socialist tory`);

// Function words that compromise tags loosely or misses; a capital on them is positional.
const FUNCTION_WORDS = wordSet(`the a an and but or nor so yet for of in on at by to from with without about
  after before during since until as if when while where though although because despite however meanwhile
  this that these those there here it its he she they we i you his her their our my your them him us
  not no yes also then still even just only now today yesterday tomorrow last next first finally instead
  according many most some several few all both each every another other such what which who whom whose why how
  once over under into onto upon among between within across through around near far back up down out off`);
