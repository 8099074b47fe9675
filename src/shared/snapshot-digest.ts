// The digest of a page's snapshot (what the content script hands the popup), with the one
// pipeline: made in Chrome's offscreen document, or in the popup itself (Firefox, or when that
// document does not answer). Loaded on click only: it brings in the whole pipeline, but chrono's
// date parsers for languages other than English, each loaded with a page in its language.

import { loadDateLanguage } from '../core/analysis/dates/languages';
import { digestDocument } from '../core/pipeline';
import type { Digest } from '../core/types';
import { MARK_NAME, type Snapshot } from './messages';
import { parsePageHtml } from './page-html';

const IS_MARK_NAME = new RegExp(`^${MARK_NAME}$`);

export async function digestSnapshot({ html, url, blocks, mark }: Snapshot): Promise<Digest> {
  const doc = parsePageHtml(html);
  // The page's language is the article's (Readability reads the same attribute): its date parser,
  // if it needs one, comes before the pipeline runs.
  await loadDateLanguage(doc.documentElement.getAttribute('lang'));
  // Relative links in the article resolve against the page, not the extension.
  if (!doc.querySelector('base[href]')) doc.head.prepend(Object.assign(doc.createElement('base'), { href: url }));
  // The parsed snapshot is ours alone: extraction may take it apart instead of copying it.
  return digestDocument(doc, {
    url,
    clutter: blocks,
    // The blocks where the copy has them, by the content script's marks (a name it chose at random).
    clutterIn: (copy) => (IS_MARK_NAME.test(mark) ? copy.querySelectorAll(`[${mark}]`) : []),
    inPlace: true,
    reparse: () => parsePageHtml(html),
  });
}
