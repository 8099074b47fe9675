// The background: clutter detection for the content scripts (off the pages' threads), the
// user-origin hiding stylesheet, the toolbar badge (blocks hidden on each tab) and the keyboard
// shortcut that switches hiding for the current site. A service worker in Chrome, an event page in
// Firefox: it keeps no state of its own.

import { CLUTTER_KINDS } from '../core/types';
import { MARK_NAME } from '../shared/messages';
import { handleMessages, sendToExtension, sendToTab } from '../shared/messaging';
import { forgetOffscreen, openOffscreen } from '../shared/offscreen-document';
import browser, { offscreen } from '../shared/platform';
import { activeKinds } from '../shared/settings';
import { updateSettings } from '../shared/settings-store';
import { detectInHtml } from './detect-html';

/** Only our own hiding rules go in as user-origin CSS: `[data-newslens-TOKEN="kind"] { display: none !important; }`. */
const HIDING_CSS = new RegExp(
  `^(\\[${MARK_NAME}="(${CLUTTER_KINDS.join('|')})"\\] \\{ display: none !important; \\}\n?){1,${CLUTTER_KINDS.length}}$`,
);

handleMessages({
  'clutter.detect': async ({ html }) => {
    // Firefox's background page parses HTML itself; Chrome's service worker hands it on.
    if (typeof DOMParser === 'function') return detectInHtml(html);
    if (!offscreen) return null;
    // Twice at most: the document may have been closed, or not yet listening, the first time.
    for (let attempt = 0; attempt < 2; attempt++) {
      await openOffscreen(offscreen);
      const found = await sendToExtension('offscreen.detect', { html }).catch(() => null);
      if (found) return found;
      forgetOffscreen();
    }
    return null;
  },
  'style.set': async ({ insert, remove }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false };
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    try {
      if (typeof remove === 'string' && HIDING_CSS.test(remove)) {
        await browser.scripting.removeCSS({ target, css: remove, origin: 'USER' });
      }
      if (typeof insert === 'string') {
        if (!HIDING_CSS.test(insert)) return { ok: false };
        await browser.scripting.insertCSS({ target, css: insert, origin: 'USER' });
      }
      return { ok: true };
    } catch {
      return { ok: false };
    }
  },
  'badge.set': async ({ count }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !Number.isInteger(count) || count < 0) return null;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#3d5a80' });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
    return null;
  },
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-site') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const page = await sendToTab(tab.id, 'page.state', {}).catch(() => null);
  if (!page) return;
  await updateSettings((s) => {
    const on = activeKinds(s, page.host).length > 0 || s.sites[page.host] === 'always';
    return { ...s, sites: { ...s.sites, [page.host]: on ? 'never' : 'always' } };
  });
});
