// The channel between the extension's pages, with Node's BroadcastChannel (the browsers' twin):
// requests reach their handler, replies reach the asker alone, anything malformed is ignored.
import { describe, expect, it, vi } from 'vitest';
import { askOnChannel, serveOnChannel } from '../../../src/shared/channel';
import type { Snapshot } from '../../../src/shared/messages';
import { Timeout } from '../../../src/shared/within';
import { closeChannelsAfterEach } from '../channels';

const snapshot: Snapshot = { html: '<p>Page</p>', url: 'https://news.example/a', blocks: [], mark: 'data-newslens-x' };
closeChannelsAfterEach();

describe('the extension pages’ channel', () => {
  it('answers a request with its handler’s reply, to the asker alone', async () => {
    const digest = vi.fn(async (s: Snapshot) => ({ title: s.url }) as never);
    serveOnChannel({ 'offscreen.digest': digest, 'offscreen.prepare': () => true });
    const [a, b] = await Promise.all([
      askOnChannel('offscreen.digest', snapshot, 1000),
      askOnChannel('offscreen.digest', { ...snapshot, url: 'https://news.example/b' }, 1000),
    ]);
    expect(a).toEqual({ title: 'https://news.example/a' });
    expect(b).toEqual({ title: 'https://news.example/b' });
    expect(await askOnChannel('offscreen.prepare', {}, 1000)).toBe(true);
  });

  it('a handler that throws answers null', async () => {
    serveOnChannel({
      'offscreen.digest': () => {
        throw new Error('no article');
      },
    });
    expect(await askOnChannel('offscreen.digest', snapshot, 1000)).toBeNull();
  });

  it('ignores what fails its validator, and what nobody handles: the asker times out', async () => {
    const digest = vi.fn(() => null);
    serveOnChannel({ 'offscreen.digest': digest });
    const bad = askOnChannel('offscreen.digest', { ...snapshot, blocks: 'all' as never }, 50);
    await expect(bad).rejects.toBeInstanceOf(Timeout);
    await expect(askOnChannel('offscreen.prepare', {}, 50)).rejects.toThrow('no answer to offscreen.prepare in 50 ms');
    const raw = new BroadcastChannel('newslens');
    raw.postMessage({ id: 'x', message: { type: 'offscreen.digest', payload: null } });
    raw.postMessage('offscreen.digest');
    await new Promise((r) => setTimeout(r, 50));
    expect(digest).not.toHaveBeenCalled();
  });
});
