// Clutter detection on a Document: which elements to hide, by which rule, and why. Pure: it reads
// the document it is given and never changes it, so the extension (on a copy of the live page, see
// ../../background/detect-html.ts) and the CLI (on a parsed page) run exactly this and hide
// exactly the same blocks.
//
//   scanPage ──▶ one bounded walk: text, link text, own paragraph text, form fields per element
//   locateArticle ──▶ article root + story paragraphs (the guard)
//   anchors ──▶ selector rules · named containers with structure · forms · headings · phrases
//        └─▶ climb to the block the anchor belongs to ──▶ evidence for the kind ──▶ guard
//   finish ──▶ outermost blocks, document order, ClutterMatch with rule, selector path and reason
//
// On a page without a clear article, only unambiguous rules (third-party widgets and the forms of
// known software) fire: nothing else can be told apart from content there.

import type { Budget } from '../limits';
import { collapse } from '../text';
import { CLUTTER_KINDS, type ClutterKind, type ClutterMatch } from '../types';
import { KIND_BIT, locateArticle, regionFlags, safeForArticle, WIDGET, type Article } from './article';
import { contains } from './scan';
import {
  ACCOUNT_SIGNUP,
  HEADING_WORDS,
  PAID_OFFER,
  SELECTOR_RULES,
  SHARE_LINK,
  SUBSCRIPTION_WORDS,
  TEXT_RULES,
  type SelectorRule,
  type TextRule,
} from './rules';
import { scanPage, type PageIndex } from './scan';
import { selectorPath } from './selector-path';
import { SelectorIndex } from './selectors';
import { MAX_CLIMB, MAX_HEADING_CHARS } from './tunables';

export interface DetectOptions {
  /** Kinds to look for; all by default. */
  kinds?: readonly ClutterKind[];
  /** Stops with the matches found so far once it expires (see ./budget.ts). */
  budget?: Budget;
  /** When given, receives the time spent per phase in milliseconds (for benchmarks). */
  timings?: Record<string, number>;
  /** How many elements the document has, when the caller has counted them (saves a count). */
  elements?: number;
}

interface Candidate {
  at: number;
  kind: ClutterKind;
  rule: string;
  reason: string;
}

interface Context {
  index: PageIndex;
  flags: Uint8Array;
  article: Article;
  /** Per element: 0 not yet known, 1 safe to hide, 2 not. */
  safety: Uint8Array;
  /** Per element: descendants named as comment containers. */
  commentItems: Int32Array;
  /** Per element: links to share endpoints in the subtree. */
  shareLinks: Int32Array;
  /** Per element: hAtom entries (`hentry`, `h-entry`) in the subtree. */
  entries: Int32Array;
  /** Per element: elements named as newsletter containers in the subtree. */
  newsletterNamed: Int32Array;
  kinds: ReadonlySet<ClutterKind>;
  found: Candidate[];
}

const KIND_MASK = KIND_BIT.comments | KIND_BIT.newsletter | KIND_BIT.related | KIND_BIT.share;

/** Words of a sign-up block, to tell an e-mail form for news from a login or contact form. */
const SIGNUP_WORDS =
  /newsletter|subscri|abonn|sign[- ]?up|inbox|updates|anmeld|inscri|suscri|bolet[ií]n|e-?mail (?:alerts|updates)|benachrichtig|follow/i;
/** A link to the page's own comment section. */
const COMMENTS_FRAGMENT =
  /#(?:comments?|respond|disqus_thread|kommentare?|kommentieren|reply|comment-form|commentform|commentaires?|comentarios?|discussion|diskussion|conversation|reactions|leserbriefe?)(?:$|[_-])|\/(?:comments|kommentare|commentaires|comentarios)\/?(?:$|[?#])/i;
