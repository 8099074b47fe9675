import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../../src/shared/snapshot-digest');
  vi.resetModules();
});

describe('loadDigestCode', () => {
  it('loads the pipeline once per page, and again after a load that failed', async () => {
    let fail = true;
    const digestSnapshot = vi.fn();
    vi.doMock('../../../src/shared/snapshot-digest', () => {
      if (fail) throw new Error('the file is gone');
      return { digestSnapshot };
    });
    const { loadDigestCode } = await import('../../../src/shared/digest-code');
    await expect(loadDigestCode()).rejects.toThrow();
    fail = false;
    const first = loadDigestCode();
    expect(loadDigestCode()).toBe(first);
    expect((await first).digestSnapshot).toBe(digestSnapshot);
    expect(performance.getEntriesByName('newslens:code')).toHaveLength(1);
  });
});
