// The one module that imports webextension-polyfill: every extension API call goes through here,
// so the rest of the code can be tested without a browser and the polyfill is bundled once.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
