// The options page's glue: settings from storage (kept live), the shortcut from the commands API,
// export as a download and import through ./settings-file.ts.

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { setTranslator, t } from '../shared/i18n';
import browser from '../shared/platform';
import { defaults, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings, updateSettings } from '../shared/settings-store';
import { Options, type ImportStatus, type OptionsActions } from './Options';
import { exportSettings, parseSettingsFile } from './settings-file';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs), browser.i18n.getUILanguage());
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');

const COMMAND = 'toggle-site';

function Page() {
  const [settings, setSettings] = useState<Settings>(defaults);
  const [loaded, setLoaded] = useState(false);
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  const [importStatus, setImportStatus] = useState<ImportStatus | null>(null);

  useEffect(() => {
    onSettingsChanged(setSettings);
    loadSettings().then((s) => {
      setSettings(s);
      setLoaded(true);
    });
    browser.commands.getAll().then(
      (commands) => setShortcut(commands.find((c) => c.name === COMMAND)?.shortcut ?? ''),
      () => setShortcut(''),
    );
  }, []);

  const change = (fn: (s: Settings) => Settings) => {
    updateSettings(fn).then(setSettings, () => undefined);
  };
  const actions: OptionsActions = {
    setEverywhere: (on) => change((s) => ({ ...s, enabled: on })),
    setKind: (kind, on) => change((s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } })),
    setSite: (host, mode) => change((s) => ({ ...s, sites: { ...s.sites, [host]: mode } })),
    removeSite: (host) =>
      change((s) => {
        const sites = { ...s.sites };
        delete sites[host];
        return { ...s, sites };
      }),
    exportFile: () => {
      const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: 'newslens-settings.json' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    importFile: (file) => {
      setImportStatus(null);
      void (async () => {
        let text: string;
        try {
          text = await file.text();
        } catch (e) {
          return setImportStatus({ ok: false, error: 'importUnreadable', detail: String(e) });
        }
        const result = parseSettingsFile(text);
        if (!result.ok) return setImportStatus(result);
        try {
          await saveSettings(result.settings);
        } catch (e) {
          return setImportStatus({ ok: false, error: 'importSaveFailed', detail: String(e) });
        }
        setSettings(result.settings);
        setImportStatus({ ok: true, ignored: result.ignored });
      })();
    },
  };
  // Until the stored settings are in, the switches would show the defaults: show nothing instead.
  if (!loaded) return null;
  return <Options settings={settings} shortcut={shortcut} importStatus={importStatus} actions={actions} />;
}

render(<Page />, document.getElementById('app')!);
