// @vitest-environment jsdom
// The late-widget watcher's hard budget: throttled rescans, disconnected after MAX_RESCANS or its
// lifetime, and stopped at once by the content script when its scan budget is spent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLateBlocks } from '../../../src/content/watch';

const add = () => document.body.append(document.createElement('div'));
/** Lets the MutationObserver deliver (a microtask), then runs the throttle timer. */
const settle = async () => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(600);
};

describe('watchLateBlocks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('rescans at most once per throttle window', async () => {
    const rescan = vi.fn();
    const stop = watchLateBlocks(document, rescan);
    for (let i = 0; i < 50; i++) add();
    await settle();
    expect(rescan).toHaveBeenCalledTimes(1);
    stop();
  });

  it('disconnects after 20 rescans, whatever the page keeps doing', async () => {
    const rescan = vi.fn();
    watchLateBlocks(document, rescan);
    for (let i = 0; i < 40; i++) {
      add();
      await settle();
    }
    expect(rescan).toHaveBeenCalledTimes(20);
  });

  it('disconnects after its lifetime', async () => {
    const rescan = vi.fn();
    watchLateBlocks(document, rescan);
    await vi.advanceTimersByTimeAsync(61_000);
    add();
    await settle();
    expect(rescan).not.toHaveBeenCalled();
  });

  it('stops at once when told to (the content script spent its scan budget)', async () => {
    const rescan = vi.fn();
    const stop = watchLateBlocks(document, rescan);
    add();
    stop();
    await settle();
    add();
    await settle();
    expect(rescan).not.toHaveBeenCalled();
  });

  it('ignores mutations that add nothing', async () => {
    const rescan = vi.fn();
    const stop = watchLateBlocks(document, rescan);
    document.body.setAttribute('data-x', '1');
    document.body.firstChild?.remove();
    await settle();
    expect(rescan).not.toHaveBeenCalled();
    stop();
  });
});
