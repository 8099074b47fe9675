// The popup page: starts reading the tab and the settings before anything renders, then hands
// both to the glue (./App.tsx), which renders the pure view (./Popup.tsx).
//
// Marks for the speed budget (the digest on screen within 200 ms of opening), each in ms from the
// popup page's start: popup-script (code loaded and run), code (the pipeline's chunk loaded and
// run, when the popup makes the digest itself) in ../shared/digest-code.ts, snapshot (the page's
// HTML arrived) and digest (pipeline done) in ./load.ts, digest-rendered (painted) in ./App.tsx.

import { render } from 'preact';
import { setTranslator, t } from '../shared/i18n';
import browser from '../shared/platform';
import { loadSettings } from '../shared/settings-store';
import { App } from './App';
import { loadActiveTab } from './load';

performance.mark('newslens:popup-script');
const first = loadActiveTab();
const firstSettings = loadSettings();

setTranslator((key, subs) => browser.i18n.getMessage(key, subs), browser.i18n.getUILanguage());
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');
render(<App load={loadActiveTab} first={first} firstSettings={firstSettings} />, document.getElementById('app')!);
