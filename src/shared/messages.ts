// The one table of messages between the extension's parts: name → request → reply.
// Everything that is really state (settings) travels through storage instead.

import type { ClutterKind, ClutterMatch, Digest, Limit } from '../core/types';
import { defaults } from './settings';

/** What the content script has hidden on its page, for the popup and the badge. */
export interface PageState {
  url: string;
  host: string;
  /** Every block detected, whether its kind is currently hidden or not. */
  blocks: ClutterMatch[];
  /** Kinds hidden right now (settings for this host, minus kinds shown by a click in the popup). */
  hiddenKinds: ClutterKind[];
  /**
   * Kinds shown by a click in the popup until the page reloads. With the settings, this lets the
   * popup tell what is hidden without asking again after every settings change.
   */
  shownKinds: ClutterKind[];
}

/** What to scroll to: a paragraph of the article, and a shorter passage inside it to fall back on. */
export interface RevealRequest {
  /** The paragraph's text, as the digest has it (whitespace collapsed). */
  text: string;
  /** A quote, sentence or name inside that paragraph, tried when the paragraph is not found. */
  hint?: string;
}

/** Clutter found in a copy of a page, made from its HTML off the page's thread (../background/detect-html.ts). */
export interface PageDetection {
  matches: ClutterMatch[];
  limits: Limit[];
  /**
   * Per match, what its element looks like in the copy (./fingerprint.ts): the content script
   * marks a live element only when it looks the same, in case the page changed in the meantime.
   */
  prints: string[];
  /** Milliseconds spent parsing the copy and detecting in it (for the benchmarks). */
  parseMs: number;
  detectMs: number;
}

/** A page as the popup has it from the content script, to digest (./snapshot-digest.ts). */
export interface Snapshot {
  html: string;
  url: string;
  /** The clutter the content script found on the live page. */
  blocks: ClutterMatch[];
  /** The name of the attribute that marks those blocks in `html`. */
  mark: string;
}

export interface Protocol {
  /** popup → content script: the page's HTML for the digest, and its state. The blocks found keep
   * their marker attribute (`mark`, its name), by which the popup finds them in its copy. */
  'page.snapshot': { request: Record<string, never>; reply: { html: string; state: PageState; mark: string } };
  /** popup or background → content script: what is hidden on this page. */
  'page.state': { request: Record<string, never>; reply: PageState };
  /** popup → content script: show one kind of block on this page until reload. */
  'page.showKind': { request: { kind: ClutterKind }; reply: PageState };
  /** popup → content script: scroll to a paragraph of the article and highlight it briefly. */
  'page.reveal': { request: RevealRequest; reply: { found: boolean } };
  /** content script → background: swap the user-origin stylesheet that hides marked blocks. */
  'style.set': { request: { insert: string | null; remove: string | null }; reply: { ok: boolean } };
  /** content script → background: how many blocks are hidden, for the toolbar badge. */
  'badge.set': { request: { count: number }; reply: null };
  /** content script → background: find the clutter in the page's HTML (null when it cannot). */
  'clutter.detect': { request: { html: string }; reply: PageDetection | null };
  /** background → offscreen document (Chrome, whose service worker cannot parse HTML): the same. */
  'offscreen.detect': { request: { html: string }; reply: PageDetection | null };
  /** popup → offscreen document (Chrome), on their channel (./channel.ts): load the pipeline and
   * say so, before the page's snapshot comes. */
  'offscreen.prepare': { request: Record<string, never>; reply: true };
  /** popup → offscreen document, on their channel: the digest of a snapshot (null if it failed). */
  'offscreen.digest': { request: Snapshot; reply: Digest | null };
}

export type MessageName = keyof Protocol;
export type Request<N extends MessageName> = Protocol[N]['request'];
export type Reply<N extends MessageName> = Protocol[N]['reply'];
export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  payload: Request<N>;
}

/** Who may send each message: `extension` = our own pages and background (never a content script,
 * which shares a process with the page); `content` = our content script in a tab. A record, so the
 * compiler insists on an entry for every message of the table (and so does VALID below). */
export const SENDERS: Record<MessageName, 'extension' | 'content'> = {
  'page.snapshot': 'extension',
  'page.state': 'extension',
  'page.showKind': 'extension',
  'page.reveal': 'extension',
  'style.set': 'content',
  'badge.set': 'content',
  'clutter.detect': 'content',
  'offscreen.detect': 'extension',
  'offscreen.prepare': 'extension',
  'offscreen.digest': 'extension',
};

/** Longest page HTML `clutter.detect` takes (the content script sends none longer). */
export const MAX_PAGE_HTML = 8_000_000;

/**
 * The name of the content script's marker attribute (src/content/marker.ts draws its token at
 * random per page load), as a regular expression's source: the popup looks blocks up by it and
 * the background lets only hiding rules that use it into user-origin CSS.
 */
export const MARK_NAME = 'data-newslens-[a-z0-9]{1,16}';

/** Longest text `page.reveal` takes: a paragraph of the digest (LIMITS.paragraphChars) with room. */
export const MAX_REVEAL_CHARS = 20_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const noFields = (p: Record<string, unknown>) => Object.keys(p).length === 0;
const isText = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= MAX_REVEAL_CHARS;
/** Our hiding stylesheet is a few short rules; the background checks its exact shape. */
const isCss = (v: unknown) => v === null || (typeof v === 'string' && v.length <= 2_000);

const isHtml = (v: unknown) => typeof v === 'string' && v.length <= MAX_PAGE_HTML;

/** One check per message: the payload's fields, their types and bounds. */
const VALID: { [N in MessageName]: (payload: Record<string, unknown>) => boolean } = {
  'page.snapshot': noFields,
  'page.state': noFields,
  'page.showKind': ({ kind }) => typeof kind === 'string' && Object.hasOwn(defaults.kinds, kind),
  'page.reveal': ({ text, hint }) => isText(text) && (hint === undefined || isText(hint)),
  'style.set': ({ insert, remove }) => isCss(insert) && isCss(remove),
  'badge.set': ({ count }) => Number.isSafeInteger(count) && (count as number) >= 0,
  'clutter.detect': ({ html }) => isHtml(html),
  'offscreen.detect': ({ html }) => isHtml(html),
  'offscreen.prepare': noFields,
  'offscreen.digest': ({ html, url, blocks, mark }) =>
    isHtml(html) && typeof url === 'string' && Array.isArray(blocks) && typeof mark === 'string',
};

/** Narrows an incoming message to a valid envelope of the protocol; anything else is ignored. */
export function isEnvelope(message: unknown): message is Envelope {
  if (!isObject(message) || typeof message.type !== 'string' || !Object.hasOwn(VALID, message.type)) return false;
  const payload = message.payload;
  return isObject(payload) && VALID[message.type as MessageName](payload);
}

/** The parts of a runtime.MessageSender the check reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Whether `sender` may send a message of type `type`: it must be this extension (`self.id`), and
 * `extension` messages must come from a page of the extension (`self.origin`, e.g.
 * `chrome-extension://ID/`), `content` messages from a tab.
 */
export function senderAllowed(type: MessageName, sender: SenderInfo, self: { id: string; origin: string }): boolean {
  if (!sender || sender.id !== self.id) return false;
  if (SENDERS[type] === 'content') return typeof sender.tab?.id === 'number' && sender.tab.id >= 0;
  return typeof sender.url === 'string' && sender.url.startsWith(self.origin);
}
