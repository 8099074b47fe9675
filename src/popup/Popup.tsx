// The popup as a pure view of plain data: a digest, the page's clutter state and the settings.
// It can be rendered from fixture JSON, without an extension around it.

import type { Actor, ClutterKind, DateMention, Digest, Quote } from '../core/types';
import { t } from '../shared/i18n';
import type { PageState } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { activeKinds } from '../shared/settings';

export interface PopupActions {
  reveal(text: string): void;
  showKind(kind: ClutterKind): void;
  setSite(on: boolean): void;
  setEverywhere(on: boolean): void;
  retry(): void;
}

export type PopupState =
  | { status: 'loading' }
  | { status: 'unreadable' }
  | { status: 'error'; message: string }
  | { status: 'ready'; digest: Digest; page: PageState };

const KINDS: ClutterKind[] = ['comments', 'newsletter', 'related', 'share'];

export function Popup({ state, settings, actions }: { state: PopupState; settings: Settings; actions: PopupActions }) {
  if (state.status === 'loading')
    return (
      <p class="status" role="status">
        {t('loading')}
      </p>
    );
  if (state.status === 'unreadable') {
    return (
      <section class="status">
        <h1>{t('cannotRead')}</h1>
        <p>{t('cannotReadHint')}</p>
      </section>
    );
  }
  if (state.status === 'error') {
    return (
      <section class="status" role="alert">
        <h1>{t('error')}</h1>
        <p class="muted">{state.message}</p>
        <button onClick={actions.retry}>{t('retry')}</button>
      </section>
    );
  }
  const { digest, page } = state;
  return (
    <main>
      <Header digest={digest} />
      {digest.isArticle ? (
        <>
          <Summary digest={digest} actions={actions} />
          <Actors actors={digest.actors} actions={actions} paragraphs={digest.paragraphs} />
          <Timeline
            dates={digest.dates}
            published={digest.published}
            actions={actions}
            paragraphs={digest.paragraphs}
          />
          <Quotes quotes={digest.quotes} actions={actions} paragraphs={digest.paragraphs} />
        </>
      ) : (
        <section class="status">
          <h2>{t('noArticle')}</h2>
          <p>{t('noArticleHint')}</p>
        </section>
      )}
      <Clutter page={page} settings={settings} actions={actions} />
    </main>
  );
}

function Header({ digest }: { digest: Digest }) {
  const minutes = Math.max(1, Math.round(digest.wordCount / 230));
  const meta = [digest.byline, digest.published ? formatDay(digest.published) : null].filter(Boolean).join(' · ');
  return (
    <header>
      {digest.siteName && <p class="site">{digest.siteName}</p>}
      <h1>{digest.title ?? digest.url ?? ''}</h1>
      <p class="meta">
        {meta}
        {digest.isArticle && <span> · {t('minRead', minutes)}</span>}
      </p>
    </header>
  );
}