/** The class of an hAtom / microformats2 entry: a post. */
const HENTRY = /(?:^|\s)h-?entry(?:\s|$)/;
/** Forms that post comments. */
const COMMENT_ACTION = /comment|kommentar|respond|reply/i;
/** Page regions a block is never widened into by size alone (only by a name of its kind). */
const REGIONS = new Set(['html', 'body', 'main', 'article', 'header', 'footer', 'nav']);
/** Headings of sectioning elements and widgets; a block's title. */
/** A related list longer than this (or than half the story) is no list beside the story. */
const MAX_RELATED_CHARS = 6000;
/** A newsletter box is small; a block this long holding a sign-up form is something else. */
const MAX_NEWSLETTER_CHARS = 3000;
/** A sign-up box inside the story is hidden only when it is this small... */
const MAX_STORY_BOX_CHARS = 1500;
/** ...and holds at most this share of the story's paragraph text. */
const MAX_STORY_BOX_SHARE = 0.25;
/** A block with at most this much text besides its heading is the heading alone. */
const HEADING_ONLY_SLACK = 40;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption']);

export function detectClutter(doc: Document, options: DetectOptions = {}): ClutterMatch[] {
  const clock = phaseClock(options.timings);
  const index = scanPage(doc, options.elements);
  clock('scan');
  const n = index.els.length;
  if (n === 0) return [];
  const flags = regionFlags(index);
  const hits = matchSelectors(index);
  // Widgets of third-party software are never story: the article is looked for around them.
  for (const [i, rule] of hits) if (rule.unambiguous) flags[i]! |= WIDGET;
  clock('names');
  const article = locateArticle(index, flags);
  clock('article');
  const ctx: Context = {
    index,
    flags,
    article,
    safety: new Uint8Array(n),
    commentItems: countBelow(index, (i) => (flags[i]! & KIND_BIT.comments ? 1 : 0)),
    shareLinks: countBelow(index, (i) =>
      index.tags[i] === 'a' && SHARE_LINK.test(index.els[i]!.getAttribute('href') ?? '') ? 1 : 0,
    ),
    entries: countBelow(index, (i) => (HENTRY.test(index.classes[i] ?? '') ? 1 : 0)),
    newsletterNamed: countBelow(index, (i) => (flags[i]! & KIND_BIT.newsletter ? 1 : 0)),
    kinds: new Set(options.kinds ?? CLUTTER_KINDS),
    found: [],
  };
  clock('counts');
  const phases: [string, (ctx: Context) => void][] = article.clear
    ? [
        ['selectors', (c) => selectorAnchors(c, hits, true)],
        ['names', namedContainers],
        ['forms', formAnchors],
        ['headings', headingAnchors],
        ['phrases', phraseAnchors],
      ]
    : [['selectors', (c) => selectorAnchors(c, hits, false)]];
  for (const [name, phase] of phases) {
    if (options.budget?.expired()) break;
    phase(ctx);
    clock(name);
  }
  const out = finish(ctx);
  clock('finish');
  return out;
}

/** Adds the time since the last call to `timings[phase]` (milliseconds); a no-op without timings. */
function phaseClock(timings: Record<string, number> | undefined): (phase: string) => void {
  if (!timings) return () => undefined;
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    timings[phase] = (timings[phase] ?? 0) + now - last;
    last = now;
  };
}

/** Per element, how many elements of its subtree `test` counts. */
function countBelow(index: PageIndex, test: (i: number) => number): Int32Array {
  const n = index.els.length;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = test(i);
  for (let i = n - 1; i > 0; i--) {
    const p = index.parent[i]!;
    if (p >= 0) out[p]! += out[i]!;
  }
  return out;
}

// ── the guard ────────────────────────────────────────────────────────────────────────────────

/** Never hidden: the page's frame, code, the article, its ancestors and its story paragraphs. */
function safe(ctx: Context, i: number): boolean {
  const known = ctx.safety[i]!;
  if (known) return known === 1;
  const ok = isSafe(ctx, i);
  ctx.safety[i] = ok ? 1 : 2;
  return ok;
}

function isSafe(ctx: Context, i: number): boolean {
  const { index } = ctx;
  const name = index.tags[i]!;
  if (name === 'html' || name === 'body' || name === 'main' || index.els[i]!.getAttribute('role') === 'main')
    return false;
  for (let a = i; a >= 0; a = index.parent[a]!) {
    const tag = index.tags[a]!;
    if (tag === 'pre' || tag === 'code') return false;
  }
  return safeForArticle(index, ctx.article, i);
}

