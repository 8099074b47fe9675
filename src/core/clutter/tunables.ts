// The numbers the clutter detector is tuned with, in one place.

/** Elements examined at most; a page larger than this is only partly scanned (bounded work). */
export const MAX_ELEMENTS = 25_000;

/** Splits id and class names into words. */
export const CLASS_SPLIT = /[^a-z0-9]+/;

/** A paragraph shorter than this (characters) does not count towards an article (Readability: 25). */
export const MIN_PARAGRAPH_CHARS = 25;

/**
 * Paragraph text the article root must hold, with clutter regions skipped, for a clear article.
 * Low on purpose: short blog posts are articles too, and the guard protects whatever story there
 * is; below this the page has no story-like paragraph outside its clutter at all.
 */
export const MIN_ARTICLE_CHARS = 50;

/** A text block of this many words inside the article is a story paragraph the guard protects. */
export const STORY_MIN_WORDS = 5;

/** A text block whose link text is at least this share of its text is navigation, not story. */
export const STORY_MAX_LINK_DENSITY = 0.5;

/** Ancestors climbed from a heading, phrase or form to find the block it belongs to. */
export const MAX_CLIMB = 12;

/** Headings, labels and short prompts longer than this are not headings. */
export const MAX_HEADING_CHARS = 120;

/** The story region grows from the article root until it holds this share of the page's prose. */
export const STORY_SHARE = 0.75;