function Summary({ digest, actions }: { digest: Digest; actions: PopupActions }) {
  if (digest.summary.length === 0) return null;
  return (
    <section aria-labelledby="h-summary">
      <h2 id="h-summary">{t('summary')}</h2>
      <ul class="summary">
        {digest.summary.map((s) => (
          <li key={s}>
            <button class="link" onClick={() => actions.reveal(s)}>
              {s}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Actors({ actors, actions, paragraphs }: { actors: Actor[]; actions: PopupActions; paragraphs: string[] }) {
  if (actors.length === 0) return null;
  const ordered = [...actors.filter((a) => a.type === 'person'), ...actors.filter((a) => a.type !== 'person')];
  return (
    <section aria-labelledby="h-who">
      <h2 id="h-who">{t('who')}</h2>
      <ul class="actors">
        {ordered.map((a) => (
          <li key={a.name}>
            <button class="link" onClick={() => actions.reveal(paragraphs[a.paragraph] ?? a.name)}>
              <strong>{a.name}</strong>
              {a.role && <span class="role">, {a.role}</span>}
            </button>
            <span class="count" title={a.type}>
              {t('mentions', a.mentions)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Timeline(props: {
  dates: DateMention[];
  published: string | null;
  actions: PopupActions;
  paragraphs: string[];
}) {
  const { dates, published, actions, paragraphs } = props;
  if (dates.length === 0) return null;
  const sorted = [...dates].sort((a, b) => a.start.localeCompare(b.start));
  const today = published?.slice(0, 10) ?? '';
  const isFuture = (d: DateMention) =>
    Boolean(today) && d.start.slice(0, today.length) > today.slice(0, d.start.length);
  return (
    <section aria-labelledby="h-when">
      <h2 id="h-when">{t('when')}</h2>
      <ol class="timeline">
        {sorted.map((d, i) => (
          <li key={`${d.start}-${i}`} class={isFuture(d) ? 'future' : 'past'}>
            <details>
              <summary>
                <time dateTime={d.start}>
                  {d.approximate ? '~' : ''}
                  {formatDate(d)}
                </time>{' '}
                <span class="muted">{d.text}</span>
                <span class="visually-hidden">{isFuture(d) ? t('future') : t('past')}</span>
              </summary>
              {d.context && (
                <button class="link context" onClick={() => actions.reveal(paragraphs[d.paragraph] ?? d.context!)}>
                  {d.context}
                </button>
              )}
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Quotes({ quotes, actions, paragraphs }: { quotes: Quote[]; actions: PopupActions; paragraphs: string[] }) {
  if (quotes.length === 0) return null;
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker ?? '';
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return (
    <section aria-labelledby="h-quotes">
      <h2 id="h-quotes">{t('quotes')}</h2>
      {[...groups].map(([speaker, list]) => (
        <figure class="speaker" key={speaker}>
          <figcaption>
            <strong>{speaker || t('unattributed')}</strong>
            {list[0]?.speakerRole && <span class="role">, {list[0].speakerRole}</span>}
          </figcaption>
          {list.map((q, i) => (
            <blockquote key={i}>
              <button class="link" onClick={() => actions.reveal(paragraphs[q.paragraph] ?? q.text)}>
                “{q.text}”
              </button>
            </blockquote>
          ))}
        </figure>
      ))}
    </section>
  );
}

function Clutter({ page, settings, actions }: { page: PageState; settings: Settings; actions: PopupActions }) {
  const siteOn = activeKinds(settings, page.host).length > 0;
  const counts = KINDS.map((kind) => ({ kind, n: page.blocks.filter((b) => b.kind === kind).length }));
  return (
    <section aria-labelledby="h-clutter" class="clutter">
      <h2 id="h-clutter">{t('clutter')}</h2>
      <label class="switch">
        <input type="checkbox" checked={siteOn} onChange={(e) => actions.setSite(e.currentTarget.checked)} />
        {t('hideOnThisSite')} <span class="muted">({page.host})</span>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => actions.setEverywhere(e.currentTarget.checked)}
        />
        {t('hideEverywhere')}
      </label>
      <ul class="kinds">
        {counts
          .filter((c) => c.n > 0)
          .map(({ kind, n }) => {
            const hidden = page.hiddenKinds.includes(kind);
            return (
              <li key={kind}>
                <span>
                  {t(`kind_${kind}`)}: {hidden ? t('hiddenCount', n) : n}
                </span>
                {hidden && (
                  <button onClick={() => actions.showKind(kind)} aria-label={`${t('show')} ${t(`kind_${kind}`)}`}>
                    {t('show')}
                  </button>
                )}
              </li>
            );
          })}
      </ul>
      {page.blocks.length === 0 && <p class="muted">{t('nothingHidden')}</p>}
    </section>
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDay(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return d && m ? `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}` : iso;
}

function formatDate(d: DateMention): string {
  const one = (iso: string) => {
    const [y, m, day] = iso.split('-');
    if (day) return `${Number(day)} ${MONTHS[Number(m) - 1]} ${y}`;
    if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
    return y ?? iso;
  };
  return d.end ? `${one(d.start)} – ${one(d.end)}` : one(d.start);
}
