// Gets the digest of a tab: a snapshot of the page from its content script, then the one pipeline
// on it, so the page pays nothing for the analysis.
//
// In Chrome the digest is made in the offscreen document, which stays open from click to click:
// there the pipeline's code is compiled once and its JIT warm, where the popup is a fresh page at
// every click that would load, compile and run it cold. The popup asks that document to load the
// pipeline as it asks the page for the snapshot, so both come side by side. In Firefox (no
// offscreen document), or when that document does not answer, the popup makes the digest itself.
// The page's clutter comes with the snapshot (the content script found it on the live page), so
// the pipeline does not look for it again on the copy, and its blocks keep their marks in the
// copy, where extraction finds them to leave them out.

import type { Digest } from '../core/types';
import { askOnChannel } from '../shared/channel';
import { loadDigestCode } from '../shared/digest-code';
import type { PageState, Snapshot } from '../shared/messages';
import { sendToTab } from '../shared/messaging';
import { openOffscreen } from '../shared/offscreen-document';
import browser, { offscreen } from '../shared/platform';
import { Timeout, within } from '../shared/within';

export type Loaded =
  | { status: 'ready'; tabId: number; digest: Digest; page: PageState }
  | { status: 'unreadable' }
  | { status: 'error'; message: string };

/** A page that holds the popup this long without answering is treated as an error to retry. */
export const SNAPSHOT_TIMEOUT_MS = 5000;
/** The offscreen document says it is there (and has the pipeline) within this, or is not used. */
const PREPARE_TIMEOUT_MS = 2000;
/** Longer than any bounded digest takes; past it, the popup makes the digest itself. */
const DIGEST_TIMEOUT_MS = 10_000;

/** The tab the popup is for: `?tabId=N` when opened as a page (tests), else the active tab. */
export async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Whether the offscreen document will make the digest; if not, the popup starts loading the pipeline. */
function prepareOffscreen(): Promise<boolean> {
  const ready = offscreen
    ? openOffscreen(offscreen)
        .then(() => askOnChannel('offscreen.prepare', {}, PREPARE_TIMEOUT_MS))
        .then((reply) => reply === true)
        .catch(() => false)
    : Promise.resolve(false);
  return ready.then((yes) => {
    if (!yes) void loadDigestCode().catch(() => undefined);
    return yes;
  });
}

async function digestOffscreen(snapshot: Snapshot): Promise<Digest | null> {
  return askOnChannel('offscreen.digest', snapshot, DIGEST_TIMEOUT_MS).catch(() => null);
}

export async function loadDigest(
  tabId: number | null,
  timeoutMs = SNAPSHOT_TIMEOUT_MS,
  offscreenReady = prepareOffscreen(),
): Promise<Loaded> {
  if (tabId === null) return { status: 'unreadable' };
  let answer;
  try {
    answer = await within(
      sendToTab(tabId, 'page.snapshot', {}),
      timeoutMs,
      `no answer from the page in ${timeoutMs / 1000} s`,
    );
  } catch (e) {
    if (e instanceof Timeout) return { status: 'error', message: e.message };
    // No content script answers on browser pages, extension stores, PDFs and file viewers, nor on
    // pages opened before the extension was installed.
    return { status: 'unreadable' };
  }
  try {
    performance.mark('newslens:snapshot');
    const snapshot: Snapshot = {
      html: answer.html,
      url: answer.state.url,
      blocks: answer.state.blocks,
      mark: answer.mark,
    };
    const remote = (await offscreenReady) ? await digestOffscreen(snapshot) : null;
    const digest = remote ?? (await (await loadDigestCode()).digestSnapshot(snapshot));
    performance.mark('newslens:digest', { detail: remote ? 'offscreen' : 'popup' });
    return { status: 'ready', tabId, digest, page: answer.state };
  } catch (e) {
    return { status: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

/** The popup's tab and its digest. */
export async function loadActiveTab(): Promise<Loaded> {
  const offscreenReady = prepareOffscreen();
  let tabId: number | null;
  try {
    tabId = await targetTab();
  } catch {
    return { status: 'unreadable' };
  }
  return loadDigest(tabId, SNAPSHOT_TIMEOUT_MS, offscreenReady);
}
