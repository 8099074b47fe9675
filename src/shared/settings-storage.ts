// The settings store over any storage object shaped like `browser.storage`, so it is unit-tested
// with a fake (test/unit/shared/settings-store.test.ts); ./settings-store.ts binds it to the browser.
//
// Settings live in storage.sync, or in storage.local when sync refuses: sync is disabled (Firefox
// without sync, some enterprise policies), or a quota is hit (8 KB per item, which a few hundred
// per-site modes exceed, or too many writes a minute). Each save is stamped with `savedAt`, and a
// load reads both areas and takes the newer, so a save that fell back to local is not shadowed by
// an older sync copy. Loads never fail (defaults at worst); a save that no area takes reports it.

import { readSettings, STORAGE_KEY, toStored, type Settings } from './settings';

export interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface StorageLike {
  sync?: StorageAreaLike;
  local: StorageAreaLike;
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
  };
}

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Saves to sync, else to local; resolves to the area that took it, or null when none did. */
  save(settings: Settings): Promise<'sync' | 'local' | null>;
  /** Applies `change` to the stored settings and saves; resolves to the settings now stored. */
  update(change: (s: Settings) => Settings): Promise<Settings>;
  onChanged(listener: (settings: Settings) => void): void;
}

export function createSettingsStore(storage: StorageLike, now: () => number = Date.now): SettingsStore {
  async function read(area: StorageAreaLike | undefined): Promise<unknown> {
    if (!area) return undefined;
    try {
      return (await area.get(STORAGE_KEY))?.[STORAGE_KEY];
    } catch {
      return undefined;
    }
  }
  const savedAt = (v: unknown) => {
    const t = typeof v === 'object' && v !== null ? (v as { savedAt?: unknown }).savedAt : undefined;
    return typeof t === 'number' && Number.isFinite(t) ? t : 0;
  };

  async function load(): Promise<Settings> {
    const [sync, local] = await Promise.all([read(storage.sync), read(storage.local)]);
    return readSettings(local !== undefined && savedAt(local) > savedAt(sync) ? local : (sync ?? local));
  }

  async function save(settings: Settings): Promise<'sync' | 'local' | null> {
    const value = { [STORAGE_KEY]: { ...toStored(settings), savedAt: now() } };
    for (const name of ['sync', 'local'] as const) {
      const area = storage[name];
      if (!area) continue;
      try {
        await area.set(value);
        return name;
      } catch {
        // Quota, disabled sync, or a storage error: try the next area.
      }
    }
    return null;
  }

  // Updates from one context run one after another, so two quick clicks do not lose one.
  let queue: Promise<unknown> = Promise.resolve();
  function update(change: (s: Settings) => Settings): Promise<Settings> {
    const run = queue.then(async () => {
      const current = await load();
      const next = change(current);
      return (await save(next)) ? next : current;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  function onChanged(listener: (settings: Settings) => void): void {
    storage.onChanged.addListener((changes, areaName) => {
      if (!(STORAGE_KEY in changes) || (areaName !== 'sync' && areaName !== 'local')) return;
      load().then(listener, () => undefined);
    });
  }

  return { load, save, update, onChanged };
}
