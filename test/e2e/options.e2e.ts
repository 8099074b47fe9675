// The options page end to end, in Chromium and Firefox: screenshots light and dark, axe-core, the
// shortcut from the commands API, the per-site list acting on storage, and import and export of
// settings files, good and bad. Screenshots and axe reports land in test-results/.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, serious } from './axe';
import { launchChromium, launchFirefox, results, retry, type ChromiumSession, type FirefoxSession } from './browsers';
import { clickText, driver, shoot, textOf, waitFor, type Driver, type ExtensionApi } from './driver';

const SITES = { 'news.example.com': 'never', 'longreads.example.org': 'always' };
const axeReport: Record<string, unknown> = {};
let files: string;

beforeAll(() => {
  files = mkdtempSync(join(tmpdir(), 'newslens-settings-'));
  writeFileSync(join(files, 'broken.json'), '{"enabled": false, "kinds": {');
  writeFileSync(
    join(files, 'good.json'),
    JSON.stringify({
      format: 'newslens-settings',
      version: 2,
      enabled: false,
      sites: { 'imported.example.net': 'always' },
      theme: 'x',
    }),
  );
});
afterAll(() => {
  rmSync(files, { recursive: true, force: true });
  writeFileSync(join(results, 'axe-options.json'), `${JSON.stringify(axeReport, null, 2)}\n`);
});

/** The stored settings, read in an extension page. */
function stored(page: Driver) {
  return page.evaluate(async () => {
    const api =
      (globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi }).browser ??
      (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    return ((await api.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
  });
}

function seed(page: Driver) {
  return page.evaluate(async (sites) => {
    const api =
      (globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi }).browser ??
      (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    await api.storage.sync.clear();
    await api.storage.sync.set({ settings: { version: 2, sites } });
  }, SITES);
}

async function expectAccessible(page: Driver, name: string) {
  const violations = await axeViolations(page);
  axeReport[name] = violations;
  expect(serious(violations), JSON.stringify(serious(violations), null, 2)).toEqual([]);
}

async function expectPage(page: Driver) {
  await waitFor(page, '.sites');
  expect(await textOf(page, 'h1')).toBe('newslens settings');
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll('.sites tbody tr')].map((tr) => [
      tr.querySelector('th')!.textContent,
      tr.querySelector('select')!.value,
    ]),
  );
  expect(rows).toEqual([
    ['longreads.example.org', 'always'],
    ['news.example.com', 'never'],
  ]);
  // The shortcut as the browser reports it, from manifest.json's suggested key.
  expect(await page.evaluate(() => [...document.querySelectorAll('.shortcut kbd')].map((k) => k.textContent))).toEqual([
    'Alt',
    'Shift',
    'L',
  ]);
}

/** Waits until the stored sites are `want` (key order aside: storage does not keep it). */
function untilSites(page: Driver, want: Record<string, string>) {
  const key = (o: unknown) => JSON.stringify(Object.entries((o ?? {}) as object).sort());
  return retry(async () => {
    const sites = (await stored(page)).sites;
    if (key(sites) !== key(want)) throw new Error(`sites ${JSON.stringify(sites)}`);
  });
}

async function expectSiteEditing(page: Driver, select: (selector: string, value: string) => Promise<unknown>) {
  await select('.sites tbody tr:nth-child(2) select', 'always');
  await untilSites(page, { 'news.example.com': 'always', 'longreads.example.org': 'always' });
  await clickText(page, '.sites button', 'Remove');
  await untilSites(page, { 'news.example.com': 'always' });
  expect(await page.evaluate(() => document.querySelectorAll('.sites tbody tr').length)).toBe(1);
}

