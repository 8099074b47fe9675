// Extraction: Readability on a clone of the page (Readability mutates the document it is given),
// plus the publication date from the page's own metadata.

import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { LIMITS } from '../limits';
import type { Article } from '../types';
import { collapse, countWords } from '../text';
import { paragraphsOf } from './paragraphs';
import { findPublished } from './published';

const MIN_WORDS = 80;

/** Returns the article of the page, or null when the page holds none. Never mutates `doc`. */
export function extractArticle(doc: Document): Article | null {
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // Inside the try: cloning a page nested thousands of levels deep overflows jsdom's stack.
    const clone = doc.cloneNode(true) as Document;
    // The pipeline measures the page first (../limits.ts); this is Readability's own guard too.
    parsed = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      maxElemsToParse: LIMITS.pageElements,
    }).parse();
  } catch {
    parsed = null;
  }
  if (!parsed?.content) return null;
  const paragraphs = paragraphsOf(parsed.content);
  // Readability returns something for almost any page; a short text on a page that its own
  // reader-mode test rejects is a navigation or login page, not a story.
  if (paragraphs.length === 0 || (countWords(paragraphs.join(' ')) < MIN_WORDS && !isProbablyReaderable(doc)))
    return null;
  return {
    title: clean(parsed.title) ?? clean(doc.title),
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    lang: clean(parsed.lang) ?? clean(doc.documentElement?.getAttribute('lang')),
    published: findPublished(doc) ?? clean(parsed.publishedTime),
    excerpt: clean(parsed.excerpt),
    paragraphs,
    text: paragraphs.join('\n'),
  };
}

function clean(value: string | null | undefined): string | null {
  const text = value ? collapse(value) : '';
  return text || null;
}
