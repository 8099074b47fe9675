// One bounded walk over the page, done once per detection. It numbers the elements in document
// order and records, per element, the text it holds: all of it, the part inside links, and its
// own paragraph text (text not inside a block-level child, as Readability turns a div of phrasing
// content into a paragraph). Everything later reads these arrays instead of calling textContent
// on large subtrees again and again.

import { CLASS_SPLIT, MAX_ELEMENTS } from './tunables';

/** Elements left out with their subtree: not page text a reader sees. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'datalist']);
/** Elements kept (a candidate may be one) whose content is not read: fallback text, options. */
const OPAQUE = new Set(['iframe', 'svg', 'math', 'select', 'textarea', 'object', 'canvas', 'video', 'audio']);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** An input for an e-mail address, by type or by name. */
const EMAIL_NAME = /e-?mail|mail_?address|\bmail\b|newsletter/i;

/** Block-level elements: text inside them is their own paragraph text, not their parent's. */
const BLOCK = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'aside',
  'nav',
  'header',
  'footer',
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'form',
  'fieldset',
  'legend',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'center',
  'dialog',
  'menu',
]);

export interface PageIndex {
  doc: Document;
  /** Elements in document order (pre-order), `html` first. */
  els: Element[];
  /** Position of each element in `els`. */
  at: Map<Element, number>;
  /** localName of each element (read once: a DOM property read is not free). */
  tags: string[];
  /** Index of the parent element, -1 for the root. */
  parent: Int32Array;
  /** One past the index of the last element in each subtree: subtree(i) = [i, end[i]). */
  end: Int32Array;
  /** Nearest block-level ancestor-or-self: the paragraph an element's text belongs to. */
  block: Int32Array;
  /** Visible-ish text characters (white space not counted) in the subtree. */
  text: Int32Array;
  /** The part of `text` inside links. */
  linkText: Int32Array;
  /** Own paragraph text: characters not inside a block-level child. */
  own: Int32Array;
  ownLink: Int32Array;
  ownWords: Int32Array;
  ownCommas: Int32Array;
  /** Number of `a[href]` in the subtree. */
  links: Int32Array;
  /** iframes in the subtree (a widget that loads later has no text yet). */
  frames: Int32Array;
  /** Scripts in the subtree (a sign-up form often arrives by script). */
  scripts: Int32Array;
  /** Headings (h1–h6) in the subtree, and h1 alone. */
  heads: Int32Array;
  h1s: Int32Array;
  /** Form elements, e-mail inputs, other text inputs, textareas and password inputs in the subtree. */
  forms: Int32Array;
  emails: Int32Array;
  inputs: Int32Array;
  areas: Int32Array;
  passwords: Int32Array;
  /** Short text nodes (with the index of their parent element), for phrase rules. */
  texts: { at: number; text: string }[];
  /** id and class attribute of each element. */
  ids: (string | null)[];
  classes: (string | null)[];
  /** How many elements carry each id (a selector may use an id only when it is unique). */
  idCount: Map<string, number>;
  /** Whether the walk stopped at MAX_ELEMENTS. */
  truncated: boolean;
}

/** The result of countText (one shared object: the walk allocates nothing per text node). */
const counted = { chars: 0, words: 0, commas: 0 };

/** Counts the visible characters (white space aside), words and commas of a text. */
function countText(data: string): void {
  let chars = 0,
    words = 0,
    commas = 0,
    inWord = false;
  for (let k = 0; k < data.length; k++) {
    const c = data.charCodeAt(k);
    if (c <= 32 || c === 160 || c === 0x200b) {
      inWord = false;
    } else {
      chars++;
      if (!inWord) {
        words++;
        inWord = true;
      }
      if (c === 44) commas++;
    }
  }
  counted.chars = chars;
  counted.words = words;
  counted.commas = commas;
}

/** Short texts longer than this are paragraphs, not notices or prompts. */
const MAX_PHRASE_TEXT = 400;

