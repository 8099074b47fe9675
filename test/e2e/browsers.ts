// Launches Debian's Chromium and Firefox ESR with the built extension loaded, the way
// ../shared/docs/browser-testing.md records that works on this machine.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PBrowser, type Page as PPage } from 'puppeteer-core';

/** The slice of the action API the tests call in the service worker. */
interface ActionApi {
  action: { openPopup(): Promise<void> };
}

/** The slice of the tabs API the tests call inside extension contexts. */
interface TabsApi {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown): Promise<{ url?: string } | null>;
  };
}

export const root = resolve(import.meta.dirname, '../..');
export const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  width?: number;
  height?: number;
}

/** The toolbar popup, opened as a click on the extension's button opens it. */
export interface ToolbarPopup {
  /** Runs `fn` in the popup and returns its (awaited) result by value. */
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens the popup as a page for the tab showing `page`. */
  openPopup(page: Page, options?: PageOptions): Promise<Page>;
  /** Opens the toolbar popup for the tab showing `page` (brought to the front), with
   * `chrome.action.openPopup()`: the popup users get, which finds its tab itself. */
  openToolbarPopup(page: Page): Promise<ToolbarPopup>;
  /** The id of the tab showing `page` (brought to the front). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens a page of the extension, e.g. `options/options.html`, in a new tab. */
  openExtensionPage(path: string, options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /** The unpacked extension to load (default `dist/chrome`). */
  extension?: string;
  /** Device pixels per CSS pixel for every page (2 with a 400 px wide page is a toolbar popup at 200 % zoom). */
  deviceScaleFactor?: number;
  /** Extra command-line flags (the benchmarks make every host but 127.0.0.1 unresolvable). */
  args?: string[];
}

/** Chromium without the extension: the baseline the benchmarks compare against. */
export async function launchPlainChromium({ deviceScaleFactor = 1, args = [] }: ChromiumOptions = {}) {
  return launchContext({ deviceScaleFactor, args: [...CHROMIUM_FLAGS, ...args], extensions: false });
}

export async function launchChromium({
  extension = join(root, 'dist/chrome'),
  deviceScaleFactor = 1,
  args = [],
}: ChromiumOptions = {}): Promise<ChromiumSession> {
  const { context, close } = await launchContext({
    deviceScaleFactor,
    args: [...CHROMIUM_FLAGS, ...args, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    extensions: true,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const tabIdOf = async (page: Page) => {
    await page.bringToFront();
    const id = await worker.evaluate(async () => {
      const [tab] = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.query({
        active: true,
        lastFocusedWindow: true,
      });
      return tab?.id;
    });
    if (id === undefined) throw new Error('no active tab');
    return id;
  };
  const openExtensionPage = async (path: string, options: PageOptions = {}) => {
    const page = await context.newPage();
    if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
    await page.setViewportSize({ width: options.width ?? 420, height: options.height ?? 900 });
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  return {
    context,
    worker,
    extensionId,
    tabIdOf,
    openExtensionPage,
    async openPopup(page, options = {}) {
      return openExtensionPage(`popup/popup.html?tabId=${await tabIdOf(page)}`, options);
    },
    async openToolbarPopup(page) {
      await page.bringToFront();
      await worker.evaluate(() => (globalThis as unknown as { chrome: ActionApi }).chrome.action.openPopup());
      return attachToolbarPopup(context, page, `chrome-extension://${extensionId}/popup/popup.html`);
    },
    close,
  };
}

/**
 * Playwright does not expose a toolbar popup as a Page: this finds its target and speaks to it
 * through the target's own protocol session, relayed by a CDP session of `page`.
 */
async function attachToolbarPopup(context: BrowserContext, page: Page, url: string): Promise<ToolbarPopup> {
  const cdp = await context.newCDPSession(page);
  const { targetId } = await retry(async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const popup = targetInfos.find((t) => t.type === 'page' && t.url === url);
    if (!popup) throw new Error('the toolbar popup did not open');
    return popup;
  });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  type Reply = { id: number; result?: { result?: { value?: unknown }; exceptionDetails?: { text: string } } };
  const pending = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  let lastId = 0;
  const call = (method: string, params: object) =>
    new Promise<Reply>((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, resolve);
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });
  return {
    async evaluate<T>(fn: () => T | Promise<T>) {
      const expression = `(${fn.toString()})()`;
      const { result } = await call('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (!result || result.exceptionDetails) throw new Error(result?.exceptionDetails?.text ?? 'no answer');
      return result.result?.value as T;
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
      await cdp.detach();
    },
  };
}

async function launchContext(options: { deviceScaleFactor: number; args: string[]; extensions: boolean }) {
  const profile = mkdtempSync(join(tmpdir(), 'newslens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    deviceScaleFactor: options.deviceScaleFactor,
    ignoreDefaultArgs: options.extensions ? ['--disable-extensions'] : [],
    args: options.args,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const GECKO_ID = 'newslens@newslens.example';
export const GECKO_UUID = '5b1c3a3e-6f0e-4f4e-9d59-6e3f3c5a7b21';

export interface FirefoxSession {
  browser: PBrowser;
  /** Opens the popup as a page for the tab showing `url`. */
  openPopup(url: string, options?: PageOptions): Promise<PPage>;
  /** The id of the tab whose content script reports `url`. */
  tabIdOf(url: string): Promise<number>;
  /** Opens a page of the extension, e.g. `options/options.html`, in a new tab. */
  openExtensionPage(path: string, options?: PageOptions & { deviceScaleFactor?: number }): Promise<PPage>;
  close(): Promise<void>;
}

/**
 * `extension`: the unpacked extension to install (default `dist/firefox`). `dark`: the whole browser
 * prefers a dark colour scheme (puppeteer cannot emulate media features in Firefox: that needs CDP).
 */
export async function launchFirefox({
  extension = join(root, 'dist/firefox'),
  dark = false,
}: { extension?: string; dark?: boolean } = {}): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'newslens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: GECKO_UUID }),
      'extensions.openPopupWithoutUserGesture.enabled': true,
      ...(dark ? { 'ui.systemUsesDarkTheme': 1 } : {}),
    },
  });
  await browser.installExtension(extension);
  const base = `moz-extension://${GECKO_UUID}`;
  const tabIdOf = async (url: string) => {
    // Ask each tab's content script where it is, from an extension page (no `tabs` permission).
    const probe = await browser.newPage();
    await gotoExtensionPage(probe, `${base}/popup/popup.html?probe=1`);
    try {
      return await retry(() =>
        probe.evaluate(async (target) => {
          const b = (globalThis as unknown as { browser: TabsApi }).browser;
          for (const tab of await b.tabs.query({})) {
            const state = await b.tabs.sendMessage(tab.id!, { type: 'page.state', payload: {} }).catch(() => null);
            if (state?.url === target) return tab.id!;
          }
          throw new Error(`no tab shows ${target}`);
        }, url),
      );
    } finally {
      await probe.close();
    }
  };
  const openExtensionPage = async (path: string, options: PageOptions & { deviceScaleFactor?: number } = {}) => {
    const page = await browser.newPage();
    await page.setViewport({
      width: options.width ?? 420,
      height: options.height ?? 900,
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
    });
    await gotoExtensionPage(page, `${base}/${path}`);
    return page;
  };
  return {
    browser,
    tabIdOf,
    openExtensionPage,
    async openPopup(url, options = {}) {
      return openExtensionPage(`popup/popup.html?tabId=${await tabIdOf(url)}`, options);
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** page.goto on moz-extension:// never resolves in Firefox: start it and poll until loaded. */
export async function gotoExtensionPage(page: PPage, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  await retry(async () => {
    const ready = await page.evaluate(() => [location.href, document.readyState]);
    if (ready[0] !== url || ready[1] !== 'complete') throw new Error(`still at ${ready[0]} (${ready[1]})`);
  });
}

/** Evaluate-and-retry: stable where waitForFunction races a navigation. */
export async function retry<T>(fn: () => Promise<T>, { timeout = 15_000, interval = 100 } = {}): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < end) {
    try {
      return await fn();
    } catch (e) {
      last = e;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
  throw last instanceof Error ? last : new Error(String(last));
}
