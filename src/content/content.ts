// The content script: runs on every http(s) page, so it stays small and bounded. It finds clutter
// with the core's detector, marks the blocks and hides the kinds the settings ask for. The digest
// itself is made in the popup, on click, from a snapshot of the page.
//
//   load ─▶ detection in 5 ms slices (pauses let the page run) ─▶ mark blocks ─▶ stylesheet for
//          the active kinds ─▶ badge
//   late widgets ─▶ throttled MutationObserver (hard budget) ─▶ detect again, mark new blocks
//   popup ─▶ page.snapshot / page.state / page.showKind / page.reveal (./reveal.ts)
//   storage.onChanged ─▶ recompute the active kinds ─▶ rewrite the stylesheet
//
// Timing (read by `npm run bench`): measures `newslens:content` (the script's first run, module
// set-up included), `newslens:settings` (the settings callback: hiding and the watcher) and
// `newslens:detect` (each slice of a scan; `detail.scan` numbers the scans).

import './start';
import { detectClutterSliced } from '../core/clutter/budget';
import type { ClutterKind, ClutterMatch } from '../core/types';
import type { PageState } from '../shared/messages';
import { handleMessages, sendToBackground } from '../shared/messaging';
import { activeKinds, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { cleanHtml, hideKinds, mark, MARK } from './marker';
import { pause } from './pause';
import { reveal } from './reveal';
import { watchLateBlocks } from './watch';

const host = location.hostname;
const blocks: ClutterMatch[] = [];
const shownByUser = new Set<ClutterKind>();
let settings: Settings | null = null;

// Budgets on the page's main thread: the work of one scan, and of all scans of the page together.
// A scan runs in slices of SLICE_MS with a pause between them, so it never makes a long task. A
// scan that hits its budget (a giant page) also ends the watching for late blocks.
const SLICE_MS = 5;
const SCAN_MS = 150;
const TOTAL_SCAN_MS = 1_000;
let scanMs = 0;
let scans = 0;
let stopWatching: (() => void) | null = null;
let exhausted = false;
let scanning = false;
let again = false;

/** Scans until no rescan was asked for meanwhile; hides what it found. */
async function scan(): Promise<void> {
  if (scanning) {
    again = true;
    return;
  }
  scanning = true;
  try {
    do {
      again = false;
      if ((await scanOnce()) > 0) apply();
    } while (again && !exhausted);
  } finally {
    scanning = false;
  }
}

async function scanOnce(): Promise<number> {
  const scanId = ++scans;
  let added = 0;
  try {
    const { matches, limits } = await detectClutterSliced(
      document,
      { timeMs: SCAN_MS },
      {
        sliceMs: SLICE_MS,
        pause,
        onSlice: (start, end) => {
          scanMs += end - start;
          performance.measure('newslens:detect', { start, end, detail: { scan: scanId } });
        },
      },
    );
    // A page too large to scan stays so; a scan slowed by a busy machine is bounded by the total.
    if (limits.includes('clutter-budget') && matches.length === 0) exhausted = true;
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
  if (scanMs > TOTAL_SCAN_MS) exhausted = true;
  if (exhausted) stopWatching?.();
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

void scan();
// loadSettings never rejects, and everything in this callback is guarded.
void loadSettings().then((s) => {
  performance.mark('newslens:settings:start');
  settings = s;
  apply();
  if (!exhausted) {
    try {
      stopWatching = watchLateBlocks(document, () => void scan());
    } catch {
      // No documentElement to observe (an XML page being torn down): nothing to watch.
    }
  }
  performance.measure('newslens:settings', 'newslens:settings:start');
});
onSettingsChanged((s) => {
  settings = s;
  apply();
});
performance.measure('newslens:content', 'newslens:content:start');
