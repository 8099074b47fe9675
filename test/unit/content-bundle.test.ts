// The content script runs on every page the user opens: it must stay small and must never carry
// the analysis libraries, which run on click in the popup. Builds it in memory (no prior build
// needed) and checks what went in. `npm run bench` reports the same figures.

import { describe, expect, it } from 'vitest';
import { buildContentBundle, HEAVY } from '../../scripts/bench/content-bundle.mjs';

const BUDGET = 80 * 1024;

describe('content script bundle', () => {
  it('stays within 80 KB minified and bundles no analysis library', { timeout: 120_000 }, async () => {
    const bundle = await buildContentBundle();
    expect(bundle.bytes).toBeGreaterThan(0);
    expect(bundle.bytes, `content script is ${bundle.bytes} bytes`).toBeLessThanOrEqual(BUDGET);
    for (const heavy of HEAVY) expect(bundle.packages).not.toContain(heavy);
  });
});
