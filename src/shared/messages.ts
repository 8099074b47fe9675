// The one table of messages between the extension's parts: name → request → reply.
// Everything that is really state (settings) travels through storage instead.

import type { ClutterKind, ClutterMatch } from '../core/types';

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

export interface Protocol {
  /** popup → content script: the page's HTML (our markers removed) for the digest, and its state. */
  'page.snapshot': { request: Record<string, never>; reply: { html: string; state: PageState } };
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
}

export type MessageName = keyof Protocol;
export type Request<N extends MessageName> = Protocol[N]['request'];
export type Reply<N extends MessageName> = Protocol[N]['reply'];
export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  payload: Request<N>;
}

/** Every message name, as a record so that the compiler insists on each entry of the table. */
const KNOWN: Record<MessageName, true> = {
  'page.snapshot': true,
  'page.state': true,
  'page.showKind': true,
  'page.reveal': true,
  'style.set': true,
  'badge.set': true,
};

/** Narrows an incoming message to an envelope of the protocol; anything else is ignored. */
export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    Object.hasOwn(KNOWN, (message as Envelope).type) &&
    typeof (message as Envelope).payload === 'object' &&
    (message as Envelope).payload !== null
  );
}
