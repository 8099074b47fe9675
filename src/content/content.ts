// The content script: runs on every http(s) page, so it stays small and bounded. It finds clutter
// with the core's detector, marks the blocks and hides the kinds the settings ask for. The digest
// itself is made in the popup, on click, from a snapshot of the page.
//
//   load ─▶ detectClutter(document) ─▶ mark blocks ─▶ stylesheet for the active kinds ─▶ badge
//   late widgets ─▶ throttled MutationObserver (hard budget) ─▶ detect again, mark new blocks
//   popup ─▶ page.snapshot / page.state / page.showKind / page.reveal
//   storage.onChanged ─▶ recompute the active kinds ─▶ rewrite the stylesheet

import { detectClutterWithin } from '../core/clutter/budget';
import type { ClutterKind, ClutterMatch } from '../core/types';
import type { PageState } from '../shared/messages';
import { handleMessages, sendToBackground } from '../shared/messaging';
import { activeKinds, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { cleanHtml, flash, hideKinds, mark, MARK } from './marker';
import { watchLateBlocks } from './watch';

const host = location.hostname;
const blocks: ClutterMatch[] = [];
const shownByUser = new Set<ClutterKind>();
let settings: Settings | null = null;

// Budgets on the page's main thread: one scan, and all scans of the page together. A scan that
// hits its budget (a giant page) also ends the watching for late blocks.
const SCAN_MS = 150;
const TOTAL_SCAN_MS = 1_000;
let scanMs = 0;
let stopWatching: (() => void) | null = null;
let exhausted = false;

function scan(): number {
  performance.mark('newslens:detect:start');
  let added = 0;
  const start = performance.now();
  try {
    const { matches, limits } = detectClutterWithin(document, { timeMs: SCAN_MS });
    if (limits.includes('clutter-budget')) exhausted = true;
    for (const match of matches) {
      const el = document.querySelector(match.selector);
      if (!el || el.hasAttribute(MARK)) continue;
      mark(el, match.kind);
      blocks.push(match);
      added++;
    }
  } catch {
    // A hostile or broken page must never see our errors.
  }
  scanMs += performance.now() - start;
  if (scanMs > TOTAL_SCAN_MS) exhausted = true;
  if (exhausted) stopWatching?.();
  performance.measure('newslens:detect', 'newslens:detect:start');
  return added;
}

function hiddenKinds(): ClutterKind[] {
  return settings ? activeKinds(settings, host).filter((k) => !shownByUser.has(k)) : [];
}

function apply(): void {
  try {
    const kinds = hiddenKinds();
    hideKinds(document, kinds).catch(() => undefined);
    const count = blocks.filter((b) => kinds.includes(b.kind)).length;
    sendToBackground('badge.set', { count }).catch(() => undefined);
  } catch {
    // As in scan(): nothing reaches the page's console.
  }
}

function state(): PageState {
  return { url: location.href, host, blocks, hiddenKinds: hiddenKinds() };
}

handleMessages({
  'page.snapshot': () => ({ html: cleanHtml(document), state: state() }),
  'page.state': () => state(),
  'page.showKind': ({ kind }) => {
    shownByUser.add(kind);
    apply();
    return state();
  },
  'page.reveal': ({ text }) => {
    const el = findParagraph(text);
    if (el) flash(el);
    return { found: Boolean(el) };
  },
});

function findParagraph(text: string): HTMLElement | null {
  const probe = text.slice(0, 80).replace(/\s+/g, ' ').trim();
  if (!probe) return null;
  for (const el of document.querySelectorAll('p, li, blockquote, h1, h2, h3, h4, pre, dd, td')) {
    if ((el.textContent ?? '').replace(/\s+/g, ' ').includes(probe)) return el as HTMLElement;
  }
  return null;
}

scan();
// loadSettings never rejects, and everything in this callback is guarded.
loadSettings().then((s) => {
  settings = s;
  apply();
  if (exhausted) return;
  try {
    stopWatching = watchLateBlocks(document, () => {
      if (scan() > 0) apply();
    });
  } catch {
    // No documentElement to observe (an XML page being torn down): nothing to watch.
  }
});
onSettingsChanged((s) => {
  settings = s;
  apply();
});
