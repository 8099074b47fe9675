// The bench's compare mode (scripts/bench/report.mjs) sets a run's figures against a saved one's:
// the popup's only against runs that opened it the same way.

import { describe, expect, it } from 'vitest';
import { compare } from '../../scripts/bench/report.mjs';

const stat = (v: number) => ({ n: 1, median: v, p95: v, max: v });

/** A Chromium run whose figures are all 1 but the popup's rendered time. */
function run(openedIn: 'toolbar' | 'tab' | undefined, rendered: number) {
  return {
    chromium: {
      load: {
        total: stat(1),
        firstRun: stat(1),
        detect: stat(1),
        offThread: stat(1),
        hiddenAfter: stat(1),
        settings: stat(1),
      },
      longTasks: { causedByExtension: 0, withExtension: 0 },
      popup: {
        openedIn,
        snapshot: stat(1),
        digest: stat(1),
        rendered: stat(rendered),
        pageSnapshot: stat(1),
        pageLongTasks: rendered >= 250 ? [['slow-page', 60]] : [],
      },
      seed: null,
      memory: { blankPage: stat(1), pages: stat(1), extensionAfterDigests: 1 },
    },
  };
}

const popupRows = (rows: { label: string }[]) => rows.filter((r) => r.label.includes('popup'));

describe('compare', () => {
  it('sets the toolbar popup against a run that opened it the same way', () => {
    const rows = compare(run('toolbar', 250), run('toolbar', 200));
    expect(rows.find((r) => r.label === 'chromium: popup: digest rendered, p95')).toMatchObject({
      baseline: 250,
      now: 200,
      change: -50,
    });
    expect(rows.find((r) => r.label === 'chromium: load-time work, median')).toMatchObject({ change: 0 });
    // The page's long tasks at the click are the page's, however the popup was opened.
    expect(rows.find((r) => r.label === 'chromium: the page at a click: long tasks')).toMatchObject({
      baseline: 1,
      now: 0,
    });
  });

  it('sets no popup figure against a run that opened the popup in a tab', () => {
    // Runs before the option have no `openedIn`: they opened it in a tab.
    expect(popupRows(compare(run(undefined, 300), run('toolbar', 200)))).toEqual([]);
    expect(popupRows(compare(run('tab', 300), run('tab', 200))).map((r) => r.label)).toContain(
      'chromium: popup in a tab: digest rendered, p95',
    );
  });
});
