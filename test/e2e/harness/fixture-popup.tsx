// The real popup glue and view, fed the fixture digest of the seed article instead of the live
// pipeline's, for the tab given as ?tabId=N. Everything else is live: the page's clutter state,
// the settings, and every action (reveal, show, switches) goes to the real tab and storage. Built
// only into the test copy of the extension (./build.ts), never into dist/.

import { render } from 'preact';
import { App } from '../../../src/popup/App';
import { setTranslator } from '../../../src/shared/i18n';
import { sendToTab } from '../../../src/shared/messaging';
import browser from '../../../src/shared/platform';
import { loadSettings } from '../../../src/shared/settings-store';
import type { Loaded } from '../../../src/popup/load';
import type { Digest } from '../../../src/core/types';
import seed from '../../fixtures/seed-digest.json';
import '../../../src/shared/theme.css';
import '../../../src/popup/popup.css';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs), browser.i18n.getUILanguage());

async function load(): Promise<Loaded> {
  const tabId = Number(new URLSearchParams(location.search).get('tabId'));
  const page = await sendToTab(tabId, 'page.state', {});
  return { status: 'ready', tabId, digest: { ...(seed as Digest), url: page.url }, page };
}

render(<App load={load} firstSettings={loadSettings()} />, document.getElementById('app')!);
