// The settings store over a fake storage object: sync preferred, local when sync refuses (quota,
// disabled), the newer copy wins on load, and nothing rejects.
import { describe, expect, it, vi } from 'vitest';
import { defaults, STORAGE_KEY, type Settings } from '../../../src/shared/settings';
import { createSettingsStore, type StorageAreaLike, type StorageLike } from '../../../src/shared/settings-storage';

class FakeArea implements StorageAreaLike {
  data: Record<string, unknown> = {};
  failGet: Error | null = null;
  failSet: Error | null = null;
  constructor(
    private name: string,
    private emit: (changes: Record<string, { newValue?: unknown }>, area: string) => void,
  ) {}
  async get(key: string) {
    if (this.failGet) throw this.failGet;
    return key in this.data ? { [key]: structuredClone(this.data[key]) } : {};
  }
  async set(items: Record<string, unknown>) {
    if (this.failSet) throw this.failSet;
    Object.assign(this.data, structuredClone(items));
    this.emit(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), this.name);
  }
}

function fakeStorage() {
  const listeners: ((c: Record<string, { newValue?: unknown }>, a: string) => void)[] = [];
  const emit = (c: Record<string, { newValue?: unknown }>, a: string) => listeners.forEach((l) => l(c, a));
  const sync = new FakeArea('sync', emit);
  const local = new FakeArea('local', emit);
  const storage: StorageLike = { sync, local, onChanged: { addListener: (l) => listeners.push(l) } };
  let t = 1_000;
  const store = createSettingsStore(storage, () => ++t);
  return { sync, local, storage, store, emit };
}

const quota = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
const off: Settings = { ...defaults, enabled: false };

describe('settings store', () => {
  it('reads defaults from empty storage and saves to sync', async () => {
    const { store, sync, local } = fakeStorage();
    expect(await store.load()).toEqual(defaults);
    expect(await store.save(off)).toBe('sync');
    expect(sync.data[STORAGE_KEY]).toMatchObject({ enabled: false, version: 2 });
    expect(local.data).toEqual({});
    expect(await store.load()).toEqual(off);
  });

  it('falls back to local on a quota error, and that newer copy wins over the old sync one', async () => {
    const { store, sync, local } = fakeStorage();
    await store.save(defaults);
    sync.failSet = quota;
    expect(await store.save(off)).toBe('local');
    expect(local.data[STORAGE_KEY]).toMatchObject({ enabled: false });
    expect(await store.load()).toEqual(off);
    // Sync takes writes again: the next save goes there and is the newest.
    sync.failSet = null;
    await store.save({ ...off, kinds: { ...off.kinds, share: true } });
    expect((await store.load()).kinds.share).toBe(true);
  });

  it('works with sync disabled or absent', async () => {
    const { store, sync } = fakeStorage();
    sync.failGet = new Error('sync is disabled');
    sync.failSet = new Error('sync is disabled');
    expect(await store.save(off)).toBe('local');
    expect(await store.load()).toEqual(off);
    const { local } = fakeStorage();
    const noSync = createSettingsStore({ local, onChanged: { addListener: () => undefined } });
    expect(await noSync.save(off)).toBe('local');
    expect(await noSync.load()).toEqual(off);
  });

  it('never rejects: a save no area takes reports null and update keeps the stored settings', async () => {
    const { store, sync, local } = fakeStorage();
    await store.save(off);
    sync.failSet = quota;
    local.failSet = new Error('QUOTA_BYTES quota exceeded');
    expect(await store.save(defaults)).toBeNull();
    await expect(store.update((s) => ({ ...s, enabled: true }))).resolves.toEqual(off);
    sync.failGet = new Error('broken');
    local.failGet = new Error('broken');
    await expect(store.load()).resolves.toEqual(defaults);
  });

  it('reads a corrupt store as defaults, keeping what is valid', async () => {
    const { store, sync } = fakeStorage();
    sync.data[STORAGE_KEY] = { version: 2, enabled: 'nope', kinds: { share: true, comments: 3 }, savedAt: 'x' };
    expect(await store.load()).toEqual({ ...defaults, kinds: { ...defaults.kinds, share: true } });
    sync.data[STORAGE_KEY] = 'garbage';
    expect(await store.load()).toEqual(defaults);
  });

  it('runs updates of one context in order, losing none', async () => {
    const { store } = fakeStorage();
    await Promise.all([
      store.update((s) => ({ ...s, sites: { ...s.sites, 'a.example': 'never' } })),
      store.update((s) => ({ ...s, sites: { ...s.sites, 'b.example': 'always' } })),
      store.update((s) => ({ ...s, enabled: false })),
    ]);
    expect(await store.load()).toEqual({ ...off, sites: { 'a.example': 'never', 'b.example': 'always' } });
  });

  it('an update whose change throws rejects that update only', async () => {
    const { store } = fakeStorage();
    await expect(
      store.update(() => {
        throw new Error('bad change');
      }),
    ).rejects.toThrow('bad change');
    await expect(store.update((s) => ({ ...s, enabled: false }))).resolves.toEqual(off);
  });

  it('tells listeners the settings now in force after a change in either area', async () => {
    const { store, sync, emit } = fakeStorage();
    const listener = vi.fn();
    store.onChanged(listener);
    await store.save(off);
    await vi.waitFor(() => expect(listener).toHaveBeenLastCalledWith(off));
    listener.mockClear();
    emit({ other: { newValue: 1 } }, 'sync');
    emit({ [STORAGE_KEY]: { newValue: {} } }, 'managed');
    await new Promise((r) => setTimeout(r, 10));
    expect(listener).not.toHaveBeenCalled();
    sync.failSet = quota;
    await store.save(defaults);
    await vi.waitFor(() => expect(listener).toHaveBeenLastCalledWith(defaults));
  });
});
