// What the popup and options tests need from a page, the same for a Playwright (Chromium) and a
// Puppeteer (Firefox) page, so each check is written once and run in both browsers.

import { join } from 'node:path';
import { results, retry } from './browsers';

export interface Driver {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  evaluate(expression: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  keyboard: { press(key: string): Promise<void> };
}

export const driver = (page: unknown) => page as Driver;

/** Saves a full-page screenshot as test-results/NAME.png. */
export async function shoot(page: Driver, name: string): Promise<void> {
  await page.screenshot({ path: join(results, `${name}.png`), fullPage: true });
}

/** Waits until `selector` matches in the page (evaluate-and-retry: stable in both browsers). */
export async function waitFor(page: Driver, selector: string): Promise<void> {
  await retry(async () => {
    if (!(await page.evaluate((s) => Boolean(document.querySelector(s)), selector))) throw new Error(`no ${selector}`);
  });
}

/** Clicks, with a real pointer, the first element matching `selector` whose text includes `text`. */
export async function clickText(page: Driver, selector: string, text: string): Promise<void> {
  await retry(async () => {
    const found = await page.evaluate(
      ([s, t]) => {
        document.querySelector('[data-e2e-target]')?.removeAttribute('data-e2e-target');
        const el = [...document.querySelectorAll(s)].find((e) => e.textContent?.includes(t));
        el?.setAttribute('data-e2e-target', '');
        return Boolean(el);
      },
      [selector, text] as const,
    );
    if (!found) throw new Error(`no ${selector} with “${text}”`);
  });
  await page.click('[data-e2e-target]');
  await page.evaluate(() => document.querySelector('[data-e2e-target]')?.removeAttribute('data-e2e-target'));
}

/** What a reader sees of the first element matching `selector` (innerText, collapsed), or null. */
export function textOf(page: Driver, selector: string): Promise<string | null> {
  return page.evaluate(
    (s) => (document.querySelector(s) as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? null,
    selector,
  );
}

/** The slice of the extension API the tests call inside extension contexts (`chrome` or `browser`). */
export interface ExtensionApi {
  storage: {
    sync: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
  tabs: {
    create(props: { url: string; active?: boolean }): Promise<{ id?: number }>;
    remove(id: number): Promise<void>;
  };
}
