import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeKinds,
  defaults,
  MAX_SITES,
  migrate,
  migrations,
  readSettings,
  SETTINGS_VERSION,
  toStored,
  type Settings,
} from '../../../src/shared/settings';

/**
 * One case per migration: a store as version `from` wrote it, and what readSettings makes of it.
 * A new migration without a case here fails the test below.
 */
const MIGRATION_CASES: Record<number, { stored: unknown; read: Partial<Settings> }[]> = {
  1: [
    {
      stored: { version: 1, enabled: false, disabledSites: ['a.example', 'b.example:8080'] },
      read: { enabled: false, sites: { 'a.example': 'never', 'b.example:8080': 'never' } },
    },
    // Version 1 before it was stamped: no version field at all.
    { stored: { disabledSites: ['c.example'] }, read: { sites: { 'c.example': 'never' } } },
    // Corrupt list entries are dropped, the rest kept.
    {
      stored: { version: 1, disabledSites: ['d.example', 7, null, 'bad host!'] },
      read: { sites: { 'd.example': 'never' } },
    },
    { stored: { version: 1, disabledSites: 'x.example' }, read: { sites: {} } },
  ],
};

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

  it('has a test case for every migration', () => {
    for (const from of Object.keys(migrations).map(Number)) {
      expect(MIGRATION_CASES[from], `migration ${from}→${from + 1} needs a case`).toBeDefined();
      for (const { stored, read } of MIGRATION_CASES[from]!) {
        expect(readSettings(stored)).toEqual({ ...defaults, ...read });
      }
    }
  });

  it('reads a lost or invalid version as 1 without losing per-site modes', () => {
    for (const version of ['2', null, -1, 0, 1.5, -1e308, 1e308, Number.NaN, Number.NEGATIVE_INFINITY]) {
      const s = readSettings({ version, sites: { 'keep.example': 'always' }, disabledSites: ['off.example'] });
      expect(s.sites).toEqual({ 'keep.example': 'always', 'off.example': 'never' });
    }
  });

  it('reads a store from a newer release, keeping the fields it knows', () => {
    const s = readSettings({ version: SETTINGS_VERSION + 5, enabled: false, futureField: { x: 1 } });
    expect(s).toEqual({ ...defaults, enabled: false });
    expect(migrate({ version: 99 }).version).toBe(99);
  });

  it('bounds the per-site entries it reads', () => {
    const sites = Object.fromEntries(Array.from({ length: MAX_SITES + 50 }, (_, i) => [`h${i}.example`, 'never']));
    expect(Object.keys(readSettings({ version: SETTINGS_VERSION, sites }).sites)).toHaveLength(MAX_SITES);
  });

  it('never throws on any stored value and always yields valid settings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            version: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(undefined)),
            enabled: fc.anything(),
            kinds: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())),
            sites: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.constantFrom('always', 'never', 'x', 1))),
            disabledSites: fc.anything(),
          }),
        ),
        (raw) => {
          const s = readSettings(raw);
          expect(typeof s.enabled).toBe('boolean');
          expect(Object.keys(s.kinds).sort()).toEqual(Object.keys(defaults.kinds).sort());
          for (const on of Object.values(s.kinds)) expect(typeof on).toBe('boolean');
          for (const mode of Object.values(s.sites)) expect(['always', 'never']).toContain(mode);
          expect(Object.getPrototypeOf(s.sites)).toBe(Object.prototype);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads back exactly what it stored', () => {
    const host = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,30}$/);
    fc.assert(
      fc.property(
        fc.record({
          enabled: fc.boolean(),
          kinds: fc.record({
            comments: fc.boolean(),
            newsletter: fc.boolean(),
            related: fc.boolean(),
            share: fc.boolean(),
          }),
          sites: fc.dictionary(host, fc.constantFrom('always' as const, 'never' as const)),
        }),
        (settings) => {
          expect(readSettings(JSON.parse(JSON.stringify(toStored(settings))))).toEqual(settings);
        },
      ),
    );
  });

  it('decides the active kinds per site', () => {
    const s = { ...defaults, sites: { 'off.example': 'never' as const, 'on.example': 'always' as const } };
    expect(activeKinds(s, 'any.example')).toEqual(['comments', 'newsletter']);
    expect(activeKinds(s, 'off.example')).toEqual([]);
    expect(activeKinds({ ...s, enabled: false }, 'any.example')).toEqual([]);
    expect(activeKinds({ ...s, enabled: false }, 'on.example')).toEqual(['comments', 'newsletter']);
  });
});