/**
 * The guard, for a block of a kind. Comments whose items the page marks up as posts (hAtom
 * `hentry`) are published as content: Readability keeps them in the article (its test page
 * firefox-nightly-blog does), so they are not hidden as comments.
 */
function safeAs(ctx: Context, i: number, kind: ClutterKind): boolean {
  return safe(ctx, i) && !(kind === 'comments' && ctx.entries[i]! > 0);
}

// ── climbing to the block an anchor belongs to ───────────────────────────────────────────────

/**
 * From an anchor (a widget, a form, a heading's section, a notice) up to the block it belongs
 * to: through ancestors named for the kind, and through wrappers that add at most `slack`
 * characters of text. Stops below anything the guard protects. Returns -1 when even the anchor
 * may not be hidden.
 */
function climb(ctx: Context, start: number, kind: ClutterKind, slack: number): number {
  const { index, flags } = ctx;
  if (!safeAs(ctx, start, kind)) return -1;
  const bit = KIND_BIT[kind];
  let cur = start;
  for (let step = 0; step < MAX_CLIMB; step++) {
    const p = index.parent[cur]!;
    if (p < 0 || !safeAs(ctx, p, kind)) break;
    if (ctx.article.clear && flags[p]! & bit) {
      cur = p;
      continue;
    }
    // A wrapper adding little text, as long as it is no page region and does not join this
    // block (once it has its title) with another titled block.
    if (
      index.text[p]! - index.text[cur]! <= slack &&
      !REGIONS.has(index.tags[p]!) &&
      !(index.heads[cur]! > 0 && index.heads[p]! > index.heads[cur]!)
    ) {
      cur = p;
      continue;
    }
    // Without a clear article, names are not trusted: only wrappers are climbed.
    if (!ctx.article.clear) break;
    // A container named for the kind a few levels up (heading → wrapper → #comments).
    let q = p;
    let named = -1;
    for (let k = 0; k < 4; k++) {
      q = index.parent[q]!;
      if (q < 0 || !safeAs(ctx, q, kind)) break;
      if (flags[q]! & bit) {
        named = q;
        break;
      }
    }
    if (named < 0) break;
    cur = named;
  }
  return cur;
}

/**
 * The section a heading introduces: its lowest ancestor holding more than the heading, short of a
 * page region, or a container named for the kind that holds more than the heading (however little:
 * a thread of one short comment). When that ancestor also holds other headings of the same or a
 * higher rank, it is a column of several sections (a footer with "About", "Newsletter", "Contact"),
 * not this heading's section: the heading's own wrapper is returned.
 */
function sectionOf(ctx: Context, heading: number, kind: ClutterKind): number {
  const { index } = ctx;
  let s = heading;
  let below = heading;
  for (let step = 0; step < MAX_CLIMB; step++) {
    if (index.text[s]! > index.text[heading]! + 20) break;
    if (s !== heading && ctx.flags[s]! & KIND_BIT[kind] && index.text[s]! > index.text[heading]!) break;
    const p = index.parent[s]!;
    if (p < 0 || !safe(ctx, p) || REGIONS.has(index.tags[p]!)) return s;
    below = s;
    s = p;
  }
  if (s === heading) return s;
  const rank = HEADING_RANK[index.tags[heading]!] ?? 7;
  const end = Math.min(index.end[s]!, s + 2000);
  for (let d = s + 1; d < end; d++) {
    if ((HEADING_RANK[index.tags[d]!] ?? 9) <= rank && !contains(index, below, d)) return below;
  }
  return s;
}

const HEADING_RANK: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

// ── evidence that a block is of a kind ───────────────────────────────────────────────────────

/**
 * Whether block `c` shows what makes it a block of `kind`. `worded`: the block was found by its
 * words (a heading or prompt of the kind), so less structure is asked of it.
 */
