// Word knowledge for the actor finder. compromise's lexicon (first and last names, organisations,
// places, job nouns, honorifics) and its lists of organisation and place words are the base; its
// tagger is not used: it takes about 150 ms on a 2,000-word article, five times the whole budget.
// The lists below add what news needs and compromise lacks (titles of office, kin, institutions).

import nlp from 'compromise/two';

interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}

const model = nlp.model() as unknown as Model;
const LEXICON = model.one.lexicon;
const ORG_WORDS = new Set(Object.keys(model.two.orgWords));
const PLACE_WORDS = new Set(Object.keys(model.two.placeWords));

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Lower-case lookup key: curly apostrophes straightened, accents kept (the lexicon has a few). */
export function key(word: string): string {
  return word.toLowerCase().replace(/[’‘]/g, "'");
}

export function tagsOf(word: string): readonly string[] {
  const t = LEXICON[key(word)];
  return t === undefined ? [] : typeof t === 'string' ? [t] : t;
}

const has = (word: string, ...tags: string[]) => tagsOf(word).some((t) => tags.includes(t));

// Words that are not names whatever their case: the tags of compromise's common vocabulary.
const COMMON_TAGS = [
  'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb', 'Verb', 'Modal', 'Copula',
  'Adjective', 'Comparative', 'Superlative', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun',
  'Possessive', 'QuestionWord', 'Singular', 'Plural', 'Uncountable', 'Noun', 'Cardinal', 'Ordinal', 'TextValue',
  'Duration', 'Expression', 'Actor', 'Unit', 'Currency', 'Date', 'Month', 'WeekDay', 'Honorific', 'Negative',
  'Reflexive', 'Condition', 'Imperative', 'Multiple', 'Fraction',
]; // prettier-ignore
const NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Organization', 'SportsTeam'];

export const isFirstName = (w: string) => has(w, 'MaleName', 'FemaleName', 'FirstName');
export const isKnownPerson = (w: string) => has(w, 'LastName', 'Person');
export const isKnownOrg = (w: string) => has(w, 'Organization', 'SportsTeam');
export const isKnownPlace = (w: string) => has(w, 'Country', 'City', 'Region', 'Place');
export const isDemonym = (w: string) => has(w, 'Demonym');
export const isCalendarWord = (w: string) => has(w, 'Month', 'WeekDay', 'Date') || HOLIDAYS.has(key(w));
export const isHonorific = (w: string) => HONORIFICS.has(key(w).replace(/\.$/, ''));
/** A word of everyday vocabulary, so a capital letter at the start of a sentence says nothing. */
export const isCommonWord = (w: string) =>
  FUNCTION_WORDS.has(key(w)) || (has(w, ...COMMON_TAGS) && !has(w, ...NAME_TAGS));

export function gender(firstName: string): 'm' | 'f' | undefined {
  const t = tagsOf(firstName);
  if (t.includes('MaleName')) return 'm';
  if (t.includes('FemaleName')) return 'f';
  return undefined;
}

/** The generic word an organisation's name ends with ("Agency", "Council", "Group"). */
export const isOrgWord = (w: string) => ORG_WORDS.has(key(w)) || ORG_HEADS.has(key(w));
export const isPlaceWord = (w: string) => PLACE_WORDS.has(key(w));

/** A noun for a person's position or relation: what a role is made of ("aide", "secretary"). */
export function isPersonNoun(w: string): boolean {
  const k = key(w).replace(/[.,]$/, '');
  if (PERSON_NOUNS.has(k) || KIN.has(k) || HONORIFICS.has(k)) return true;
  if (k.includes('-')) return k.split('-').some((p) => PERSON_NOUNS.has(p) || has(p, 'Actor'));
  return has(k, 'Actor') && !GENERIC_PEOPLE.has(k);
}

export function singular(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x)es$/i.test(w)) return w.slice(0, -2);
  if (/[^s]s$/i.test(w)) return w.slice(0, -1);
  return w;
}

