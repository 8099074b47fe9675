// @vitest-environment jsdom
// The popup's glue without a browser: how the tab's answer (or silence) becomes a state, and how
// the App goes from loading to a digest, retries, and wires the view's actions.

/// <reference types="vite/client" />
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../src/shared/messages';
import { defaults } from '../../src/shared/settings';
import page from '../fixtures/seed-article.html?raw';
import { closeChannelsAfterEach } from './channels';
import { mount, text, type Mounted } from './render';

const sendToTab = vi.fn();
vi.mock('../../src/shared/messaging', () => ({ sendToTab: (...args: unknown[]) => sendToTab(...args) }));
/** Chrome's offscreen API when a test sets it; Firefox (none) by default. */
let offscreen: { createDocument: () => Promise<void> } | undefined;
vi.mock('../../src/shared/platform', () => ({
  default: { runtime: { openOptionsPage: vi.fn() } },
  get offscreen() {
    return offscreen;
  },
}));
const updateSettings = vi.fn(async (fn: (s: typeof defaults) => typeof defaults) => fn(defaults));
vi.mock('../../src/shared/settings-store', () => ({
  loadSettings: async () => defaults,
  onSettingsChanged: () => undefined,
  updateSettings: (fn: (s: typeof defaults) => typeof defaults) => updateSettings(fn),
}));

const { loadDigest } = await import('../../src/popup/load');
const { App } = await import('../../src/popup/App');

const URL = 'https://dailyledger.example/2021/12/31/biden-and-putins-serious-conversation/';
const state: PageState = { url: URL, host: 'dailyledger.example', blocks: [], hiddenKinds: [], shownKinds: [] };

beforeEach(() => {
  sendToTab.mockReset();
  offscreen = undefined;
});
closeChannelsAfterEach();

