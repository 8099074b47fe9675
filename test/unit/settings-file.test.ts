// Settings export and import: a round trip keeps everything; a bad file is refused with a reason
// a person can act on; a file with parts that make no sense is imported without them, and says so.

import { describe, expect, it } from 'vitest';
import { exportSettings, FORMAT, MAX_BYTES, parseSettingsFile } from '../../src/options/settings-file';
import { defaults, SETTINGS_VERSION, type Settings } from '../../src/shared/settings';

const custom: Settings = {
  enabled: false,
  kinds: { comments: true, newsletter: false, related: true, share: false },
  sites: { 'news.example.com': 'always', 'blog.example.org:8080': 'never' },
};

describe('export', () => {
  it('writes every setting with the format name and version, readable by a person', () => {
    const text = exportSettings(custom);
    expect(JSON.parse(text)).toEqual({ format: FORMAT, version: SETTINGS_VERSION, ...custom });
    expect(text).toContain('\n  "enabled": false');
  });

  it('round-trips through import unchanged', () => {
    expect(parseSettingsFile(exportSettings(custom))).toEqual({ ok: true, settings: custom, ignored: [] });
    expect(parseSettingsFile(exportSettings(defaults))).toEqual({ ok: true, settings: defaults, ignored: [] });
  });
});

describe('import refuses what is not newslens settings', () => {
  const error = (text: string) => {
    const result = parseSettingsFile(text);
    return result.ok ? null : result.error;
  };

  it('not JSON at all, with the parser’s words as detail', () => {
    const result = parseSettingsFile('{"enabled": tru');
    expect(result).toMatchObject({ ok: false, error: 'importNotJson' });
    expect(result.ok || result.detail).toBeTruthy();
    expect(error('')).toBe('importNotJson');
    expect(error('<html></html>')).toBe('importNotJson');
  });

  it('JSON that is not a settings object', () => {
    expect(error('[1, 2]')).toBe('importNotSettings');
    expect(error('"settings"')).toBe('importNotSettings');
    expect(error('null')).toBe('importNotSettings');
    expect(error('{"name": "my-package", "dependencies": {}}')).toBe('importNotSettings');
    expect(error('{"format": "other-extension", "enabled": true}')).toBe('importNotSettings');
    expect(error('{"version": "two", "enabled": true}')).toBe('importNotSettings');
  });

  it('a file from a newer version, rather than guessing at it', () => {
    expect(error(JSON.stringify({ format: FORMAT, version: SETTINGS_VERSION + 1, enabled: false }))).toBe(
      'importTooNew',
    );
  });

  it('a file far too large to be settings', () => {
    expect(error(`{"enabled": true, "x": "${'a'.repeat(MAX_BYTES)}"}`)).toBe('importTooBig');
  });
});

describe('import keeps what it understands', () => {
  it('drops invalid entries through readSettings and names them', () => {
    const file = {
      format: FORMAT,
      version: SETTINGS_VERSION,
      enabled: 'yes',
      kinds: { comments: false, ads: true, share: 'on' },
      sites: { 'news.example.com': 'never', 'bad host!': 'always', 'ok.example.com': 'sometimes' },
      theme: 'dark',
    };
    const result = parseSettingsFile(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings).toEqual({
      enabled: true,
      kinds: { ...defaults.kinds, comments: false },
      sites: { 'news.example.com': 'never' },
    });
    expect(result.ignored.sort()).toEqual(
      ['theme', 'enabled', 'kinds.ads', 'kinds.share', 'sites.bad host!', 'sites.ok.example.com'].sort(),
    );
  });

  it('a hand-written file without version or format is read as the current format', () => {
    const result = parseSettingsFile('\ufeff{"sites": {"news.example.com": "never"}}');
    expect(result).toEqual({
      ok: true,
      settings: { ...defaults, sites: { 'news.example.com': 'never' } },
      ignored: [],
    });
  });

  it('an old version-1 file is migrated', () => {
    const result = parseSettingsFile('{"version": 1, "disabledSites": ["old.example.com"]}');
    expect(result).toMatchObject({ ok: true, settings: { sites: { 'old.example.com': 'never' } } });
  });
});
