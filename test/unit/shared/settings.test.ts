import { describe, expect, it } from 'vitest';
import { activeKinds, defaults, migrate, readSettings, SETTINGS_VERSION, toStored } from '../../../src/shared/settings';

describe('settings', () => {
  it('falls back to the defaults for a missing or corrupted store', () => {
    expect(readSettings(undefined)).toEqual(defaults);
    expect(readSettings('garbage')).toEqual(defaults);
    expect(readSettings([1, 2])).toEqual(defaults);
  });

  it('keeps the valid parts of a partly corrupted store', () => {
    const s = readSettings({
      version: SETTINGS_VERSION,
      enabled: 'yes',
      kinds: { related: true, share: 'no', bogus: true },
      sites: { 'example.com': 'never', 'bad host!': 'always', 'news.example': 'sometimes' },
    });
    expect(s.enabled).toBe(true);
    expect(s.kinds).toEqual({ comments: true, newsletter: true, related: true, share: false });
    expect(s.sites).toEqual({ 'example.com': 'never' });
  });

  it('stores only what differs from the defaults', () => {
    expect(toStored(defaults)).toEqual({ version: SETTINGS_VERSION });
    const changed = {
      ...defaults,
      kinds: { ...defaults.kinds, share: true },
      sites: { 'a.example': 'always' as const },
    };
    expect(toStored(changed)).toEqual({
      version: SETTINGS_VERSION,
      kinds: { share: true },
      sites: { 'a.example': 'always' },
    });
    expect(readSettings(toStored(changed))).toEqual(changed);
  });

  it('migrates version 1 (a list of disabled hosts) to per-site modes', () => {
    expect(migrate({ version: 1, enabled: false, disabledSites: ['a.example', 7] })).toEqual({
      version: SETTINGS_VERSION,
      enabled: false,
      sites: { 'a.example': 'never' },
    });
    expect(readSettings({ disabledSites: ['b.example'] }).sites).toEqual({ 'b.example': 'never' });
  });

  it('decides the active kinds per site', () => {
    const s = { ...defaults, sites: { 'off.example': 'never' as const, 'on.example': 'always' as const } };
    expect(activeKinds(s, 'any.example')).toEqual(['comments', 'newsletter']);
    expect(activeKinds(s, 'off.example')).toEqual([]);
    expect(activeKinds({ ...s, enabled: false }, 'any.example')).toEqual([]);
    expect(activeKinds({ ...s, enabled: false }, 'on.example')).toEqual(['comments', 'newsletter']);
  });
});