function evidence(ctx: Context, c: number, kind: ClutterKind, worded = false): boolean {
  const { index, flags } = ctx;
  const text = index.text[c]!;
  switch (kind) {
    case 'comments':
      // Named a comment section, or a form with a text area, or several items named as comments
      // that are text, not links (a "comments: 12" counter in a list of stats is none of these).
      if (index.passwords[c]! > 0) return false;
      if (flags[c]! & KIND_BIT.comments || index.areas[c]! > 0) return true;
      return ctx.commentItems[c]! >= 2 && index.linkText[c]! < 0.5 * text;
    case 'newsletter': {
      if (text > MAX_NEWSLETTER_CHARS || index.areas[c]! > 0 || index.passwords[c]! > 0) return false;
      if (paidOffer(ctx, c) || menuItem(ctx, c)) return false;
      if (index.emails[c]! > 0) return true;
      const named = ctx.newsletterNamed[c]! > 0;
      // Named a newsletter box and saying so: its form may come later (by script, on click).
      if (worded && named) return true;
      if (!worded && !named) return false;
      // A form (its e-mail field may be unnamed or arrive by script) or a sign-up button or link.
      return index.forms[c]! > 0 || index.inputs[c]! > 0 || index.scripts[c]! > 0 || signupAction(ctx, c) !== 0;
    }
    case 'related': {
      // A list of links, and a list beside the story: one longer than the story itself (the
      // teasers of a section page, whose story is a paragraph) is the page's content.
      const story = ctx.article.region >= 0 ? index.text[ctx.article.region]! : 0;
      if (text > Math.min(MAX_RELATED_CHARS, Math.max(1500, story / 2))) return false;
      return index.links[c]! >= 3 && index.linkText[c]! >= 0.5 * text;
    }
    case 'share':
      return text <= 400 && (ctx.shareLinks[c]! >= 2 || ((flags[c]! & KIND_BIT.share) !== 0 && index.links[c]! >= 2));
  }
}

/** A link in a menu ("Newsletter" among "Sport", "Kultur"...): navigation, not a sign-up box. */
function menuItem(ctx: Context, c: number): boolean {
  const { index } = ctx;
  if (index.linkText[c]! < 0.8 * index.text[c]!) return false;
  // The block is itself a menu: several links and little else.
  if (index.links[c]! >= 3) return true;
  for (let a = index.parent[c]!, k = 0; a > 0 && k < 4; a = index.parent[a]!, k++) {
    if (MENUS.has(index.tags[a]!) && index.links[a]! > index.links[c]! + 1) return true;
  }
  return false;
}

const MENUS = new Set(['ul', 'ol', 'nav', 'menu']);

/** Words of a sign-up button or link, and addresses of sign-up pages. */
const SIGNUP_ACTION =
  /^(?:sign ?(?:me )?up|subscribe|join|get (?:it|started)|anmelden|jetzt anmelden|abonnieren|jetzt abonnieren|registrieren|eintragen|je m'inscris|s'inscrire|inscri(?:ption|vez-vous)|suscrib(?:ir(?:se|me)?|ete|ite)|hier abonnieren)\b|newsletter|erhalten\s*$/i;
const SIGNUP_PAGE =
  /newsletter|subscri|sign-?up|abonn|anmeld|inscri|suscri|list-manage|subscribepage|mailchi\.mp|eepurl/i;

/**
 * The sign-up buttons and links in a block: 0 none, 1 by their words, 2 (also) by the page they
 * lead to. Looks at a bounded number of elements.
 */
function signupAction(ctx: Context, c: number): number {
  const { index } = ctx;
  let found = 0;
  const end = Math.min(index.end[c]!, c + 400);
  for (let i = c; i < end; i++) {
    const tag = index.tags[i];
    if (tag !== 'a' && tag !== 'button' && tag !== 'input') continue;
    const el = index.els[i]!;
    if (tag === 'a' && SIGNUP_PAGE.test(el.getAttribute('href') ?? '')) return 2;
    const words =
      tag === 'input'
        ? el.getAttribute('type') === 'submit'
          ? (el.getAttribute('value') ?? '')
          : ''
        : index.text[i]! <= 60
          ? collapse(el.textContent ?? '')
          : '';
    if (words && SIGNUP_ACTION.test(words)) found = 1;
  }
  return found;
}