export function scanPage(doc: Document): PageIndex {
  const els: Element[] = [];
  const parents: number[] = [];
  /** Per element: index of its nearest block-level ancestor-or-self, and whether it is in a link. */
  const blocks: number[] = [];
  const inLinks: boolean[] = [];
  const root = doc.documentElement;
  const texts: { at: number; text: string }[] = [];
  const tags: string[] = [];
  const ids: (string | null)[] = [];
  const classes: (string | null)[] = [];
  const idCount = new Map<string, number>();
  let truncated = false;
  // Per-element accumulators, grown as elements are met.
  const own: number[] = [];
  const ownLink: number[] = [];
  const ownWords: number[] = [];
  const ownCommas: number[] = [];
  const selfText: number[] = [];
  const selfLink: number[] = [];
  const selfLinks: number[] = [];
  const selfFrames: number[] = [];
  const selfHeads: number[] = [];
  const selfScripts: number[] = [];
  const selfH1s: number[] = [];
  const selfForms: number[] = [];
  const selfEmails: number[] = [];
  const selfInputs: number[] = [];
  const selfAreas: number[] = [];
  const selfPasswords: number[] = [];

  if (!root) return finish();

  // Forward depth-first walk (firstChild / nextSibling / parentNode are cheap in every DOM);
  // `path` holds the indices of the open elements.
  const path: number[] = [];
  let node: Node | null = root;
  while (node) {
    const parent = path.length ? path[path.length - 1]! : -1;
    let descend = -1;
    const type = node.nodeType;
    if (type === 3 && parent >= 0) {
      const data = (node as Text).data;
      countText(data);
      const chars = counted.chars,
        nwords = counted.words,
        commas = counted.commas;
      if (chars > 0) {
        const block = blocks[parent]!;
        const inLink = inLinks[parent]!;
        selfText[parent]! += chars;
        if (inLink) selfLink[parent]! += chars;
        if (block >= 0) {
          own[block]! += chars;
          ownWords[block]! += nwords;
          ownCommas[block]! += commas;
          if (inLink) ownLink[block]! += chars;
        }
        if (chars >= 4 && data.length <= MAX_PHRASE_TEXT) texts.push({ at: parent, text: data });
      }
    } else if (type === 1) {
      const el = node as Element;
      const name = el.localName;
      if (SKIP.has(name)) {
        if (name === 'script' && parent >= 0) selfScripts[parent]!++;
      } else {
        if (els.length >= MAX_ELEMENTS) {
          truncated = true;
        } else {
          const i = els.length;
          els.push(el);
          tags.push(name);
          parents.push(parent);
          blocks.push(BLOCK.has(name) ? i : parent >= 0 ? blocks[parent]! : -1);
          const isLink = name === 'a' && el.getAttribute('href') !== null;
          inLinks.push(isLink || (parent >= 0 && inLinks[parent]!));
          own.push(0);
          ownLink.push(0);
          ownWords.push(0);
          ownCommas.push(0);
          selfText.push(0);
          selfLink.push(0);
          selfLinks.push(isLink ? 1 : 0);
          selfFrames.push(name === 'iframe' ? 1 : 0);
          selfHeads.push(HEADINGS.has(name) ? 1 : 0);
          selfH1s.push(name === 'h1' ? 1 : 0);
          selfScripts.push(0);
          const field = fieldSort(el, name);
          selfForms.push(field === 'form' ? 1 : 0);
          selfEmails.push(field === 'email' ? 1 : 0);
          selfInputs.push(field === 'text' ? 1 : 0);
          selfAreas.push(field === 'area' ? 1 : 0);
          selfPasswords.push(field === 'password' ? 1 : 0);
          const id = el.getAttribute('id');
          ids.push(id);
          classes.push(el.getAttribute('class'));
          if (id) idCount.set(id, (idCount.get(id) ?? 0) + 1);
          if (!OPAQUE.has(name)) descend = i;
        }
      }
    }
    if (descend >= 0 && node.firstChild) {
      path.push(descend);
      node = node.firstChild;
      continue;
    }
    // Next sibling, or up to the nearest ancestor that has one.
    for (;;) {
      if (node === root) {
        node = null;
        break;
      }
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentNode;
      path.pop();
      if (!node) break;
    }
  }
  return finish();

  function finish(): PageIndex {
    const n = els.length;
    const parent = Int32Array.from(parents);
    const text = Int32Array.from(selfText);
    const linkText = Int32Array.from(selfLink);
    const links = Int32Array.from(selfLinks);
    const frames = Int32Array.from(selfFrames);
    const heads = Int32Array.from(selfHeads);
    const h1s = Int32Array.from(selfH1s);
    const scripts = Int32Array.from(selfScripts);
    const forms = Int32Array.from(selfForms);
    const emails = Int32Array.from(selfEmails);
    const inputs = Int32Array.from(selfInputs);
    const areas = Int32Array.from(selfAreas);
    const passwords = Int32Array.from(selfPasswords);
    const end = new Int32Array(n);
    for (let i = 0; i < n; i++) end[i] = i + 1;
    // Pre-order puts children after parents: one backward sweep sums the subtrees.
    for (let i = n - 1; i > 0; i--) {
      const p = parent[i]!;
      if (p < 0) continue;
      text[p]! += text[i]!;
      linkText[p]! += linkText[i]!;
      links[p]! += links[i]!;
      frames[p]! += frames[i]!;
      heads[p]! += heads[i]!;
      h1s[p]! += h1s[i]!;
      scripts[p]! += scripts[i]!;
      forms[p]! += forms[i]!;
      emails[p]! += emails[i]!;
      inputs[p]! += inputs[i]!;
      areas[p]! += areas[i]!;
      passwords[p]! += passwords[i]!;
      if (end[i]! > end[p]!) end[p] = end[i]!;
    }
    const at = new Map<Element, number>();
    for (let i = 0; i < n; i++) at.set(els[i]!, i);
    return {
      doc,
      els,
      at,
      tags,
      parent,
      end,
      block: Int32Array.from(blocks),
      text,
      linkText,
      own: Int32Array.from(own),
      ownLink: Int32Array.from(ownLink),
      ownWords: Int32Array.from(ownWords),
      ownCommas: Int32Array.from(ownCommas),
      links,
      frames,
      heads,
      h1s,
      scripts,
      forms,
      emails,
      inputs,
      areas,
      passwords,
      texts,
      ids,
      classes,
      idCount,
      truncated,
    };
  }
}

type FieldSort = 'form' | 'email' | 'text' | 'area' | 'password' | null;

function fieldSort(el: Element, name: string): FieldSort {
  if (name === 'form') return 'form';
  if (name === 'textarea') return 'area';
  if (name !== 'input') return null;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'email') return 'email';
  if (type === 'password') return 'password';
  if (type !== 'text' && type !== '' && type !== 'tel') return null;
  const hint = `${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('autocomplete') ?? ''}`;
  return EMAIL_NAME.test(hint) ? 'email' : 'text';
}

/** The words of one id or class name: `commentList-area` → [comment, list, area]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(CLASS_SPLIT)
    .filter(Boolean);
}

/** True when element `a` is `b` or contains it (by index). */
export function contains(index: PageIndex, a: number, b: number): boolean {
  return a <= b && b < index.end[a]!;
}
