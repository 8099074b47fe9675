// End to end in Chromium and Firefox: the built extension loaded in the browser, a fixture news
// page served from 127.0.0.1, the content script hides its clutter, and the popup opened for the
// article's tab shows the digest's headline and summary. Screenshots go to test-results/.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, results, retry, type ChromiumSession, type FirefoxSession } from './browsers';
import { serveFixtures, type FixtureServer } from './server';

const HEADLINE = 'Biden and Putin’s serious conversation sets the tone for diplomacy';
const LEAD = 'Presidents Joe Biden of the United States and Vladimir Putin of Russia exchanged threats';

/** Whether the popup's styles apply: they are written into its page (see vite.config.ts). */
const styled = () => ({
  theme: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() !== '',
  padding: getComputedStyle(document.querySelector('main')!).paddingLeft,
});
const STYLED = { theme: true, padding: '16px' };

/** The French fixture's "samedi", published Thursday 12 March 2026: the Saturday before. */
const SAMEDI = '.timeline time[datetime="2026-03-07"]';
const samedi = (selector: string) =>
  document.querySelector(selector)?.parentElement?.querySelector('.what')?.textContent ?? null;

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server.close());

describe('Chromium', () => {
  let session: ChromiumSession;
  let article: Page;
  beforeAll(async () => {
    session = await launchChromium();
    article = await session.context.newPage();
    await article.goto(server.url('seed-article.html'));
  });
  afterAll(() => session.close());

  it('hides the comment form and keeps every article paragraph visible', async () => {
    // checkVisibility() reads the computed style of the element and its ancestors.
    await article.waitForFunction(() => !document.querySelector('#respond')!.checkVisibility());
    const visible = await article.$$eval('.entry-content p', (ps) => ps.map((p) => p.checkVisibility()));
    expect(visible.length).toBeGreaterThan(10);
    expect(visible.every(Boolean)).toBe(true);
  });

  it('shows the digest of the article tab in the popup', async () => {
    const popup = await session.openPopup(article);
    await popup.waitForSelector('main h1');
    expect(await popup.textContent('main h1')).toBe(HEADLINE);
    expect(await popup.textContent('.summary')).toContain(LEAD);
    expect(await popup.evaluate(styled)).toEqual(STYLED);
    await popup.screenshot({ path: join(results, 'popup-chromium.png'), fullPage: true });
  });

  it('the toolbar popup finds the active tab and shows its digest', async () => {
    const popup = await session.openToolbarPopup(article);
    try {
      const shown = await retry(async () => {
        const view = await popup.evaluate(() => ({
          url: location.href,
          headline: document.querySelector('main h1')?.textContent ?? null,
          summary: document.querySelector('.summary')?.textContent ?? '',
        }));
        if (view.headline === null) throw new Error('no digest yet');
        return view;
      });
      // No ?tabId: the popup asked which tab is active, as it does when the button is clicked.
      expect(new URL(shown.url).search).toBe('');
      expect(shown.headline).toBe(HEADLINE);
      expect(shown.summary).toContain(LEAD);
      expect(await popup.evaluate(styled)).toEqual(STYLED);
    } finally {
      await popup.close();
    }
  });

  it('reads the dates of a French article with the French date parser, loaded for it', async () => {
    const french = await session.context.newPage();
    await french.goto(server.url('french-article.html'));
    const popup = await session.openPopup(french);
    await popup.waitForSelector(SAMEDI);
    expect(await popup.evaluate(samedi, SAMEDI)).toBe('samedi');
  });
});

describe('Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(() => session.close());

  it('hides clutter and shows the digest in the popup', async () => {
    const url = server.url('seed-article.html');
    const article = await session.browser.newPage();
    await article.goto(url);
    await retry(async () => {
      const visible = await article.evaluate(() => document.querySelector('#respond')!.checkVisibility());
      if (visible) throw new Error('comment form still visible');
    });
    const paragraphs = await article.evaluate(() =>
      [...document.querySelectorAll('.entry-content p')].map((p) => p.checkVisibility()),
    );
    expect(paragraphs.every(Boolean)).toBe(true);

    const popup = await session.openPopup(url);
    const headline = await retry(async () => {
      const text = await popup.evaluate(() => document.querySelector('main h1')?.textContent ?? null);
      if (!text) throw new Error('no headline yet');
      return text;
    });
    expect(headline).toBe(HEADLINE);
    expect(await popup.evaluate(() => document.querySelector('.summary')?.textContent)).toContain(LEAD);
    expect(await popup.evaluate(styled)).toEqual(STYLED);
    await popup.screenshot({ path: join(results, 'popup-firefox.png'), fullPage: true });
  });

  it('reads the dates of a French article with the French date parser, loaded for it', async () => {
    const url = server.url('french-article.html');
    const french = await session.browser.newPage();
    await french.goto(url);
    const popup = await session.openPopup(url);
    await retry(async () => {
      if (!(await popup.evaluate(samedi, SAMEDI))) throw new Error('no date yet');
    });
    expect(await popup.evaluate(samedi, SAMEDI)).toBe('samedi');
  });
});
