// The one module that imports webextension-polyfill: every extension API call goes through here,
// so the rest of the code can be tested without a browser and the polyfill is bundled once.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';

/** Chrome's offscreen documents (absent from the polyfill; Firefox has none: its background page has a DOM). */
export interface Offscreen {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
export const offscreen = (globalThis as { chrome?: { offscreen?: Offscreen } }).chrome?.offscreen;
