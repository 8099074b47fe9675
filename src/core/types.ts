// The digest contract (see ../shared/eval/README.md). Every field here is plain data, so the
// popup can render a digest from fixture JSON and the CLI can print it as JSON unchanged.

export type ClutterKind = 'comments' | 'newsletter' | 'related' | 'share';

/** Every kind, in the order the popup and the options page list them. */
export const CLUTTER_KINDS: readonly ClutterKind[] = ['comments', 'newsletter', 'related', 'share'];

/** One element the extension hides, with the rule that hid it and why. */
export interface ClutterMatch {
  kind: ClutterKind;
  /** Id of the rule in the rule data that fired, e.g. `comments/wordpress-list`. */
  rule: string;
  /** A CSS selector path that identifies the element in its document. */
  selector: string;
  /** Why the rule fired, in words a person reads in the popup. */
  reason: string;
  /** The element's whole text content, whitespace collapsed. */
  text: string;
}

export interface Article {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  /** ISO 8601 date or date-time, from the article's own metadata. */
  published: string | null;
  excerpt: string | null;
  /** Paragraph texts in order; `text` is these joined by newlines. */
  paragraphs: string[];
  text: string;
}

export type ActorType = 'person' | 'organization' | 'place';

export interface Actor {
  name: string;
  type: ActorType;
  role?: string;
  aliases?: string[];
  mentions: number;
  /** Index into `paragraphs` of the first mention. */
  paragraph: number;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention {
  /** The words in the article that name the date. */
  text: string;
  /** ISO date at the text's precision: `2022-01-09`, `2022-01`, `2014`. */
  start: string;
  end?: string;
  precision: DatePrecision;
  /** True for vague spans ("earlier this week") whose bounds are estimates. */
  approximate?: boolean;
  /** The sentence the date stands in. */
  context?: string;
  paragraph: number;
}

export interface Quote {
  text: string;
  speaker: string | null;
  speakerRole?: string;
  context?: string;
  paragraph: number;
}

export interface Analysis {
  summary: string[];
  actors: Actor[];
  dates: DateMention[];
  quotes: Quote[];
}

export interface Digest extends Analysis {
  url: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  published: string | null;
  /** False when the page holds no article; the other analysis fields are then empty. */
  isArticle: boolean;
  text: string;
  paragraphs: string[];
  wordCount: number;
  clutter: ClutterMatch[];
  /** The bounds of src/core/limits.ts this digest hit; absent when it hit none. */
  limits?: Limit[];
}

/**
 * A bound the pipeline applied. `page-too-large`: the page has too many elements, too deep a
 * nesting or too much text to extract, so the digest has no article (`isArticle` false).
 * `clutter-budget`: clutter detection stopped at its time or size budget, so `clutter` may be
 * incomplete. The others: that list or text was cut to its cap.
 */
export type Limit =
  'page-too-large' | 'clutter-budget' | 'text' | 'summary' | 'actors' | 'dates' | 'quotes' | 'clutter';
