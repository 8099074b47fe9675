// Settings: one defaults object, the type derived from it, ordered migrations, validation on read.
// Only what differs from the defaults is stored, so new defaults reach existing users.

import type { ClutterKind } from '../core/types';

export type SiteMode = 'always' | 'never';

export const defaults = {
  /** Hide clutter on every site unless a site says otherwise. */
  enabled: true,
  kinds: { comments: true, newsletter: true, related: false, share: false } as Record<ClutterKind, boolean>,
  /** Per-site override by host name; a host not listed follows `enabled`. */
  sites: {} as Record<string, SiteMode>,
};

export type Settings = typeof defaults;

export const SETTINGS_VERSION = 2;
export const STORAGE_KEY = 'settings';
/** Per-site entries read from a store; more than this is a corrupted or hostile store. */
export const MAX_SITES = 10_000;

/** Stored shape: a partial Settings plus the version it was written at. */
export type Stored = Partial<Settings> & { version?: number };

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] turns a version-n store into version n+1. Each has a case in settings.test.ts. */
export const migrations: Record<number, Migration> = {
  // Version 1 kept a list of disabled hosts; version 2 has a mode per host. A store whose version
  // number was lost is read as version 1, so per-site modes already there are kept.
  1: ({ disabledSites, sites, ...rest }) => ({
    ...rest,
    sites: {
      ...(isRecord(sites) ? sites : {}),
      ...Object.fromEntries(
        (Array.isArray(disabledSites) ? disabledSites.slice(0, MAX_SITES) : [])
          .filter((h) => typeof h === 'string')
          .map((h) => [h, 'never']),
      ),
    },
  }),
};

/**
 * Brings a stored value to the current version. A missing or invalid version (not a positive
 * integer) counts as 1; a newer version (written by a later release) is read as it is, keeping the
 * fields this release knows.
 */
export function migrate(raw: unknown): Record<string, unknown> {
  let value: Record<string, unknown> = isRecord(raw) ? { ...raw } : {};
  const stored = value.version;
  let version = typeof stored === 'number' && Number.isSafeInteger(stored) && stored >= 1 ? stored : 1;
  while (version < SETTINGS_VERSION) {
    const step = migrations[version];
    if (step) {
      try {
        value = step(value);
      } catch {
        // A migration that cannot read the old value leaves it to validation, which keeps what is valid.
      }
    }
    version++;
  }
  return { ...value, version: Math.max(version, SETTINGS_VERSION) };
}

/** Reads a stored value into full Settings: migrated, validated, invalid parts replaced by defaults. */
export function readSettings(raw: unknown): Settings {
  const value = migrate(raw);
  const kinds: Record<ClutterKind, boolean> = { ...defaults.kinds };
  if (isRecord(value.kinds)) {
    for (const kind of Object.keys(kinds) as ClutterKind[]) {
      const on = value.kinds[kind];
      if (typeof on === 'boolean') kinds[kind] = on;
    }
  }
  const sites: Record<string, SiteMode> = {};
  if (isRecord(value.sites)) {
    for (const [host, mode] of Object.entries(value.sites).slice(0, MAX_SITES)) {
      if ((mode === 'always' || mode === 'never') && isHost(host)) sites[host] = mode;
    }
  }
  return { enabled: typeof value.enabled === 'boolean' ? value.enabled : defaults.enabled, kinds, sites };
}

/** The part of `settings` that differs from the defaults, stamped with the current version. */
export function toStored(settings: Settings): Stored {
  const stored: Stored = { version: SETTINGS_VERSION };
  if (settings.enabled !== defaults.enabled) stored.enabled = settings.enabled;
  const kinds = Object.entries(settings.kinds).filter(([k, v]) => defaults.kinds[k as ClutterKind] !== v);
  if (kinds.length) stored.kinds = Object.fromEntries(kinds) as Settings['kinds'];
  if (Object.keys(settings.sites).length) stored.sites = settings.sites;
  return stored;
}

/** Whether hiding is switched on for `host`: its own mode, else the everywhere switch. */
export function siteEnabled(settings: Settings, host: string): boolean {
  const mode = settings.sites[host];
  return mode === 'always' || (mode !== 'never' && settings.enabled);
}

/** Whether clutter is hidden on `host`, and which kinds. */
export function activeKinds(settings: Settings, host: string): ClutterKind[] {
  return siteEnabled(settings, host)
    ? (Object.keys(settings.kinds) as ClutterKind[]).filter((k) => settings.kinds[k])
    : [];
}

/**
 * Switches hiding on `host`. A site switched to what the everywhere switch already says loses its
 * own entry, so the per-site list holds only real exceptions and follows later everywhere changes.
 */
export function withSite(settings: Settings, host: string, on: boolean): Settings {
  const sites = { ...settings.sites };
  if (on === settings.enabled) delete sites[host];
  else sites[host] = on ? 'always' : 'never';
  return { ...settings, sites };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isHost(host: string): boolean {
  return /^[a-z0-9.-]{1,253}(?::\d+)?$/i.test(host);
}
