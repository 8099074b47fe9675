// Settings as a file: export writes every setting with the format's name and version; import reads
// a file back through readSettings (migrations, validation) and says clearly what is wrong with a
// file it cannot use, or what it left out of one it could.

import type { MessageKey } from '../shared/i18n';
import { defaults, migrate, readSettings, SETTINGS_VERSION, type Settings } from '../shared/settings';

export const FORMAT = 'newslens-settings';
/** Far more than any real settings file; a bigger file is something else. */
export const MAX_BYTES = 1_000_000;

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: FORMAT, version: SETTINGS_VERSION, ...settings }, null, 2)}\n`;
}

export type ImportResult =
  | { ok: true; settings: Settings; /** Entries that were not understood and were left out. */ ignored: string[] }
  | { ok: false; error: MessageKey; detail?: string };

const KNOWN = new Set(['format', 'version', ...Object.keys(defaults), 'disabledSites']);

export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_BYTES) return { ok: false, error: 'importTooBig' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    return { ok: false, error: 'importNotJson', detail: (e as Error).message };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'importNotSettings' };
  const value = raw as Record<string, unknown>;
  if ('format' in value && value.format !== FORMAT) return { ok: false, error: 'importNotSettings' };
  if (!Object.keys(value).some((k) => KNOWN.has(k) && k !== 'format')) return { ok: false, error: 'importNotSettings' };
  if (
    'version' in value &&
    (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1)
  )
    return { ok: false, error: 'importNotSettings' };
  if (typeof value.version === 'number' && value.version > SETTINGS_VERSION)
    return { ok: false, error: 'importTooNew' };

  // A hand-written file without a version is taken as the current format, unless it has the
  // version-1 list, which only the old format had.
  const versioned = 'version' in value ? value : { ...value, version: 'disabledSites' in value ? 1 : SETTINGS_VERSION };
  const settings = readSettings(versioned);
  return { ok: true, settings, ignored: ignoredEntries(migrate(versioned), settings) };
}

/** What readSettings dropped or replaced by a default, named the way the file names it. */
function ignoredEntries(value: Record<string, unknown>, settings: Settings): string[] {
  const ignored = Object.keys(value).filter((k) => !KNOWN.has(k));
  if ('enabled' in value && value.enabled !== settings.enabled) ignored.push('enabled');
  for (const [group, read] of [
    ['kinds', settings.kinds],
    ['sites', settings.sites],
  ] as const) {
    const given = value[group];
    if (given === undefined) continue;
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      ignored.push(group);
      continue;
    }
    for (const [key, v] of Object.entries(given)) {
      if ((read as Record<string, unknown>)[key] !== v) ignored.push(`${group}.${key}`);
    }
  }
  return ignored;
}
