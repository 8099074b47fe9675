import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEnvelope, MAX_PAGE_HTML, MAX_REVEAL_CHARS, senderAllowed } from '../../../src/shared/messages';

describe('isEnvelope', () => {
  it('accepts the messages of the protocol table', () => {
    expect(isEnvelope({ type: 'page.snapshot', payload: {} })).toBe(true);
    expect(isEnvelope({ type: 'page.state', payload: {} })).toBe(true);
    expect(isEnvelope({ type: 'badge.set', payload: { count: 2 } })).toBe(true);
    expect(isEnvelope({ type: 'badge.set', payload: { count: 0 } })).toBe(true);
    expect(isEnvelope({ type: 'page.showKind', payload: { kind: 'newsletter' } })).toBe(true);
    expect(isEnvelope({ type: 'page.reveal', payload: { text: 'A paragraph of the story.' } })).toBe(true);
    expect(
      isEnvelope({ type: 'style.set', payload: { insert: '[data-newslens-x="comments"] {}', remove: null } }),
    ).toBe(true);
  });

  it('rejects anything else', () => {
    for (const m of [
      null,
      'page.snapshot',
      { type: 'page.snapshot' },
      { type: 'eval', payload: {} },
      { type: 'badge.set', payload: null },
      { type: 'toString', payload: {} },
      { type: '__proto__', payload: {} },
      { type: 'page.snapshot', payload: [] },
    ]) {
      expect(isEnvelope(m)).toBe(false);
    }
  });

  it('validates each payload', () => {
    const bad = [
      { type: 'page.showKind', payload: { kind: 'ads' } },
      { type: 'page.showKind', payload: { kind: 'constructor' } },
      { type: 'page.showKind', payload: { kind: ['comments'] } },
      { type: 'page.showKind', payload: {} },
      { type: 'page.reveal', payload: { text: 42 } },
      { type: 'page.reveal', payload: { text: '' } },
      { type: 'page.reveal', payload: { text: 'x'.repeat(MAX_REVEAL_CHARS + 1) } },
      { type: 'badge.set', payload: { count: -1 } },
      { type: 'badge.set', payload: { count: 1.5 } },
      { type: 'badge.set', payload: { count: '3' } },
      { type: 'badge.set', payload: { count: Number.NaN } },
      { type: 'badge.set', payload: { count: Number.POSITIVE_INFINITY } },
      { type: 'page.snapshot', payload: { selector: 'body' } },
      { type: 'style.set', payload: { insert: 'x'.repeat(5000), remove: null } },
      { type: 'style.set', payload: { insert: {}, remove: null } },
      { type: 'style.set', payload: { insert: null } },
    ];
    for (const m of bad) expect(isEnvelope(m), JSON.stringify(m)).toBe(false);
    expect(isEnvelope({ type: 'page.reveal', payload: { text: 'x'.repeat(MAX_REVEAL_CHARS) } })).toBe(true);
    for (const type of ['clutter.detect', 'offscreen.detect']) {
      expect(isEnvelope({ type, payload: { html: '<p>Page</p>' } })).toBe(true);
      expect(isEnvelope({ type, payload: { html: 'x'.repeat(MAX_PAGE_HTML) } })).toBe(true);
      for (const html of [undefined, 42, ['<p>'], 'x'.repeat(MAX_PAGE_HTML + 1)])
        expect(isEnvelope({ type, payload: { html } }), `${type} ${typeof html}`).toBe(false);
    }
    const snapshot = { html: '<p>Page</p>', url: 'https://news.example/a', blocks: [], mark: 'data-newslens-x' };
    expect(isEnvelope({ type: 'offscreen.digest', payload: snapshot })).toBe(true);
    for (const wrong of [
      { html: 'x'.repeat(MAX_PAGE_HTML + 1) },
      { html: undefined },
      { url: null },
      { blocks: {} },
      { mark: 7 },
    ])
      expect(isEnvelope({ type: 'offscreen.digest', payload: { ...snapshot, ...wrong } })).toBe(false);
    expect(isEnvelope({ type: 'offscreen.prepare', payload: {} })).toBe(true);
    expect(isEnvelope({ type: 'offscreen.prepare', payload: { html: '' } })).toBe(false);
    expect(isEnvelope({ type: 'page.reveal', payload: { text: 'A paragraph.', hint: 'paragraph' } })).toBe(true);
    for (const hint of [42, '', 'x'.repeat(MAX_REVEAL_CHARS + 1), null])
      expect(isEnvelope({ type: 'page.reveal', payload: { text: 'A paragraph.', hint } })).toBe(false);
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.record({
          type: fc.oneof(
            fc.constantFrom('page.snapshot', 'page.state', 'page.showKind', 'page.reveal', 'style.set', 'badge.set'),
            fc.string(),
          ),
          payload: fc.anything(),
        }),
        (m) => {
          expect(typeof isEnvelope(m)).toBe('boolean');
        },
      ),
    );
    fc.assert(fc.property(fc.anything(), (m) => typeof isEnvelope(m) === 'boolean'));
  });
});

describe('senderAllowed', () => {
  const self = { id: 'our-id', origin: 'chrome-extension://our-id/' };
  const popup = { id: 'our-id', url: 'chrome-extension://our-id/popup/popup.html?tabId=3' };
  const content = { id: 'our-id', url: 'https://news.example/story', tab: { id: 3 } };

  it('takes page messages only from pages of this extension', () => {
    expect(senderAllowed('page.snapshot', popup, self)).toBe(true);
    expect(senderAllowed('page.showKind', { ...popup, tab: { id: 9 } }, self)).toBe(true);
    expect(senderAllowed('page.state', { id: 'our-id', url: 'chrome-extension://our-id/background.js' }, self)).toBe(
      true,
    );
    expect(senderAllowed('page.snapshot', content, self)).toBe(false);
    expect(senderAllowed('page.reveal', { id: 'our-id' }, self)).toBe(false);
    expect(senderAllowed('page.snapshot', { ...popup, id: 'other-extension' }, self)).toBe(false);
    expect(senderAllowed('page.snapshot', { id: 'our-id', url: 'chrome-extension://other/popup.html' }, self)).toBe(
      false,
    );
  });

  it('takes the badge count and the stylesheet only from a content script in a tab', () => {
    expect(senderAllowed('badge.set', content, self)).toBe(true);
    expect(senderAllowed('style.set', content, self)).toBe(true);
    expect(senderAllowed('style.set', popup, self)).toBe(false);
    expect(senderAllowed('badge.set', popup, self)).toBe(false);
    expect(senderAllowed('badge.set', { ...content, id: undefined }, self)).toBe(false);
    expect(senderAllowed('badge.set', { ...content, tab: { id: -1 } }, self)).toBe(false);
  });

  it('detects clutter for content scripts; the offscreen document answers the extension alone', () => {
    const background = { id: 'our-id', url: 'chrome-extension://our-id/background.js' };
    expect(senderAllowed('clutter.detect', content, self)).toBe(true);
    expect(senderAllowed('clutter.detect', popup, self)).toBe(false);
    expect(senderAllowed('offscreen.detect', background, self)).toBe(true);
    expect(senderAllowed('offscreen.detect', content, self)).toBe(false);
    expect(senderAllowed('offscreen.detect', { ...background, id: 'other-extension' }, self)).toBe(false);
  });
});
