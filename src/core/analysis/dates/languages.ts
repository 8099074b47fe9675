// chrono-node's date parsers for the languages it knows besides English: a third of the
// pipeline's code, of which an article needs one at most. The extension loads the one its page is
// written in before the digest (../../../shared/snapshot-digest.ts), so a click on an English page
// loads none; Node loads them all once (../../../node/digest-html.ts). The pipeline itself stays
// synchronous: in a language whose parser is not loaded, an article keeps the dates that need no
// words (ISO and numeric dates, years), as in a language chrono does not know.

interface Components {
  isCertain(component: 'year' | 'month' | 'day' | 'weekday'): boolean;
  get(component: 'year' | 'month' | 'day' | 'weekday'): number | null;
}

export interface Result {
  index: number;
  text: string;
  start: Components;
  end?: Components | null;
  tags(): Set<string>;
}

export type Parse = (text: string, ref: Date, option?: { forwardDate?: boolean }) => Result[];

/** One chunk each in the extension (chrono's shared code in another). */
const LOADERS: Record<string, () => Promise<{ parse: Parse }>> = {
  de: () => import('chrono-node/de'),
  es: () => import('chrono-node/es'),
  fr: () => import('chrono-node/fr'),
  it: () => import('chrono-node/it'),
  ja: () => import('chrono-node/ja'),
  nl: () => import('chrono-node/nl'),
  pt: () => import('chrono-node/pt'),
  ru: () => import('chrono-node/ru'),
  zh: () => import('chrono-node/zh'),
};

const loaded = new Map<string, Parse>();

/** chrono's parsers go by the language alone: "fr-CA" is read as "fr". */
const codeOf = (lang: string) => lang.slice(0, 2).toLowerCase();

/** The parser for `lang`, if chrono has one and it is loaded. */
export function dateParser(lang: string): Parse | undefined {
  return loaded.get(codeOf(lang));
}

/**
 * Loads the parser for `lang` (a page's `lang` attribute), if chrono has one. Never rejects: a
 * load that fails (an extension update swapped the files) leaves the language out of this digest,
 * and the next one tries again.
 */
export async function loadDateLanguage(lang: string | null | undefined): Promise<void> {
  const code = codeOf(lang ?? '');
  const load = Object.hasOwn(LOADERS, code) ? LOADERS[code] : undefined;
  if (!load || loaded.has(code)) return;
  try {
    loaded.set(code, (await load()).parse);
  } catch {
    // Left out; see above.
  }
}

/** Every language chrono knows, for Node, where code size costs nothing. */
export async function loadAllDateLanguages(): Promise<void> {
  await Promise.all(Object.keys(LOADERS).map(loadDateLanguage));
}
