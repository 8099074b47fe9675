// Gets the digest of a tab: a snapshot of the page from its content script, then the one pipeline,
// here in the popup, so the page pays nothing for the analysis.
//
// The pipeline (Readability and the analysis, most of the popup's code) is a separate chunk,
// preloaded by the popup's HTML and imported as the snapshot is requested: the page's answer and
// the code arrive side by side instead of one after the other, and the popup's first paint does
// not wait for either. The page's clutter comes with the snapshot (the content script found it on
// the live page), so the pipeline does not look for it again on the copy, and its blocks keep
// their marks in the copy, where extraction finds them to leave them out.

import type { Digest } from '../core/types';
import { MARK_NAME, type PageState } from '../shared/messages';
import { sendToTab } from '../shared/messaging';
import { parsePageHtml } from '../shared/page-html';
import browser from '../shared/platform';

export type Loaded =
  | { status: 'ready'; tabId: number; digest: Digest; page: PageState }
  | { status: 'unreadable' }
  | { status: 'error'; message: string };

/** A page that holds the popup this long without answering is treated as an error to retry. */
export const SNAPSHOT_TIMEOUT_MS = 5000;

/** The tab the popup is for: `?tabId=N` when opened as a page (tests), else the active tab. */
export async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

let pipeline: Promise<typeof import('../core/pipeline')> | null = null;

/** Starts loading the pipeline's code, once. */
export function loadPipeline(): Promise<typeof import('../core/pipeline')> {
  pipeline ??= import('../core/pipeline').then((code) => {
    performance.mark('newslens:code');
    return code;
  });
  return pipeline;
}

class Timeout extends Error {}

const IS_MARK_NAME = new RegExp(`^${MARK_NAME}$`);

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Timeout(`no answer from the page in ${ms / 1000} s`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

export async function loadDigest(tabId: number | null, timeoutMs = SNAPSHOT_TIMEOUT_MS): Promise<Loaded> {
  if (tabId === null) return { status: 'unreadable' };
  const code = loadPipeline();
  let snapshot;
  try {
    snapshot = await within(sendToTab(tabId, 'page.snapshot', {}), timeoutMs);
  } catch (e) {
    if (e instanceof Timeout) return { status: 'error', message: e.message };
    // No content script answers on browser pages, extension stores, PDFs and file viewers, nor on
    // pages opened before the extension was installed.
    return { status: 'unreadable' };
  }
  try {
    performance.mark('newslens:snapshot');
    const doc = parsePageHtml(snapshot.html);
    // Relative links in the article resolve against the page, not the popup.
    if (!doc.querySelector('base[href]'))
      doc.head.prepend(Object.assign(doc.createElement('base'), { href: snapshot.state.url }));
    const { digestDocument } = await code;
    // The parsed snapshot is ours alone: extraction may take it apart instead of copying it.
    const digest = digestDocument(doc, {
      url: snapshot.state.url,
      clutter: snapshot.state.blocks,
      // The blocks where the copy has them, by the content script's marks (a name it chose at random).
      clutterIn: (copy) => (IS_MARK_NAME.test(snapshot.mark) ? copy.querySelectorAll(`[${snapshot.mark}]`) : []),
      inPlace: true,
      reparse: () => parsePageHtml(snapshot.html),
    });
    performance.mark('newslens:digest');
    return { status: 'ready', tabId, digest, page: snapshot.state };
  } catch (e) {
    return { status: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

/** The popup's tab and its digest. */
export async function loadActiveTab(): Promise<Loaded> {
  void loadPipeline().catch(() => undefined);
  let tabId: number | null;
  try {
    tabId = await targetTab();
  } catch {
    return { status: 'unreadable' };
  }
  return loadDigest(tabId);
}