/** A subscription sold for money or an account sign-up, which are not newsletter boxes. */
function paidOffer(ctx: Context, c: number): boolean {
  if (ctx.index.text[c]! > 3000) return false;
  const text = collapse(ctx.index.els[c]!.textContent ?? '').toLowerCase();
  const newsletter = /newsletter/.test(text);
  return PAID_OFFER.test(text) || (!newsletter && (SUBSCRIPTION_WORDS.test(text) || ACCOUNT_SIGNUP.test(text)));
}

function add(ctx: Context, at: number, kind: ClutterKind, rule: string, reason: string): void {
  if (at < 0 || !ctx.kinds.has(kind)) return;
  // Inside navigation (a mega-menu column promoting the newsletter) is navigation.
  if (kind !== 'share' && insideTag(ctx.index, at, 'nav')) return;
  ctx.found.push({ at, kind, rule, reason });
}

function insideTag(index: PageIndex, i: number, tag: string): boolean {
  for (let a = index.parent[i]!; a > 0; a = index.parent[a]!) if (index.tags[a] === tag) return true;
  return false;
}

// ── anchors ──────────────────────────────────────────────────────────────────────────────────

const SELECTORS = new SelectorIndex(SELECTOR_RULES.map((rule) => ({ data: rule, selectors: rule.selectors })));

/** Selector rules, matched element by element on the ids, classes and tags the scan read. */
function matchSelectors(index: PageIndex): [number, SelectorRule][] {
  const hits: [number, SelectorRule][] = [];
  for (let i = 0; i < index.els.length; i++) {
    const id = index.ids[i]!;
    const cls = index.classes[i]!;
    const tag = index.tags[i]!;
    if (!id && !cls && !SELECTORS.tags.has(tag)) continue;
    const rule = SELECTORS.match(index.els[i]!, tag, id, cls);
    if (rule) hits.push([i, rule]);
  }
  return hits;
}

function selectorAnchors(ctx: Context, hits: [number, SelectorRule][], clear: boolean): void {
  const { index } = ctx;
  for (const [i, rule] of hits) {
    if ((!clear && !rule.unambiguous) || !ctx.kinds.has(rule.kind)) continue;
    if (rule.needsEmailField && index.emails[i] === 0) continue;
    if (!rule.unambiguous && index.text[i] === 0 && index.frames[i] === 0) continue;
    if (rule.kind === 'newsletter' && paidOffer(ctx, i)) continue;
    add(ctx, climb(ctx, i, rule.kind, 10), rule.kind, rule.id, rule.reason);
  }
}

/** Containers named for a kind whose structure confirms the name. */
function namedContainers(ctx: Context): void {
  const { index, flags } = ctx;
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!;
    if (!(f & KIND_MASK)) continue;
    const name = index.tags[i]!;
    if (name === 'body' || name === 'html' || index.text[i] === 0) continue;
    if (f & KIND_BIT.comments && (index.areas[i]! > 0 || ctx.commentItems[i]! >= 3)) {
      add(
        ctx,
        climb(ctx, i, 'comments', 10),
        'comments',
        'comments/named-container',
        'comment section (named so, with a form or a list of comments)',
      );
    }
    if (f & KIND_BIT.newsletter && index.emails[i]! > 0 && evidence(ctx, i, 'newsletter')) {
      add(
        ctx,
        climb(ctx, i, 'newsletter', 10),
        'newsletter',
        'newsletter/named-container',
        'newsletter box (named so, with an e-mail field)',
      );
    }
    if (f & KIND_BIT.related && evidence(ctx, i, 'related')) {
      add(
        ctx,
        climb(ctx, i, 'related', 10),
        'related',
        'related/named-container',
        'related stories (named so, a list of links)',
      );
    }
    if (f & KIND_BIT.share && evidence(ctx, i, 'share')) {
      add(ctx, climb(ctx, i, 'share', 10), 'share', 'share/named-container', 'share buttons (named so, with links)');
    }
  }
}

