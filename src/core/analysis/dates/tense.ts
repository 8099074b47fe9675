// The tense a date mention stands in, from the words around it: "exchanged threats on Thursday"
// (past) versus "talks will be held on Saturday" (future). English only, and deliberately shallow:
// the verb nearest the date inside its clause decides; without one, the caller falls back to the
// whole sentence or to its own default.

export type Tense = 'past' | 'future';

export interface TenseReading {
  /** Tense of the clause that holds the date, or null when the clause has no tensed verb. */
  clause: Tense | null;
  /** Tense of the nearest tensed verb anywhere in the sentence, or null. */
  sentence: Tense | null;
}

// Words that end a clause: a date belongs to the verb of its own clause, not to the one after "that".
const CLAUSE_WORDS = new Set([
  'that',
  'but',
  'while',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'because',
  'although',
  'though',
  'whereas',
  'unless',
  'if',
  'so',
  'yet',
]);

const FUTURE_WORDS = new Set([
  'will',
  'shall',
  'would',
  'won’t',
  "won't",
  'next',
  'upcoming',
  'later',
  'scheduled',
  'slated',
  'poised',
  'planned',
  'plans',
  'planning',
  'intends',
  'expected',
  'expects',
  'tomorrow',
]);

// Present-tense verbs that, next to a day, announce a schedule: "lands in Kenya on Friday".
const SCHEDULE_VERBS = new Set([
  'begins',
  'starts',
  'opens',
  'ends',
  'closes',
  'lands',
  'arrives',
  'leaves',
  'departs',
  'returns',
  'meets',
  'travels',
  'visits',
  'expires',
  'resumes',
  'heads',
  'flies',
  'hosts',
  'faces',
  'convenes',
  'reopens',
  'kicks',
]);

const IRREGULAR_PAST = new Set(
  (
    'was were had did said told met went came took made gave saw held left began won lost spoke wrote sent fell rose ' +
    'struck thought brought bought found got knew led paid ran sat shot stood became broke chose drew drove flew forgot ' +
    'froze grew hid hung kept laid meant rode rang sang sank shook slept sold sought spent stole swore taught threw ' +
    'understood woke wore withdrew overtook fought fled felt heard hit hurt lay lit mistook overcame quit read rebuilt ' +
    'sank shut slid spoke split spread sprang stuck stung strode strove swept swam swung tore undertook upheld wept ' +
    'withheld wound arose awoke bore beat bent bet bid bit blew bled bound bred built burnt caught clung cost crept cut ' +
    'dealt dug dove dreamt drank ate forbade forgave foresaw gave ground knelt leapt lent let oversaw put rid sped ' +
    'didn’t wasn’t weren’t hadn’t couldn’t ago yesterday earlier'
  ).split(' '),
);

// Words ending in -ed that are not past tenses.
const NOT_PAST = new Set([
  'need',
  'speed',
  'bed',
  'red',
  'shed',
  'seed',
  'feed',
  'breed',
  'hundred',
  'indeed',
  'proceed',
  'succeed',
  'exceed',
  'embed',
  'creed',
  'greed',
  'weed',
  'deed',
  'wed',
  'bred',
  'sled',
  'naked',
  'wicked',
  'sacred',
  'rugged',
  'ragged',
  'kindred',
  'wretched',
  'crooked',
  'beloved',
  'learned',
  'expected',
  'scheduled',
  'planned',
  'united',
]);

const BE_PRESENT = new Set(['is', 'are', 'am', '’s', "'s", '’re', "'re"]);

interface Marker {
  tense: Tense;
  at: number;
}

const WORD = /[A-Za-z’']+/g;
const BOUNDARY = /[,;:()“”"—–]|\s-\s/g;

/** Reads the tense around `sentence.slice(from, to)`. */
export function tenseAround(sentence: string, from: number, to: number): TenseReading {
  const markers = markersOf(sentence, from, to);
  const [clauseStart, clauseEnd] = clauseBounds(sentence, from, to);
  const nearest = (list: Marker[]) => {
    let best: Marker | null = null;
    let bestDistance = Infinity;
    for (const m of list) {
      // A verb before the date counts a little closer than one after it.
      const distance = m.at < from ? (from - m.at) * 0.8 : m.at - to;
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    return best?.tense ?? null;
  };
  return {
    clause: nearest(markers.filter((m) => m.at >= clauseStart && m.at < clauseEnd)),
    sentence: nearest(markers),
  };
}

function clauseBounds(sentence: string, from: number, to: number): [number, number] {
  let start = 0;
  let end = sentence.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      end = Math.min(end, m.index);
      break;
    }
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    if (!CLAUSE_WORDS.has(m[0].toLowerCase())) continue;
    if (m.index + m[0].length <= from && m.index >= start) start = m.index;
    else if (m.index >= to && m.index < end) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

function markersOf(sentence: string, from: number, to: number): Marker[] {
  const words: { w: string; lower: string; at: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    // Words inside the date mention itself ("last", "next") are read by the date grammar.
    if (m.index >= from && m.index < to) continue;
    words.push({ w: m[0], lower: m[0].toLowerCase(), at: m.index });
  }
  const out: Marker[] = [];
  for (let i = 0; i < words.length; i++) {
    const { w, lower, at } = words[i]!;
    const next = words[i + 1]?.lower;
    const prev = words[i - 1]?.lower;
    if (FUTURE_WORDS.has(lower) || /[’']ll$/.test(lower)) {
      out.push({ tense: 'future', at });
      // "will be debated", "would have been": the participle after the auxiliary is not a past tense.
      i += skipAuxiliaries(words, i + 1);
      continue;
    }
    if ((lower === 'going' || lower === 'set' || lower === 'due' || lower === 'about') && next === 'to') {
      if (lower !== 'set' || (prev && BE_PRESENT.has(prev))) out.push({ tense: 'future', at });
      continue;
    }
    if (BE_PRESENT.has(lower) && next === 'to') {
      out.push({ tense: 'future', at });
      continue;
    }
    if (BE_PRESENT.has(lower) && next && /^[a-z]{3,}ing$/.test(next) && next !== 'being') {
      out.push({ tense: 'future', at });
      i++;
      continue;
    }
    if (SCHEDULE_VERBS.has(lower)) {
      out.push({ tense: 'future', at });
      continue;
    }
    if (IRREGULAR_PAST.has(lower)) {
      out.push({ tense: 'past', at });
      continue;
    }
    if (lower.length > 4 && lower.endsWith('ed') && !NOT_PAST.has(lower) && !/eed$/.test(lower)) {
      // Capitalised -ed words inside a sentence are names ("United", "Reed").
      if (/^[A-Z]/.test(w) && at > 0) continue;
      // "the armed groups", "a detailed plan": an -ed word right after an article is an adjective.
      if (prev === 'the' || prev === 'a' || prev === 'an') continue;
      out.push({ tense: 'past', at });
    }
  }
  return out;
}

function skipAuxiliaries(words: { lower: string }[], from: number): number {
  let n = 0;
  while (
    n < 3 &&
    from + n < words.length &&
    /^(be|been|have|not|also|likely|probably|then|soon|still|being)$/.test(words[from + n]!.lower)
  )
    n++;
  // the participle or verb the auxiliary governs
  if (from + n < words.length) n++;
  return n;
}
