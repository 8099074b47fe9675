import { describe, expect, it } from 'vitest';
import { isEnvelope } from '../../../src/shared/messages';

describe('isEnvelope', () => {
  it('accepts the messages of the protocol table', () => {
    expect(isEnvelope({ type: 'page.snapshot', payload: {} })).toBe(true);
    expect(isEnvelope({ type: 'badge.set', payload: { count: 2 } })).toBe(true);
  });

  it('rejects anything else', () => {
    for (const m of [
      null,
      'page.snapshot',
      { type: 'page.snapshot' },
      { type: 'eval', payload: {} },
      { type: 'badge.set', payload: null },
    ]) {
      expect(isEnvelope(m)).toBe(false);
    }
  });
});