/** Comment forms (a text area for the comment) and sign-up forms (an e-mail field, nothing else). */
function formAnchors(ctx: Context): void {
  const { index, flags } = ctx;
  for (let i = 0; i < index.els.length; i++) {
    const tag = index.tags[i]!;
    const isForm = tag === 'form';
    // E-mail fields outside any form (scripted sign-ups) anchor like a form.
    const looseEmail = tag === 'input' && index.emails[i]! > 0 && !insideForm(index, i);
    if (!isForm && !looseEmail) continue;
    if (index.passwords[i]! > 0) continue;
    if (isForm && index.areas[i]! > 0) {
      let named = false;
      for (let a = i, k = 0; a >= 0 && k < 4; a = index.parent[a]!, k++)
        if (flags[a]! & KIND_BIT.comments) named = true;
      if (named || COMMENT_ACTION.test(index.els[i]!.getAttribute('action') ?? '')) {
        add(ctx, climb(ctx, i, 'comments', 100), 'comments', 'comments/form', 'comment form');
      }
      continue;
    }
    if (index.emails[i]! === 0 || index.areas[i]! > 0 || index.inputs[i]! > 4) continue;
    const anchor = isForm ? signupIn(ctx, i) : i;
    const block = climb(ctx, anchor, 'newsletter', Math.max(150, index.text[anchor]!));
    if (block < 0 || index.text[block]! > 2000) continue;
    const words = flags[block]! & KIND_BIT.newsletter || SIGNUP_WORDS.test(index.els[block]!.textContent ?? '');
    if (words && evidence(ctx, block, 'newsletter')) {
      add(ctx, block, 'newsletter', 'newsletter/email-form', 'sign-up form: an e-mail field with newsletter words');
    }
  }
}

/**
 * Where a form's sign-up is: the container named for newsletters around its e-mail field, when
 * the form has one, else the form. Broken markup can leave a form open around much of a page (a
 * "</form>" met inside an open <b> does not close it), story paragraphs included.
 */
function signupIn(ctx: Context, form: number): number {
  const { index } = ctx;
  let field = form + 1;
  while (field < index.end[form]! && !(index.tags[field] === 'input' && index.emails[field]! > 0)) field++;
  if (field >= index.end[form]!) return form;
  for (let a = index.parent[field]!; a > form; a = index.parent[a]!) if (ctx.flags[a]! & KIND_BIT.newsletter) return a;
  return form;
}

/** True when an ancestor of `i` is named for the kind. */
function insideNamed(ctx: Context, i: number, kind: ClutterKind): boolean {
  for (let a = ctx.index.parent[i]!; a > 0; a = ctx.index.parent[a]!) if (ctx.flags[a]! & KIND_BIT[kind]) return true;
  return false;
}

function insideForm(index: PageIndex, i: number): boolean {
  for (let a = index.parent[i]!; a >= 0; a = index.parent[a]!)
    if (index.forms[a]! > 0 && index.tags[a]! === 'form') return true;
  return false;
}

/** The link an element is in or (alone) holds. */
function linkOf(index: PageIndex, i: number): number {
  for (let a = i, k = 0; a >= 0 && k < 4; a = index.parent[a]!, k++) if (index.tags[a]! === 'a') return a;
  if (index.links[i] === 1) for (let d = i + 1; d < index.end[i]!; d++) if (index.tags[d]! === 'a') return d;
  return -1;
}

/** Headings and short labels whose whole text names a block: "3 Kommentare", "Newsletter". */
function headingAnchors(ctx: Context): void {
  const { index } = ctx;
  const rules = TEXT_RULES.filter((r) => r.where === 'heading' && ctx.kinds.has(r.kind));
  // Only short elements holding a text with a heading word are read.
  const hot = new Uint8Array(index.els.length);
  for (const { at, text } of index.texts) {
    if (text.length > MAX_HEADING_CHARS * 2 || !HEADING_WORDS.test(text)) continue;
    for (let a = at; a > 0 && !hot[a] && index.text[a]! <= MAX_HEADING_CHARS; a = index.parent[a]!) hot[a] = 1;
  }
  for (let i = 1; i < index.els.length; i++) {
    if (!hot[i]) continue;
    const len = index.text[i]!;
    if (len < 3) continue;
    // Emphasis inside a longer paragraph ("… our <strong>Saiten-Spezial-Newsletter</strong> …")
    // is part of a sentence, not a heading.
    const own = index.block[i]!;
    if (own !== i && index.linkText[i]! < len && index.own[own]! > len + 10) continue;
    // The outermost element with this text: its wrappers would say the same again.
    const p = index.parent[i]!;
    if (p >= 0 && index.text[p] === len && !HEADING_TAGS.has(index.tags[i]!)) continue;
    const el = index.els[i]!;
    const text = collapse(el.textContent ?? '').toLowerCase();
    const rule = rules.find((r) => r.pattern.test(text));
    // A link is navigation (a table of contents entry "Further reading"), not a block's title;
    // only a link to the comment section stands for a block.
    if (rule && (rule.kind === 'comments' || index.linkText[i]! * 2 < len)) headingBlock(ctx, i, rule);
  }
}

