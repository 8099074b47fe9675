// The content script's way of running the detector: the same steps as the pipeline's, in slices
// with pauses between them, its budget counted in work time.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { detectClutterSliced, detectClutterWithin } from '../../../src/core/clutter/budget';
import { parseHtml } from '../../../src/node/digest-html';
import { pause } from '../../../src/content/pause';

vi.setConfig({ testTimeout: 60_000 });

const seed = () =>
  parseHtml(readFileSync(new URL('../../fixtures/seed-article.html', import.meta.url), 'utf8'), 'https://example.com/');

/** A clock that moves only when told: each call of `now` advances it by `step` ms. */
function clock(step: number) {
  let t = 0;
  return () => (t += step);
}

describe('detectClutterSliced', () => {
  it('finds exactly what the one-go detection finds, pausing between slices', async () => {
    const whole = detectClutterWithin(seed());
    expect(whole.matches.map((m) => m.kind)).toEqual(expect.arrayContaining(['comments', 'newsletter']));
    let pauses = 0;
    const slices: [number, number][] = [];
    const sliced = await detectClutterSliced(
      seed(),
      {},
      {
        sliceMs: 0,
        pause: async () => void pauses++,
        onSlice: (start, end) => slices.push([start, end]),
      },
    );
    expect(sliced).toEqual(whole);
    expect(pauses).toBeGreaterThan(3);
    expect(slices).toHaveLength(pauses + 1);
  });

  it('counts work, not pauses, against its budget', async () => {
    let t = 0;
    const now = () => t;
    // Each pause lasts a second of wall-clock time; the work itself takes none.
    const result = await detectClutterSliced(
      seed(),
      { timeMs: 100 },
      { sliceMs: 0, now, pause: async () => void (t += 1000) },
    );
    expect(result.limits).not.toContain('clutter-budget');
    expect(result.matches.length).toBeGreaterThan(0);
  });

  it('skips the phases left once the work exceeds the budget', async () => {
    const whole = detectClutterWithin(seed()).matches;
    // Every reading of the clock finds one more millisecond of work done.
    const late = await detectClutterSliced(
      seed(),
      { timeMs: 4 },
      { sliceMs: 1000, now: clock(1), pause: async () => {} },
    );
    expect(late.limits).toContain('clutter-budget');
    expect(late.matches.length).toBeLessThan(whole.length);
  });

  it('drops a scan whose slices add up to twice the budget', async () => {
    const result = await detectClutterSliced(
      seed(),
      { timeMs: 5 },
      { sliceMs: 1, now: clock(20), pause: async () => {} },
    );
    expect(result).toEqual({ matches: [], limits: ['clutter-budget'] });
  });

  it('does not scan a page above the element bound', async () => {
    const result = await detectClutterSliced(seed(), { maxElements: 3 }, { sliceMs: 5, pause: async () => {} });
    expect(result).toEqual({ matches: [], limits: ['clutter-budget'] });
  });
});

describe('pause', () => {
  it('resolves in order, on later tasks, without a scheduler', async () => {
    const order: string[] = [];
    const done = Promise.all([pause().then(() => order.push('a')), pause().then(() => order.push('b'))]);
    order.push('sync');
    await done;
    expect(order).toEqual(['sync', 'a', 'b']);
  });
});
