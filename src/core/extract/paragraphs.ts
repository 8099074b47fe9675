// Turns Readability's article element into the paragraphs a reader sees, in order.

import { collapse } from '../text';

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
  'TD',
  'TH',
  'DIV',
  'SECTION',
  'ARTICLE',
  'FIGURE',
  'UL',
  'OL',
  'TABLE',
  'TR',
  'TBODY',
  'DL',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'MAIN',
]);
/** Captions and credits are not part of the story's text (see the annotation guide). */
const SKIP = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'svg', 'SVG']);

export function paragraphsOf(root: Element): string[] {
  const out: string[] = [];
  let inline = '';
  const flush = () => {
    const text = collapse(inline);
    if (text) out.push(text);
    inline = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        inline += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (SKIP.has(el.tagName)) continue;
      if (el.tagName === 'BR') {
        inline += ' ';
        continue;
      }
      if (BLOCKS.has(el.tagName)) {
        flush();
        walk(el);
        flush();
      } else {
        walk(el);
      }
    }
  };
  walk(root);
  flush();
  return out;
}