async function expectImports(page: Driver, upload: (path: string) => Promise<void>, browser: string) {
  await upload(join(files, 'broken.json'));
  await waitFor(page, '.outcome.error');
  expect(await textOf(page, '[role="alert"]')).toContain('Nothing was imported. The file is not JSON');
  expect((await stored(page)).enabled).toBeUndefined(); // nothing changed
  await shoot(page, `options-${browser}-import-error`);
  await expectAccessible(page, `${browser}-import-error`);

  await upload(join(files, 'good.json'));
  await waitFor(page, '.outcome.ok');
  expect(await textOf(page, '.outcome')).toBe('Settings imported. Left out because they were not understood: theme.');
  const settings = await stored(page);
  expect(settings.enabled).toBe(false);
  expect(settings.sites).toEqual({ 'imported.example.net': 'always' });
  expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('.switch input')!.checked)).toBe(false);
}

describe('Chromium', () => {
  let session: ChromiumSession;
  let page: Page;
  beforeAll(async () => {
    session = await launchChromium();
    page = await session.openExtensionPage('options/options.html', { width: 760, height: 900 });
    await seed(driver(page));
    await page.reload();
  });
  afterAll(() => session.close());

  it('light and dark: screenshots, axe, the sites and the shortcut', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectPage(driver(page));
      await expectAccessible(driver(page), `chromium-${colorScheme}`);
      await shoot(driver(page), `options-chromium-${colorScheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('a site’s mode changes and a site is removed, in storage at once', async () => {
    await expectSiteEditing(driver(page), (selector, value) => page.selectOption(selector, value));
  });

  it('adds a site typed as an address', async () => {
    await page.fill('.add-site input', 'https://www.Example.com/some/story');
    await page.click('.add-site button');
    await retry(async () => {
      const sites = (await stored(driver(page))).sites as Record<string, string>;
      if (sites['www.example.com'] !== 'never') throw new Error(JSON.stringify(sites));
    });
  });

  it('export downloads every setting as JSON', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Export settings')]);
    expect(download.suggestedFilename()).toBe('newslens-settings.json');
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'newslens-settings', version: 2, enabled: true });
    expect(file.sites).toEqual({ 'news.example.com': 'always', 'www.example.com': 'never' });
  });

  it('import: a broken file is refused with a clear error; a good one is applied', async () => {
    await expectImports(driver(page), (path) => page.setInputFiles('input[type="file"]', path), 'chromium');
  });
});

describe('Firefox', () => {
  let session: FirefoxSession;
  let page: Driver;
  let raw: Awaited<ReturnType<FirefoxSession['openExtensionPage']>>;
  beforeAll(async () => {
    session = await launchFirefox();
    raw = await session.openExtensionPage('options/options.html', { width: 760, height: 900 });
    page = driver(raw);
    await seed(page);
    raw = await session.openExtensionPage('options/options.html', { width: 760, height: 900 });
    page = driver(raw);
  });
  afterAll(() => session.close());

  it('light: screenshot, axe, the sites and the shortcut', async () => {
    await expectPage(page);
    await expectAccessible(page, 'firefox-light');
    await shoot(page, 'options-firefox-light');
  });

  it('a site’s mode changes and a site is removed, in storage at once', async () => {
    await expectSiteEditing(page, (selector, value) => raw.select(selector, value));
  });

  it('import: a broken file is refused with a clear error; a good one is applied', async () => {
    await expectImports(
      page,
      async (path) => {
        const input = (await raw.$('input[type="file"]')) as ElementHandle<HTMLInputElement>;
        await input.uploadFile(path);
      },
      'firefox',
    );
  });
});

describe('Firefox, dark', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox({ dark: true });
  });
  afterAll(() => session.close());

  it('dark: screenshot and axe', async () => {
    let page = driver(await session.openExtensionPage('options/options.html', { width: 760, height: 900 }));
    await seed(page);
    page = driver(await session.openExtensionPage('options/options.html', { width: 760, height: 900 }));
    await expectPage(page);
    await expectAccessible(page, 'firefox-dark');
    await shoot(page, 'options-firefox-dark');
  });
});
