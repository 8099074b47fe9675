// The popup's glue: finds the tab, loads its digest, keeps the settings live, and wires the view's
// actions to messages and storage.

import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { setTranslator } from '../shared/i18n';
import { sendToTab } from '../shared/messaging';
import browser from '../shared/platform';
import { defaults, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/settings-store';
import { loadDigest, targetTab } from './load';
import { Popup, type PopupActions, type PopupState } from './Popup';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs));

function App() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings>(defaults);
  const [tabId, setTabId] = useState<number | null>(null);

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    const id = await targetTab();
    setTabId(id);
    const loaded = await loadDigest(id);
    setState(loaded.status === 'ready' ? { status: 'ready', digest: loaded.digest, page: loaded.page } : loaded);
    performance.mark('newslens:digest-rendered');
  }, []);

  useEffect(() => {
    loadSettings().then(setSettings);
    onSettingsChanged(setSettings);
    void load();
  }, [load]);

  // The content script re-applies hiding on storage changes; ask it for the new state.
  useEffect(() => {
    if (tabId === null || state.status !== 'ready') return;
    sendToTab(tabId, 'page.state', {})
      .then((page) => setState((s) => (s.status === 'ready' ? { ...s, page } : s)))
      .catch(() => undefined);
  }, [settings]);

  const host = state.status === 'ready' ? state.page.host : null;
  const actions: PopupActions = {
    reveal: (text) => {
      if (tabId !== null) sendToTab(tabId, 'page.reveal', { text }).catch(() => undefined);
    },
    showKind: (kind) => {
      if (tabId === null) return;
      sendToTab(tabId, 'page.showKind', { kind })
        .then((page) => setState((s) => (s.status === 'ready' ? { ...s, page } : s)))
        .catch(() => undefined);
    },
    setSite: (on) => {
      if (host) void updateSettings((s) => ({ ...s, sites: { ...s.sites, [host]: on ? 'always' : 'never' } }));
    },
    setEverywhere: (on) => void updateSettings((s) => ({ ...s, enabled: on })),
    retry: () => void load(),
  };
  return <Popup state={state} settings={settings} actions={actions} />;
}

render(<App />, document.getElementById('app')!);