function headingBlock(ctx: Context, heading: number, rule: TextRule): void {
  const { index } = ctx;
  const kind = rule.kind;
  // A link to the comment section ("3 Comments", "Leave a reply") stands for it, unless it is
  // part of that section already.
  const link = kind === 'comments' && !insideNamed(ctx, heading, kind) ? linkOf(index, heading) : -1;
  // A link saying "71 Kommentare" or "View comments" leads to comments wherever it points; a
  // link saying "Leave a reply" does when it points at the comment section.
  const counts = rule.id === 'comments/heading' && index.text[link]! <= index.text[heading]! + 10;
  if (
    link >= 0 &&
    !menuItem(ctx, link) &&
    (counts || COMMENTS_FRAGMENT.test(index.els[link]!.getAttribute('href') ?? ''))
  ) {
    add(ctx, climb(ctx, Math.min(link, heading), kind, 10), kind, 'comments/link', 'link to the comment section');
    return;
  }
  const section = sectionOf(ctx, heading, kind);
  const block = climb(ctx, section, kind, 10);
  if (block >= 0 && evidence(ctx, block, kind, true)) {
    // A title whose section cannot be hidden stays with it: hiding a title alone helps nobody.
    // (A block named for the kind is the section itself, perhaps still empty: a widget loading.)
    const alone = index.text[block]! <= index.text[heading]! + HEADING_ONLY_SLACK;
    const title = HEADING_TAGS.has(index.tags[heading]!) || index.heads[heading]! > 0;
    if (
      alone &&
      title &&
      !(ctx.flags[block]! & KIND_BIT[kind]) &&
      index.forms[block] === 0 &&
      index.frames[block] === 0
    )
      return;
    add(ctx, block, kind, rule.id, rule.reason);
    return;
  }
  if (kind === 'newsletter') storyBox(ctx, heading, rule);
}

/**
 * A sign-up box set inside the story (a fact box "Sign up for our newsletter" between two
 * paragraphs): its own paragraphs count as story, so the guard stops the climb at its title.
 * Such a box may still be hidden when it is compact, leads to a sign-up page or holds a form,
 * and leaves the story whole: no headline, no root, at most a small share of the story's prose.
 */
function storyBox(ctx: Context, heading: number, rule: TextRule): void {
  const { index, article } = ctx;
  if (!article.clear || article.region < 0) return;
  let box = heading;
  for (let step = 0; step < MAX_CLIMB; step++) {
    if (index.text[box]! > index.text[heading]! + 20) break;
    const p = index.parent[box]!;
    if (p <= 0) return;
    box = p;
  }
  if (index.text[box]! > MAX_STORY_BOX_CHARS || index.h1s[box]! > 0 || !contains(index, article.region, box)) return;
  // A box holds its title and its content as blocks; a story paragraph is no box.
  if (article.para[box] || index.block[heading] === box) return;
  if (article.roots.some((r) => contains(index, box, r)) || box === article.region) return;
  const proseShare = storyText(ctx, box) / Math.max(1, storyText(ctx, article.region));
  if (proseShare > MAX_STORY_BOX_SHARE) return;
  if (!(index.forms[box]! > 0 || index.emails[box]! > 0 || signupAction(ctx, box) === 2)) return;
  if (!evidence(ctx, box, 'newsletter', true)) return;
  add(ctx, box, 'newsletter', rule.id, `${rule.reason} (inside the story)`);
}

