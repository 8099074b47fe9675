// The settings store of the extension: ./settings-storage.ts over the browser's storage (the only
// part that needs a browser; the logic is unit-tested with a fake storage object).

import browser from './platform';
import { createSettingsStore } from './settings-storage';
import type { Settings } from './settings';

const store = createSettingsStore(browser.storage);

export const loadSettings = (): Promise<Settings> => store.load();
/** Saves to storage.sync, falling back to storage.local (quota, disabled sync); null when neither took it. */
export const saveSettings = (settings: Settings) => store.save(settings);
export const updateSettings = (change: (s: Settings) => Settings): Promise<Settings> => store.update(change);
export const onSettingsChanged = (listener: (settings: Settings) => void): void => store.onChanged(listener);
