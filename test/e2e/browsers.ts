// Launches Debian's Chromium and Firefox ESR with the built extension loaded, the way
// ../shared/docs/browser-testing.md records that works on this machine.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PBrowser, type Page as PPage } from 'puppeteer-core';

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

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens the popup as a page for the tab showing `page`. */
  openPopup(page: Page, options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'newslens-chromium-'));
  const extension = join(root, 'dist/chrome');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async openPopup(page, options = {}) {
      await page.bringToFront();
      const tabId = await worker.evaluate(async () => {
        const [tab] = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.query({
          active: true,
          lastFocusedWindow: true,
        });
        return tab?.id;
      });
      const popup = await context.newPage();
      if (options.colorScheme) await popup.emulateMedia({ colorScheme: options.colorScheme });
      await popup.setViewportSize({ width: 420, height: 900 });
      await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tabId=${tabId}`);
      return popup;
    },
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
  openPopup(url: string): Promise<PPage>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
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
    },
  });
  await browser.installExtension(join(root, 'dist/firefox'));
  return {
    browser,
    async openPopup(url) {
      const popup = await browser.newPage();
      await popup.setViewport({ width: 420, height: 900 });
      // Find the article's tab: ask each tab's content script where it is (no `tabs` permission).
      const base = `moz-extension://${GECKO_UUID}/popup/popup.html`;
      await gotoExtensionPage(popup, `${base}?probe=1`);
      const tabId = await retry(() =>
        popup.evaluate(async (target) => {
          const b = (globalThis as unknown as { browser: TabsApi }).browser;
          for (const tab of await b.tabs.query({})) {
            const state = await b.tabs.sendMessage(tab.id!, { type: 'page.state', payload: {} }).catch(() => null);
            if (state?.url === target) return tab.id;
          }
          throw new Error(`no tab shows ${target}`);
        }, url),
      );
      await gotoExtensionPage(popup, `${base}?tabId=${tabId}`);
      return popup;
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
