// The options page: default clutter kinds and the per-site list.

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ClutterKind } from '../core/types';
import { setTranslator, t } from '../shared/i18n';
import browser from '../shared/platform';
import { defaults, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/settings-store';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs));

function Options() {
  const [settings, setSettings] = useState<Settings>(defaults);
  useEffect(() => {
    loadSettings().then(setSettings);
    onSettingsChanged(setSettings);
  }, []);
  const kinds = Object.keys(settings.kinds) as ClutterKind[];
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => updateSettings((s) => ({ ...s, enabled: e.currentTarget.checked }))}
        />
        {t('hideEverywhere')}
      </label>
      <h2>{t('clutter')}</h2>
      {kinds.map((kind) => (
        <label class="switch" key={kind}>
          <input
            type="checkbox"
            checked={settings.kinds[kind]}
            onChange={(e) => updateSettings((s) => ({ ...s, kinds: { ...s.kinds, [kind]: e.currentTarget.checked } }))}
          />
          {t(`kind_${kind}`)}
        </label>
      ))}
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
