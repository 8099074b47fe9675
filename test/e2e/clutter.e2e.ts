// Clutter on the live page, in Chromium and Firefox: the comment form and the newsletter box are
// hidden, every article paragraph stays visible, a page's own !important rules cannot show a
// hidden block, a widget that arrives two seconds after load is hidden, and switching off from the
// popup restores the page exactly (the same DOM but for our marker attributes).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, retry, type ChromiumSession, type FirefoxSession } from './browsers';
import { serveFixtures, type FixtureServer } from './server';

/** What the tests read from a page, in the page: visibility by computed style, and its DOM. */
const probe = (selectors: string[]) => {
  const visible = (s: string) => [...document.querySelectorAll(s)].map((el) => el.checkVisibility());
  const dom = document.documentElement.outerHTML.replace(/ data-newslens-[a-z0-9]+="\w+"/g, '');
  return { ...Object.fromEntries(selectors.map((s) => [s, visible(s)])), dom } as Record<string, boolean[]> & {
    dom: string;
  };
};
const SEED = ['#respond', '.newsletter-box', '.entry-content p', '.related-posts'];
const LATE = ['#comments', '#disqus_thread', 'article p'];
/** Keeps a copy of the DOM as the page built it, before any content script ran. */
const KEEP_ORIGINAL = `document.addEventListener('DOMContentLoaded', () => { window.__original = document.documentElement.outerHTML; });`;

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server.close());

type Probe = Awaited<ReturnType<typeof probe>>;
type Reader = (selectors: string[]) => Promise<Probe>;
type Step = { read: Reader; original: () => Promise<string>; switchOff: () => Promise<void> };

async function expectSeedHidden(read: Reader) {
  const p = await retry(async () => {
    const p = await read(SEED);
    if (p['#respond']![0]) throw new Error('comment form still visible');
    return p;
  });
  expect(p['.newsletter-box']).toEqual([false]);
  expect(p['.entry-content p']!.length).toBeGreaterThan(10);
  expect(p['.entry-content p']!.every(Boolean)).toBe(true);
  // Related lists are off by default.
  expect(p['.related-posts']!.every(Boolean)).toBe(true);
}

async function expectSwitchOffRestores({ read, original, switchOff }: Step) {
  await switchOff();
  const p = await retry(async () => {
    const p = await read(SEED);
    if (!p['#respond']![0]) throw new Error('comment form still hidden');
    return p;
  });
  expect(p['.newsletter-box']).toEqual([true]);
  expect(p.dom).toBe(await original());
}

async function expectLateWidgetHidden(read: Reader) {
  const p = await retry(
    async () => {
      const p = await read(LATE);
      if (p['#disqus_thread']!.length === 0 || p['#disqus_thread']![0]) throw new Error('no hidden widget yet');
      return p;
    },
    { timeout: 10_000 },
  );
  expect(p['#comments']).toEqual([false]);
  expect(p['article p']!.every(Boolean)).toBe(true);
}

describe('Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(() => session.close());

  // First: the next test switches hiding off for this host, in storage that both tests share.
  it('hides a comment widget injected two seconds after load, against the page’s !important rules', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('late-widget.html'));
    await expectLateWidgetHidden((s) => page.evaluate(probe, s));
  });

  it('hides comments and the newsletter box, never the article; switching off restores the page', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(KEEP_ORIGINAL);
    await page.goto(server.url('seed-article.html'));
    const read: Reader = (s) => page.evaluate(probe, s);
    await expectSeedHidden(read);
    const popup = await session.openPopup(page);
    await expectSwitchOffRestores({
      read,
      original: () => page.evaluate(() => (window as unknown as { __original: string }).__original),
      switchOff: () => popup.getByLabel(/Hide clutter on this site/).uncheck(),
    });
  });
});

describe('Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(() => session.close());

  // First: the next test switches hiding off for this host, in storage that both tests share.
  it('hides a comment widget injected two seconds after load, against the page’s !important rules', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('late-widget.html'));
    await expectLateWidgetHidden((s) => page.evaluate(probe, s));
  });

  it('hides comments and the newsletter box, never the article; switching off restores the page', async () => {
    const url = server.url('seed-article.html');
    const page = await session.browser.newPage();
    await page.evaluateOnNewDocument(KEEP_ORIGINAL);
    await page.goto(url);
    const read: Reader = (s) => page.evaluate(probe, s);
    await expectSeedHidden(read);
    const popup = await session.openPopup(url);
    await expectSwitchOffRestores({
      read,
      original: () => page.evaluate(() => (window as unknown as { __original: string }).__original),
      switchOff: async () => {
        const box = await retry(async () => {
          const handle = await popup.$('.clutter input[type=checkbox]');
          if (!handle) throw new Error('no site switch yet');
          return handle;
        });
        await box.click();
      },
    });
  });
});
