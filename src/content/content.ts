// The content script: runs on every http(s) page, so it stays small and bounded. It sends a copy of
// the page's HTML to the extension, which finds the clutter off the page's thread with the core's
// detector; then it marks the blocks and hides the kinds the settings ask for. The digest itself is
// made on click, off the page (Chrome's offscreen document, Firefox's popup), from a copy of the
// whole page.
//
//   load ─▶ the page's HTML (native serialization) ─▶ background: detection in a parsed copy
//        ─▶ mark the live blocks that still look as in the copy ─▶ stylesheet for the active kinds ─▶ badge
//   late widgets ─▶ throttled MutationObserver (hard budget) ─▶ detect again, mark new blocks
//   popup ─▶ page.snapshot / page.state / page.showKind / page.reveal (./reveal.ts)
//   storage.onChanged ─▶ recompute the active kinds ─▶ rewrite the stylesheet
//
// Timing (read by `npm run bench`): measures `newslens:content` (the script's first run, module
// set-up included), `newslens:settings` (the settings callback: hiding and the watcher) and
// `newslens:detect` (the page's share of each detection: serializing and sending the page, then
// marking; `detail.scan` numbers the scans), `newslens:snapshot` (the page's share of a click:
// serializing the page for the digest), and marks `newslens:detected` with the time the extension
// spent parsing and detecting, off the page's thread.

import './start';
import { LIMITS } from '../core/limits';
import type { ClutterKind, ClutterMatch } from '../core/types';
import { MAX_PAGE_HTML, type PageDetection, type PageState } from '../shared/messages';
import { handleMessages, sendToExtension } from '../shared/messaging';
import { activeKinds, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { cleanHtml, detectionHtml, hideKinds, MARK, markMatches } from './marker';
import { pause } from './pause';
import { reveal } from './reveal';
import { watchLateBlocks } from './watch';

const host = location.hostname;
const blocks: ClutterMatch[] = [];
const shownByUser = new Set<ClutterKind>();
let settings: Settings | null = null;

/** The page-thread time all scans of a page may take together; then the watching ends. */
const TOTAL_SCAN_MS = 300;
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

/** Times page-thread work of a scan, for the total budget and the benchmarks. */
function measured<T>(scan: number, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    const end = performance.now();
    scanMs += end - start;
    performance.measure('newslens:detect', { start, end, detail: { scan } });
  }
}

async function scanOnce(): Promise<number> {
  const scan = ++scans;
  let added = 0;
  try {
    // Three tasks with pauses between them, so that even on a large page none is long: the
    // script's set-up, the page's HTML (one native call, the longest part), and sending it
    // (which copies it, on this thread too).
    await pause();
    const html = measured(scan, () => (tooLarge() ? null : detectionHtml(document)));
    let reply: Promise<PageDetection | null> | null = null;
    if (html !== null && html.length <= MAX_PAGE_HTML) {
      await pause();
      reply = measured(scan, () => sendToExtension('clutter.detect', { html }));
    }
    const found = reply && (await reply);
    if (!found) {
      // A page too large to copy stays so; an extension that cannot answer will not later either.
      exhausted = true;
    } else {
      performance.mark('newslens:detected', { detail: { scan, parseMs: found.parseMs, detectMs: found.detectMs } });
      if (found.limits.includes('clutter-budget') && found.matches.length === 0) exhausted = true;
      const marked = measured(scan, () => markMatches(document, found.matches, found.prints));
      blocks.push(...marked);
      added = marked.length;
    }
  } catch {
    // A hostile or broken page must never see our errors.
  }
  if (scanMs > TOTAL_SCAN_MS) exhausted = true;
  if (exhausted) stopWatching?.();
  return added;
}

/**
 * Serializing takes about 10 ms a megabyte of HTML, in one go: pages whose HTML was larger than
 * MAX_HTML_BYTES when it arrived, or with more elements than the detector reads, are not copied.
 */
const MAX_HTML_BYTES = 4_000_000;

function tooLarge(): boolean {
  const arrived = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return (
    (arrived?.decodedBodySize ?? 0) > MAX_HTML_BYTES ||
    document.getElementsByTagName('*').length > LIMITS.detectElements
  );
}

function hiddenKinds(): ClutterKind[] {
  return settings ? activeKinds(settings, host).filter((k) => !shownByUser.has(k)) : [];
}

/** Whether the stylesheet and the badge were ever set on this page. */
let applied = false;

function apply(): void {
  try {
    const kinds = hiddenKinds();
    const count = blocks.filter((b) => kinds.includes(b.kind)).length;
    // Nothing to hide (yet, as when the settings arrive before the blocks): no stylesheet, no
    // badge (the browser clears a tab's badge when it navigates), and no message to pay for.
    if (count === 0 && !applied) return;
    applied = true;
    hideKinds(document, kinds).catch(() => undefined);
    sendToExtension('badge.set', { count }).catch(() => undefined);
  } catch {
    // As in scan(): nothing reaches the page's console.
  }
}

function state(): PageState {
  return { url: location.href, host, blocks, hiddenKinds: hiddenKinds(), shownKinds: [...shownByUser] };
}

handleMessages({
  'page.snapshot': () => {
    const start = performance.now();
    const html = cleanHtml(document);
    performance.measure('newslens:snapshot', { start });
    return { html, state: state(), mark: MARK };
  },
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
