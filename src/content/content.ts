// The content script: runs on every http(s) page, so it stays small and bounded. It finds clutter
// with the core's detector, marks the blocks and hides the kinds the settings ask for. The digest
// itself is made in the popup, on click, from a snapshot of the page.
//
//   load ─▶ detectClutter(document) ─▶ mark blocks ─▶ stylesheet for the active kinds ─▶ badge
//   late widgets ─▶ throttled MutationObserver (hard budget) ─▶ detect again, mark new blocks
//   popup ─▶ page.snapshot / page.state / page.showKind / page.reveal (./reveal.ts)
//   storage.onChanged ─▶ recompute the active kinds ─▶ rewrite the stylesheet
//
// Timing (read by `npm run bench`): measures `newslens:content` (the script's first run, module
// set-up included), `newslens:settings` (the settings callback: hiding and the watcher) and
// `newslens:detect` (each scan).

import './start';
import { detectClutter } from '../core/clutter/detect';
import type { ClutterKind, ClutterMatch } from '../core/types';
import type { PageState } from '../shared/messages';
import { handleMessages, sendToBackground } from '../shared/messaging';
import { activeKinds, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { cleanHtml, hideKinds, mark, MARK } from './marker';
import { reveal } from './reveal';
import { watchLateBlocks } from './watch';

const host = location.hostname;
const blocks: ClutterMatch[] = [];
const shownByUser = new Set<ClutterKind>();
let settings: Settings | null = null;

function scan(): number {
  performance.mark('newslens:detect:start');
  let added = 0;
  try {
    for (const match of detectClutter(document)) {
      const el = document.querySelector(match.selector);
      if (!el || el.hasAttribute(MARK)) continue;
      mark(el, match.kind);
      blocks.push(match);
      added++;
    }
  } catch {
    // A hostile or broken page must never see our errors.
  }
  performance.measure('newslens:detect', 'newslens:detect:start');
  return added;
}

function hiddenKinds(): ClutterKind[] {
  return settings ? activeKinds(settings, host).filter((k) => !shownByUser.has(k)) : [];
}

function apply(): void {
  const kinds = hiddenKinds();
  void hideKinds(document, kinds);
  const count = blocks.filter((b) => kinds.includes(b.kind)).length;
  sendToBackground('badge.set', { count }).catch(() => undefined);
}

function state(): PageState {
  return { url: location.href, host, blocks, hiddenKinds: hiddenKinds(), shownKinds: [...shownByUser] };
}

handleMessages({
  'page.snapshot': () => ({ html: cleanHtml(document), state: state() }),
  'page.state': () => state(),
  'page.showKind': ({ kind }) => {
    shownByUser.add(kind);
    apply();
    return state();
  },
  'page.reveal': (request) => ({ found: reveal(document, request) }),
});

scan();
loadSettings().then((s) => {
  performance.mark('newslens:settings:start');
  settings = s;
  apply();
  watchLateBlocks(document, () => {
    if (scan() > 0) apply();
  });
  performance.measure('newslens:settings', 'newslens:settings:start');
});
onSettingsChanged((s) => {
  settings = s;
  apply();
});
performance.measure('newslens:content', 'newslens:content:start');
