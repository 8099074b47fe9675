// Settings in storage.sync (storage.local where sync is unavailable), read through readSettings so
// that a missing or corrupted store still yields working settings.

import browser from './platform';
import { readSettings, STORAGE_KEY, toStored, type Settings } from './settings';

async function area() {
  try {
    await browser.storage.sync.get(STORAGE_KEY);
    return browser.storage.sync;
  } catch {
    return browser.storage.local;
  }
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await (await area()).get(STORAGE_KEY);
    return readSettings(stored[STORAGE_KEY]);
  } catch {
    return readSettings(undefined);
  }
}

/** Saves settings; falls back to local storage when sync refuses (quota, disabled sync). */
export async function saveSettings(settings: Settings): Promise<void> {
  const value = { [STORAGE_KEY]: toStored(settings) };
  try {
    await browser.storage.sync.set(value);
  } catch {
    await browser.storage.local.set(value);
  }
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes) => {
    if (STORAGE_KEY in changes) listener(readSettings(changes[STORAGE_KEY]!.newValue));
  });
}