export const isOffice = (w: string) => OFFICES.has(key(w)) || key(w).split('-').some((p) => OFFICES.has(p));
export const isKin = (w: string) => KIN.has(key(w));
export const kinGender = (w: string): 'm' | 'f' | undefined =>
  FEMALE_KIN.has(key(w)) ? 'f' : MALE_KIN.has(key(w)) ? 'm' : undefined;

const HONORIFICS = words('mr mrs ms miss mx dr prof sen rep gov gen col lt sgt capt cmdr adm maj rev sir dame lord lady');
export const FEMALE_HONORIFICS = words('mrs ms miss dame lady');
export const MALE_HONORIFICS = words('mr sir lord');

// Heads of formal offices: a role built on one of these is preferred to an epithet.
const OFFICES = words(`president vice-president minister premier chancellor secretary senator congressman
  congresswoman representative governor mayor commissioner ambassador envoy king queen prince princess emperor
  pope chairman chairwoman chair chairperson ceo cfo coo cto director leader speaker chief judge justice general
  admiral colonel spokesman spokeswoman spokesperson prosecutor attorney-general secretary-general head deputy
  president-elect sheriff treasurer`);

const PERSON_NOUNS = words(`${[...OFFICES].join(' ')} aide adviser advisor official founder co-founder member
  fellow expert elder executive ranger skipper captain owner researcher scientist professor lecturer economist
  strategist lawmaker legislator delegate negotiator diplomat activist campaigner organiser organizer coach
  manager editor correspondent reporter columnist analyst consultant lawyer attorney officer inspector
  superintendent sergeant constable student teacher principal doctor nurse surgeon physician worker employee
  farmer fisherman driver pilot soldier witness survivor whisperer priest pastor bishop rabbi imam cleric
  spokesperson partner investor banker trader economist historian author writer producer presenter host
  commander minister-president president`);

// People in general: not a role ("children", "officials").
const GENERIC_PEOPLE = words('people person children child baby human humans citizens citizen anybody nobody');

const FEMALE_KIN = words('mother wife daughter sister widow grandmother granddaughter aunt niece fiancee stepmother mum mom');
const MALE_KIN = words('father husband son brother widower grandfather grandson uncle nephew fiance stepfather dad');
const KIN = new Set([...FEMALE_KIN, ...MALE_KIN, 'cousin', 'partner', 'parent', 'child']);

// Organisation heads compromise's list lacks.
const ORG_HEADS = words(`party police authority administration ministry court agency commission committee
  government institution bank corporation association federation league network fund bureau department board
  navy guard assembly parliament congress senate council team alliance coalition movement front brigade
  tribunal secretariat directorate caucus cabinet organisation organization society center centre market
  holdings airline airlines studios technologies`);

/** One-word institutions that act in the news under their own name. */
export const INSTITUTIONS = words('congress parliament senate pentagon kremlin knesset duma bundestag politburo');
/** Capitalised plurals that name a party's members as a body. */
export const PARTY_BODIES = words('republicans democrats conservatives tories liberals socialists greens');

const HOLIDAYS = words(`easter christmas thanksgiving ramadan eid hanukkah passover halloween diwali`);

/** Last words of the names of events, laws and works: never actors. */
export const EVENT_WORDS = words(`war wars crisis spring revolution games olympics cup championship championships
  election elections summit act bill law treaty agreement accord protocol day week festival award awards prize
  plan initiative index report survey program programme campaign conflict massacre attack attacks strike
  storm hurricane deal talks doctrine`);

// Function words that compromise tags loosely or misses; a capital on them is positional.
const FUNCTION_WORDS = words(`the a an and but or nor so yet for of in on at by to from with without about
  after before during since until as if when while where though although because despite however meanwhile
  this that these those there here it its he she they we i you his her their our my your them him us
  not no yes also then still even just only now today yesterday tomorrow last next first finally instead
  according many most some several few all both each every another other such what which who whom whose why how
  once over under into onto upon among between within across through around near far back up down out off`);
