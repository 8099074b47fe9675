// The popup's glue: loads the digest and the settings, keeps the settings live, and wires the
// view's actions to messages and storage. `load` is a parameter so that a test page can feed the
// same glue a fixture digest (test/e2e/harness/).

import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClutterKind } from '../core/types';
import type { PageState, RevealRequest } from '../shared/messages';
import { sendToTab } from '../shared/messaging';
import browser from '../shared/platform';
import { defaults, withSite, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/settings-store';
import type { Loaded } from './load';
import { Popup, type PopupActions, type PopupState } from './Popup';

export interface AppProps {
  load(): Promise<Loaded>;
  /** A load already under way when the page started, so the popup does not wait for its first render. */
  first?: Promise<Loaded>;
  /** Likewise for the settings. */
  firstSettings?: Promise<Settings>;
}

export function App({ load, first, firstSettings }: AppProps) {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings>(defaults);
  const tabId = useRef<number | null>(null);
  const marked = useRef(false);

  const start = (loading: Promise<Loaded>, settingsLoading: Promise<Settings>) => {
    setState({ status: 'loading' });
    // The settings decide what the clutter switches show: render nothing half-known.
    Promise.all([loading, settingsLoading]).then(
      ([loaded, s]) => {
        setSettings(s);
        if (loaded.status === 'ready') {
          tabId.current = loaded.tabId;
          setState({ status: 'ready', digest: loaded.digest, page: loaded.page });
        } else setState(loaded);
      },
      (e: unknown) => setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  };

  useEffect(() => {
    onSettingsChanged(setSettings);
    start(first ?? load(), firstSettings ?? loadSettings());
  }, []);

  // Effects run after the browser paints: this is when the digest is on screen.
  useEffect(() => {
    if (state.status === 'ready' && !marked.current) {
      marked.current = true;
      performance.mark('newslens:digest-rendered');
    }
  }, [state]);

  const setPage = (page: PageState) => setState((s) => (s.status === 'ready' ? { ...s, page } : s));
  const host = state.status === 'ready' ? state.page.host : null;
  const change = (fn: (s: Settings) => Settings) => {
    updateSettings(fn).then(setSettings, () => undefined);
  };

  const actions: PopupActions = {
    reveal: async (request: RevealRequest) => {
      if (tabId.current === null) return false;
      return (await sendToTab(tabId.current, 'page.reveal', request)).found;
    },
    copy: async (text) => {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    showKind: (kind: ClutterKind) => {
      if (tabId.current === null) return;
      sendToTab(tabId.current, 'page.showKind', { kind }).then(setPage, () => undefined);
    },
    setSite: (on) => {
      if (host) change((s) => withSite(s, host, on));
    },
    setEverywhere: (on) => change((s) => ({ ...s, enabled: on })),
    setKind: (kind, on) => change((s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } })),
    openOptions: () => void browser.runtime.openOptionsPage(),
    retry: () => start(load(), loadSettings()),
  };
  return <Popup state={state} settings={settings} actions={actions} />;
}
