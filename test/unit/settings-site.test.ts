// The per-site switch: a site's own entry exists only while it differs from "all sites".

import { describe, expect, it } from 'vitest';
import { activeKinds, defaults, siteEnabled, withSite, type Settings } from '../../src/shared/settings';

describe('withSite', () => {
  it('switching a site off while all sites are on adds a "never" entry; on again removes it', () => {
    const off = withSite(defaults, 'a.example', false);
    expect(off.sites).toEqual({ 'a.example': 'never' });
    expect(siteEnabled(off, 'a.example')).toBe(false);
    const on = withSite(off, 'a.example', true);
    expect(on.sites).toEqual({});
    expect(siteEnabled(on, 'a.example')).toBe(true);
  });

  it('switching a site on while all sites are off adds an "always" entry', () => {
    const everywhereOff: Settings = { ...defaults, enabled: false };
    const on = withSite(everywhereOff, 'b.example', true);
    expect(on.sites).toEqual({ 'b.example': 'always' });
    expect(activeKinds(on, 'b.example')).toEqual(['comments', 'newsletter']);
    expect(activeKinds(on, 'c.example')).toEqual([]);
  });

  it('leaves other sites and settings alone and does not mutate its input', () => {
    const start: Settings = { ...defaults, sites: { 'x.example': 'always' } };
    const next = withSite(start, 'y.example', false);
    expect(next.sites).toEqual({ 'x.example': 'always', 'y.example': 'never' });
    expect(start.sites).toEqual({ 'x.example': 'always' });
  });
});
