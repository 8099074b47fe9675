// The background: the toolbar badge (blocks hidden on each tab) and the keyboard shortcut that
// switches hiding for the current site. A service worker in Chrome, an event page in Firefox:
// it keeps no state of its own.

import { handleMessages, sendToTab } from '../shared/messaging';
import browser from '../shared/platform';
import { activeKinds } from '../shared/settings';
import { updateSettings } from '../shared/settings-store';

/** Only our own hiding rules go in as user-origin CSS: `[data-newslens-TOKEN="kind"] { display: none !important; }`. */
const HIDING_CSS =
  /^(\[data-newslens-[a-z0-9]{1,16}="(comments|newsletter|related|share)"\] \{ display: none !important; \}\n?){1,4}$/;

handleMessages({
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
