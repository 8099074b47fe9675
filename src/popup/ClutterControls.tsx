// The popup's clutter controls, for article pages and any other page alike: hiding on this site and
// everywhere, each kind with how many blocks of it this page has, and "Show" for a hidden kind.
//
// What is hidden is worked out here from the settings (always the newest, via storage.onChanged)
// and the kinds the reader showed on this page, so a switch flipped in the popup shows its effect
// at once, without waiting for the content script to answer again.

import { CLUTTER_KINDS, type ClutterKind } from '../core/types';
import { t } from '../shared/i18n';
import type { PageState } from '../shared/messages';
import { activeKinds, siteEnabled, type Settings } from '../shared/settings';
import { Switch } from '../shared/Switch';

export interface ClutterActions {
  /** Shows one kind on this page until it reloads. */
  showKind(kind: ClutterKind): void;
  setSite(on: boolean): void;
  setEverywhere(on: boolean): void;
  setKind(kind: ClutterKind, on: boolean): void;
}

export function ClutterControls(props: { page: PageState; settings: Settings; actions: ClutterActions }) {
  const { page, settings, actions } = props;
  const active = activeKinds(settings, page.host);
  return (
    <section aria-labelledby="h-clutter" class="clutter">
      <h2 id="h-clutter">{t('clutter')}</h2>
      <Switch checked={siteEnabled(settings, page.host)} onChange={(on) => actions.setSite(on)}>
        {t('hideOnSite')} <span class="host">{page.host}</span>
      </Switch>
      <Switch checked={settings.enabled} onChange={(on) => actions.setEverywhere(on)}>
        {t('hideEverywhere')}
      </Switch>
      <h3 id="h-kinds">{t('kindsHeading')}</h3>
      <ul class="kinds" aria-labelledby="h-kinds">
        {CLUTTER_KINDS.map((kind) => {
          const n = page.blocks.filter((b) => b.kind === kind).length;
          const shown = page.shownKinds.includes(kind);
          const hidden = n > 0 && active.includes(kind) && !shown;
          const status =
            n === 0
              ? t('noneHere')
              : hidden
                ? t('hiddenCount', n)
                : shown && active.includes(kind)
                  ? t('shownCount', n)
                  : t('foundCount', n);
          return (
            <li key={kind} class={hidden ? 'hidden' : undefined}>
              <Switch checked={settings.kinds[kind]} onChange={(on) => actions.setKind(kind, on)}>
                {t(`kind_${kind}`)}
              </Switch>
              <span class="count">{status}</span>
              {hidden && (
                <button
                  class="button small"
                  onClick={() => actions.showKind(kind)}
                  aria-label={t('showKind', t(`kind_${kind}`))}
                >
                  {t('show')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