describe('loadDigest', () => {
  it('no tab: unreadable', async () => {
    expect(await loadDigest(null)).toEqual({ status: 'unreadable' });
  });

  it('no content script answers (browser pages, stores, PDFs): unreadable', async () => {
    sendToTab.mockImplementation(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await loadDigest(7)).toEqual({ status: 'unreadable' });
  });

  it('a page that never answers: an error to retry, not an endless spinner', async () => {
    sendToTab.mockReturnValue(new Promise(() => undefined));
    expect(await loadDigest(7, 20)).toEqual({ status: 'error', message: 'no answer from the page in 0.02 s' });
  });

  it('a snapshot: the digest of the page, with its state', async () => {
    sendToTab.mockResolvedValue({ html: page, state });
    const loaded = await loadDigest(7);
    expect(loaded.status).toBe('ready');
    if (loaded.status !== 'ready') return;
    expect(sendToTab).toHaveBeenCalledWith(7, 'page.snapshot', {});
    expect(loaded.digest.title).toBe('Biden and Putin’s serious conversation sets the tone for diplomacy');
    expect(loaded.digest.url).toBe(URL);
    expect(loaded.page).toBe(state);
  });

  it('takes the clutter the content script found on the live page, not a second detection', async () => {
    const block = { kind: 'related' as const, selector: '#more', text: 'More stories', rule: 'test', reason: 'test' };
    sendToTab.mockResolvedValue({ html: page, state: { ...state, blocks: [block] } });
    const loaded = await loadDigest(7);
    expect(loaded.status === 'ready' && loaded.digest.clutter).toEqual([block]);
  });

  it('leaves the blocks the content script marked out of the article, wherever the copy has them', async () => {
    const box =
      '<div data-newslens-t0k3n="newsletter"><p>Keep up with the Daily Ledger newsletter, every morning.</p></div>';
    const html = page.replace(/(<p>[^<]*Washington[^<]*<\/p>)/, `$1${box}`);
    expect(html).toContain(box);
    // Its selector names another place: the page moved the box after the content script found it.
    const block = { kind: 'newsletter' as const, selector: '#gone', text: 'Keep up', rule: 'test', reason: 'test' };
    sendToTab.mockResolvedValue({ html, state: { ...state, blocks: [block] }, mark: 'data-newslens-t0k3n' });
    const loaded = await loadDigest(7);
    expect(loaded.status === 'ready' && loaded.digest.text).toContain('non-starters by Washington.');
    expect(loaded.status === 'ready' && loaded.digest.text).not.toContain('Daily Ledger newsletter');
    // A mark name that is not ours is not used as a selector: the box stays in.
    sendToTab.mockResolvedValue({ html, state: { ...state, blocks: [block] }, mark: 'x], body, [y' });
    const unmarked = await loadDigest(7);
    expect(unmarked.status === 'ready' && unmarked.digest.text).toContain('Daily Ledger newsletter');
  });

  it('Chrome: the offscreen document makes the digest, with the pipeline it loaded as the page answered', async () => {
    offscreen = { createDocument: vi.fn(async () => undefined) };
    const { serveOnChannel } = await import('../../src/shared/channel');
    const { digestSnapshot } = await import('../../src/shared/snapshot-digest');
    const prepare = vi.fn(() => true as const);
    serveOnChannel({
      'offscreen.prepare': prepare,
      'offscreen.digest': async (snapshot) => ({ ...(await digestSnapshot(snapshot)), byline: 'made offscreen' }),
    });
    sendToTab.mockResolvedValue({ html: page, state, mark: 'data-newslens-t0k3n' });
    const loaded = await loadDigest(7);
    expect(offscreen.createDocument).toHaveBeenCalled();
    expect(prepare).toHaveBeenCalled();
    expect(loaded.status === 'ready' && loaded.digest).toMatchObject({ url: URL, byline: 'made offscreen' });
  });

  it('Chrome: an offscreen document that fails the digest, or is not there, leaves it to the popup', async () => {
    offscreen = { createDocument: vi.fn(async () => undefined) };
    const { serveOnChannel } = await import('../../src/shared/channel');
    serveOnChannel({
      'offscreen.prepare': () => true,
      'offscreen.digest': () => {
        throw new Error('crashed');
      },
    });
    sendToTab.mockResolvedValue({ html: page, state, mark: 'data-newslens-t0k3n' });
    const failed = await loadDigest(7);
    expect(failed.status === 'ready' && failed.digest.title).toBe(
      'Biden and Putin’s serious conversation sets the tone for diplomacy',
    );
  });

  it('Chrome: no offscreen document answers (closed, or not made): the popup digests, after waiting its time', async () => {
    offscreen = { createDocument: vi.fn(async () => undefined) };
    sendToTab.mockResolvedValue({ html: page, state, mark: 'data-newslens-t0k3n' });
    const loaded = await loadDigest(7);
    expect(loaded.status === 'ready' && loaded.digest.title).toBe(
      'Biden and Putin’s serious conversation sets the tone for diplomacy',
    );
  });

  it('an answer it cannot use (a content script of another version): an error with the reason', async () => {
    sendToTab.mockResolvedValue({ html: page, state: null });
    const loaded = await loadDigest(7);
    expect(loaded).toMatchObject({ status: 'error', message: expect.stringContaining('null') });
  });
});

describe('App', () => {
  let view: Mounted | null = null;
  afterEach(() => {
    view?.unmount();
    view = null;
  });
  const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

  it('shows loading, then what the load says; "Try again" loads again', async () => {
    const { digestHtml } = await import('../../src/node/digest-html');
    const digest = digestHtml(page, { url: URL });
    const load = vi
      .fn()
      .mockResolvedValueOnce({ status: 'unreadable' })
      .mockResolvedValueOnce({ status: 'ready', tabId: 7, digest, page: state });
    view = mount(<App load={load} />);
    expect(text(view.$('[role="status"]'))).toBe('Reading the article…');
    await settle();
    expect(text(view.$('h1'))).toBe('newslens can’t read this page');
    await view.click(view.byText('button', 'Try again'));
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(text(view.$('h1'))).toBe(digest.title);

    // The view's actions reach the tab and the settings.
    sendToTab.mockResolvedValue({ found: true });
    await view.click(view.$('.summary button')!);
    expect(sendToTab).toHaveBeenCalledWith(7, 'page.reveal', { text: digest.summary[0] });
    await view.click(view.byText('.clutter label', 'Hide clutter on this site').querySelector('input')!);
    expect(updateSettings).toHaveBeenCalled();
    const next = updateSettings.mock.results.at(-1)!.value as Promise<typeof defaults>;
    expect((await next).sites).toEqual({ 'dailyledger.example': 'never' });
  });
});
