// The one pipeline. The CLI, the tests, the evaluations and the extension all call these two
// functions, so what is measured is what users get.
//
//   page Document ──extractArticle──▶ Article ──analyse──▶ summary, actors, dates, quotes ─┐
//        │                                                                                ├─▶ Digest
//        └───────────detectClutter──▶ ClutterMatch[] (what the content script hides) ────┘
//
//   plain text ──paragraphs──▶ Article ──analyse──▶ Digest (no extraction, no clutter)

import { analyse } from './analysis';
import { detectClutter } from './clutter/detect';
import { extractArticle } from './extract/article';
import { countWords } from './text';
import type { Article, ClutterMatch, Digest } from './types';

export interface DigestOptions {
  url?: string | null;
  /** Reference date for relative dates when the page gives none (or for plain text). */
  published?: string | null;
}

export function digestDocument(doc: Document, options: DigestOptions = {}): Digest {
  const article = extractArticle(doc);
  const clutter = detectClutter(doc);
  return assemble(article, clutter, options, siteNameOf(options.url));
}

export function digestText(text: string, options: DigestOptions = {}): Digest {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n|\n(?=\s)/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // A short first block without closing punctuation is the headline.
  const hasTitle = blocks.length > 1 && blocks[0]!.length < 200 && !/[.!?"”]$/.test(blocks[0]!);
  const paragraphs = hasTitle ? blocks.slice(1) : blocks;
  const article: Article | null = paragraphs.length
    ? {
        title: hasTitle ? blocks[0]! : null,
        byline: null,
        siteName: null,
        lang: null,
        published: null,
        excerpt: null,
        paragraphs,
        text: paragraphs.join('\n'),
      }
    : null;
  return assemble(article, [], options, siteNameOf(options.url));
}

function assemble(
  article: Article | null,
  clutter: ClutterMatch[],
  options: DigestOptions,
  host: string | null,
): Digest {
  const published = article?.published ?? (options.published || null);
  const base = {
    url: options.url || null,
    title: article?.title ?? null,
    byline: article?.byline ?? null,
    siteName: article?.siteName ?? host,
    lang: article?.lang ?? null,
    published,
    clutter,
  };
  if (!article) {
    return {
      ...base,
      isArticle: false,
      text: '',
      paragraphs: [],
      wordCount: 0,
      summary: [],
      actors: [],
      dates: [],
      quotes: [],
    };
  }
  const analysis = analyse({ title: article.title, paragraphs: article.paragraphs, published, lang: article.lang });
  return {
    ...base,
    isArticle: true,
    text: article.text,
    paragraphs: article.paragraphs,
    wordCount: countWords(article.text),
    ...analysis,
  };
}

function siteNameOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