/** Characters of story paragraphs in a subtree. */
function storyText(ctx: Context, c: number): number {
  let sum = 0;
  for (let i = c; i < ctx.index.end[c]!; i++) if (ctx.article.para[i]) sum += ctx.index.own[i]!;
  return sum;
}

/** Notices and prompts inside short texts: "Your email address will not be published". */
function phraseAnchors(ctx: Context): void {
  const { index } = ctx;
  const rules = TEXT_RULES.filter((r) => r.where === 'phrase' && ctx.kinds.has(r.kind));
  for (const { at, text } of index.texts) {
    const lower = text.toLowerCase();
    for (const rule of rules) {
      if (!rule.pattern.test(lower)) continue;
      const block = climb(ctx, at, rule.kind, 30);
      if (block < 0) break;
      if (rule.kind === 'newsletter') {
        // The prompt's box: as far as a sign-up box goes, else the prompt's own block.
        const grown = climb(ctx, block, 'newsletter', Math.max(150, index.text[block]!));
        const box = [grown, block].find(
          (b) => b >= 0 && index.text[b]! <= 2000 && evidence(ctx, b, 'newsletter', true),
        );
        if (box !== undefined) add(ctx, box, rule.kind, rule.id, rule.reason);
      } else {
        add(ctx, block, rule.kind, rule.id, rule.reason);
      }
      break;
    }
  }
}

// ── result ───────────────────────────────────────────────────────────────────────────────────

/** Outermost blocks only (one block, one match), in document order. */
function finish(ctx: Context): ClutterMatch[] {
  const { index } = ctx;
  const sorted = [...ctx.found].sort((a, b) => a.at - b.at);
  const out: ClutterMatch[] = [];
  let lastEnd = -1;
  const seen = new Set<number>();
  let echoes: Echo[] | null = null;
  for (const c of sorted) {
    if (seen.has(c.at)) continue;
    seen.add(c.at);
    if (c.at < lastEnd) continue;
    const el = index.els[c.at]!;
    const text = collapse(el.textContent ?? '');
    // A list or box that repeats a story paragraph word for word (a teaser of this very story)
    // is not hidden: the reader may be looking at the story in it. Comments are hidden even
    // when readers quote the story, as they often do.
    if (c.kind !== 'comments') {
      echoes ??= storyKeys(ctx);
      if (echoes.length && repeatsStory(ctx, c.at, text, echoes)) continue;
    }
    lastEnd = index.end[c.at]!;
    out.push({
      kind: c.kind,
      rule: c.rule,
      selector: selectorPath(el, (id) => index.idCount.get(id) === 1),
      reason: c.reason,
      text,
    });
  }
  return out;
}

/** Words a story paragraph must have for its repetition to count (the evaluation's threshold). */
const ECHO_WORDS = 8;
const MAX_ECHO_KEYS = 400;

interface Echo {
  at: number;
  key: string;
}

/** The opening words of each story paragraph, folded for comparison. */
function storyKeys(ctx: Context): Echo[] {
  const { index, article } = ctx;
  const keys: Echo[] = [];
  for (let i = 0; i < index.els.length && keys.length < MAX_ECHO_KEYS; i++) {
    // Paragraphs and section headings; not the headline, which "3 comments on …" repeats, nor
    // wrappers whose few words of their own say nothing about their text.
    if (!article.para[i] || index.ownWords[i]! < ECHO_WORDS || index.tags[i] === 'h1') continue;
    if (index.own[i]! < 0.8 * index.text[i]!) continue;
    const words = fold(index.els[i]!.textContent ?? '').split(' ');
    if (words.length >= ECHO_WORDS) keys.push({ at: i, key: words.slice(0, ECHO_WORDS).join(' ') });
  }
  return keys;
}

/** True when the block's text repeats a story paragraph that lies elsewhere. */
function repeatsStory(ctx: Context, c: number, text: string, keys: Echo[]): boolean {
  const folded = ` ${fold(text)} `;
  return keys.some((k) => !contains(ctx.index, c, k.at) && folded.includes(` ${k.key} `));
}

/** Lower case, letters and digits only, single spaces. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
