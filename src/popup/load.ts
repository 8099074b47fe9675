// Gets the digest of a tab: a snapshot of the page from its content script, then the one pipeline,
// here in the popup, so the page pays nothing for the analysis.

import { digestDocument } from '../core/pipeline';
import type { Digest } from '../core/types';
import type { PageState } from '../shared/messages';
import { sendToTab } from '../shared/messaging';
import browser from '../shared/platform';

export type Loaded =
  | { status: 'ready'; tabId: number; digest: Digest; page: PageState }
  | { status: 'unreadable' }
  | { status: 'error'; message: string };

/** The tab the popup is for: `?tabId=N` when opened as a page (tests), else the active tab. */
export async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function loadDigest(tabId: number | null): Promise<Loaded> {
  if (tabId === null) return { status: 'unreadable' };
  let snapshot;
  try {
    snapshot = await sendToTab(tabId, 'page.snapshot', {});
  } catch {
    // No content script answers on browser pages, extension stores, PDFs and file viewers.
    return { status: 'unreadable' };
  }
  try {
    const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
    // Relative links in the article resolve against the page, not the popup.
    if (!doc.querySelector('base[href]'))
      doc.head.prepend(Object.assign(doc.createElement('base'), { href: snapshot.state.url }));
    const digest = digestDocument(doc, { url: snapshot.state.url });
    return { status: 'ready', tabId, digest, page: snapshot.state };
  } catch (e) {
    return { status: 'error', message: (e as Error).message ?? String(e) };
  }
}
