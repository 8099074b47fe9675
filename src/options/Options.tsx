// The options page as a pure view of the settings, the keyboard shortcut and the last import's
// outcome; ./main.tsx wires it to storage, the commands API and files.
//
//   hiding everywhere · default kinds · per-site list (change, remove, add) · shortcut · file

import { useState } from 'preact/hooks';
import { CLUTTER_KINDS, type ClutterKind } from '../core/types';
import { t, type MessageKey } from '../shared/i18n';
import type { Settings, SiteMode } from '../shared/settings';
import { Switch } from '../shared/Switch';

export interface OptionsActions {
  setEverywhere(on: boolean): void;
  setKind(kind: ClutterKind, on: boolean): void;
  setSite(host: string, mode: SiteMode): void;
  removeSite(host: string): void;
  exportFile(): void;
  importFile(file: File): void;
}

export type ImportStatus = { ok: true; ignored: string[] } | { ok: false; error: MessageKey; detail?: string };

export interface OptionsProps {
  settings: Settings;
  /** The toggle shortcut as the browser reports it; '' when none is set; undefined while unknown. */
  shortcut: string | undefined;
  importStatus: ImportStatus | null;
  actions: OptionsActions;
}

/** A host name from what a person types or pastes: a host, or a whole address. */
export function hostFromInput(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`).host;
  } catch {
    return null;
  }
  return /^[a-z0-9.-]{1,253}(?::\d+)?$/.test(host) && !host.startsWith('.') && host.includes('.') ? host : null;
}

export function Options({ settings, shortcut, importStatus, actions }: OptionsProps) {
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>

      <section aria-labelledby="h-hiding">
        <h2 id="h-hiding">{t('optionsHiding')}</h2>
        <Switch checked={settings.enabled} onChange={(on) => actions.setEverywhere(on)}>
          {t('hideEverywhere')}
        </Switch>
        <p class="hint">{t('optionsEverywhereHint')}</p>
        <h3 id="h-kinds">{t('kindsHeading')}</h3>
        <ul class="kinds" aria-labelledby="h-kinds">
          {CLUTTER_KINDS.map((kind) => (
            <li key={kind}>
              <Switch checked={settings.kinds[kind]} onChange={(on) => actions.setKind(kind, on)}>
                {t(`kind_${kind}`)}
                <span class="hint">{t(`kindHint_${kind}`)}</span>
              </Switch>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="h-sites">
        <h2 id="h-sites">{t('optionsSites')}</h2>
        <p class="hint">{t('optionsSitesHint')}</p>
        {sites.length === 0 ? (
          <p class="empty">{t('optionsNoSites')}</p>
        ) : (
          <table class="sites">
            <thead>
              <tr>
                <th scope="col">{t('optionsSite')}</th>
                <th scope="col">{t('optionsSiteMode')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('optionsActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sites.map(([host, mode]) => (
                <tr key={host}>
                  <th scope="row" class="host">
                    {host}
                  </th>
                  <td>
                    <select
                      value={mode}
                      aria-label={t('optionsSiteModeFor', host)}
                      onChange={(e) => actions.setSite(host, e.currentTarget.value as SiteMode)}
                    >
                      <option value="always">{t('modeAlways')}</option>
                      <option value="never">{t('modeNever')}</option>
                    </select>
                  </td>
                  <td>
                    <button
                      class="button small"
                      onClick={() => actions.removeSite(host)}
                      aria-label={t('optionsRemoveSite', host)}
                    >
                      {t('remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <AddSite onAdd={actions.setSite} />
      </section>

      <section aria-labelledby="h-shortcut">
        <h2 id="h-shortcut">{t('optionsShortcut')}</h2>
        <p class="shortcut">
          <span>{t('commandToggleSite')}</span>
          {shortcut === undefined ? null : shortcut ? (
            <span class="keys">
              {shortcut.split('+').flatMap((key, i) => [i > 0 ? '+' : '', <kbd key={i}>{key}</kbd>])}
            </span>
          ) : (
            <span class="muted">{t('optionsShortcutNone')}</span>
          )}
        </p>
        <p class="hint">{t('optionsShortcutHint')}</p>
      </section>

      <section aria-labelledby="h-file">
        <h2 id="h-file">{t('optionsFile')}</h2>
        <p class="hint">{t('optionsFileHint')}</p>
        <div class="row">
          <button class="button" onClick={actions.exportFile}>
            {t('optionsExport')}
          </button>
          <label class="button file">
            {t('optionsImport')}
            <input
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) actions.importFile(file);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </div>
        <ImportOutcome status={importStatus} />
      </section>
    </main>
  );
}

function AddSite({ onAdd }: { onAdd: (host: string, mode: SiteMode) => void }) {
  const [text, setText] = useState('');
  const [mode, setMode] = useState<SiteMode>('never');
  const [invalid, setInvalid] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    const host = hostFromInput(text);
    setInvalid(!host);
    if (!host) return;
    onAdd(host, mode);
    setText('');
  };
  return (
    <form class="add-site row" onSubmit={submit}>
      <label>
        <span class="label">{t('optionsAddSite')}</span>
        <input
          type="text"
          inputMode="url"
          spellcheck={false}
          placeholder={t('optionsAddSiteExample')}
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'add-site-error' : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setInvalid(false);
          }}
        />
      </label>
      <select
        value={mode}
        aria-label={t('optionsSiteMode')}
        onChange={(e) => setMode(e.currentTarget.value as SiteMode)}
      >
        <option value="always">{t('modeAlways')}</option>
        <option value="never">{t('modeNever')}</option>
      </select>
      <button class="button" type="submit">
        {t('add')}
      </button>
      {invalid && (
        <p id="add-site-error" class="error-text" role="alert">
          {t('optionsBadHost')}
        </p>
      )}
    </form>
  );
}

function ImportOutcome({ status }: { status: ImportStatus | null }) {
  if (!status) return <p role="status" class="outcome" />;
  if (status.ok)
    return (
      <p role="status" class="outcome ok">
        {t('importDone')}
        {status.ignored.length > 0 && ` ${t('importIgnored', status.ignored.join(', '))}`}
      </p>
    );
  return (
    <div role="alert" class="outcome error">
      <p>
        <strong>{t('importFailed')}</strong> {t(status.error)}
      </p>
      {status.detail && <p class="muted details">{status.detail}</p>}
    </div>
  );
}
