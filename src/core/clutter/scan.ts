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

/** `elements`: how many elements the page has, when the caller has counted them (jsdom counts slowly). */
export function scanPage(doc: Document, elements?: number): PageIndex {
  const root = doc.documentElement;
  // Per-element figures go straight into typed arrays sized by the page's element count (read
  // natively): no growing arrays, and nothing allocated per element but the element's own entry.
  const cap = root ? Math.min(MAX_ELEMENTS, elements ?? doc.getElementsByTagName('*').length) : 0;
  const els: Element[] = [];
  const tags: string[] = [];
  const ids: (string | null)[] = [];
  const classes: (string | null)[] = [];
  const texts: { at: number; text: string }[] = [];
  const idCount = new Map<string, number>();
  const parent = new Int32Array(cap);
  /** Nearest block-level ancestor-or-self: the paragraph an element's text belongs to. */
  const block = new Int32Array(cap);
  /** 1 when the element is or lies in a link. */
  const inLink = new Uint8Array(cap);
  const own = new Int32Array(cap);
  const ownLink = new Int32Array(cap);
  const ownWords = new Int32Array(cap);
  const ownCommas = new Int32Array(cap);
  // Counts of the element itself, summed over subtrees at the end.
  const text = new Int32Array(cap);
  const linkText = new Int32Array(cap);
  const links = new Int32Array(cap);
  const frames = new Int32Array(cap);
  const heads = new Int32Array(cap);
  const h1s = new Int32Array(cap);
  const scripts = new Int32Array(cap);
  const forms = new Int32Array(cap);
  const emails = new Int32Array(cap);
  const inputs = new Int32Array(cap);
  const areas = new Int32Array(cap);
  const passwords = new Int32Array(cap);
  let n = 0;
  let truncated = false;

  // Forward depth-first walk (firstChild / nextSibling / parentNode are cheap in every DOM);
  // `path` holds the indices of the open elements.
  const path: number[] = [];
  let node: Node | null = root;
  while (node) {
    const up = path.length ? path[path.length - 1]! : -1;
    let descend = -1;
    const type = node.nodeType;
    if (type === 3 && up >= 0) {
      const data = (node as Text).data;
      countText(data);
      const chars = counted.chars;
      if (chars > 0) {
        const b = block[up]!;
        const linked = inLink[up]!;
        text[up]! += chars;
        if (linked) linkText[up]! += chars;
        if (b >= 0) {
          own[b]! += chars;
          ownWords[b]! += counted.words;
          ownCommas[b]! += counted.commas;
          if (linked) ownLink[b]! += chars;
        }
        if (chars >= 4 && data.length <= MAX_PHRASE_TEXT) texts.push({ at: up, text: data });
      }
    } else if (type === 1) {
      const el = node as Element;
      const name = el.localName;
      if (SKIP.has(name)) {
        if (name === 'script' && up >= 0) scripts[up]!++;
      } else if (n >= cap) {
        truncated = true;
      } else {
        const i = n++;
        els.push(el);
        tags.push(name);
        parent[i] = up;
        block[i] = BLOCK.has(name) ? i : up >= 0 ? block[up]! : -1;
        const isLink = name === 'a' && el.getAttribute('href') !== null;
        inLink[i] = isLink || (up >= 0 && inLink[up]) ? 1 : 0;
        if (isLink) links[i] = 1;
        if (name === 'iframe') frames[i] = 1;
        if (HEADINGS.has(name)) heads[i] = 1;
        if (name === 'h1') h1s[i] = 1;
        switch (fieldSort(el, name)) {
          case 'form':
            forms[i] = 1;
            break;
          case 'email':
            emails[i] = 1;
            break;
          case 'text':
            inputs[i] = 1;
            break;
          case 'area':
            areas[i] = 1;
            break;
          case 'password':
            passwords[i] = 1;
            break;
        }
        const id = el.getAttribute('id');
        ids.push(id);
        classes.push(el.getAttribute('class'));
        if (id) idCount.set(id, (idCount.get(id) ?? 0) + 1);
        if (!OPAQUE.has(name)) descend = i;
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
  const cut = (a: Int32Array) => a.subarray(0, n);
  return {
    doc,
    els,
    tags,
    parent: cut(parent),
    end,
    block: cut(block),
    text: cut(text),
    linkText: cut(linkText),
    own: cut(own),
    ownLink: cut(ownLink),
    ownWords: cut(ownWords),
    ownCommas: cut(ownCommas),
    links: cut(links),
    frames: cut(frames),
    heads: cut(heads),
    h1s: cut(h1s),
    scripts: cut(scripts),
    forms: cut(forms),
    emails: cut(emails),
    inputs: cut(inputs),
    areas: cut(areas),
    passwords: cut(passwords),
    texts,
    ids,
    classes,
    idCount,
    truncated,
  };
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
