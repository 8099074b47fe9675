// The popup as a pure view of plain data: the popup's state (a digest and the page's clutter),
// the settings, and the actions it may call. It renders from fixture JSON without an extension
// around it (test/unit/popup.test.tsx); ./App.tsx wires it to the tab and storage.
//
//   state ─┬─ loading     "Reading the article…"
//          ├─ unreadable  pages no extension may read (browser pages, extension stores, PDFs)
//          ├─ error       what went wrong, and "Try again"
//          └─ ready ──┬─ article     header · summary · who · when · quotes · clutter
//                     └─ no article  a note · clutter (hiding still works on any page)

import { useState } from 'preact/hooks';
import type { DateMention, Digest } from '../core/types';
import { t } from '../shared/i18n';
import type { PageState, RevealRequest } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { ClutterControls, type ClutterActions } from './ClutterControls';
import { formatDay, formatMention, groupQuotes, orderActors, readingMinutes, timeline } from './format';
import { digestToMarkdown, mentions } from './markdown';

export interface PopupActions extends ClutterActions {
  /** Scrolls the page to a paragraph and highlights it; resolves false when it is not found. */
  reveal(request: RevealRequest): Promise<boolean>;
  /** Puts text on the clipboard; resolves false when the browser refuses. */
  copy(text: string): Promise<boolean>;
  openOptions(): void;
  retry(): void;
}

export type PopupState =
  | { status: 'loading' }
  | { status: 'unreadable' }
  | { status: 'error'; message: string }
  | { status: 'ready'; digest: Digest; page: PageState };

export function Popup({ state, settings, actions }: { state: PopupState; settings: Settings; actions: PopupActions }) {
  switch (state.status) {
    case 'loading':
      return (
        <main class="status" aria-busy="true">
          <p role="status">{t('loading')}</p>
          <div class="skeleton" aria-hidden="true">
            <span />
            <span />
            <span />
          </div>
        </main>
      );
    case 'unreadable':
      return (
        <main class="status">
          <h1>{t('cannotRead')}</h1>
          <p>{t('cannotReadHint')}</p>
          <p>{t('cannotReadReload')}</p>
          <button class="button" onClick={actions.retry}>
            {t('retry')}
          </button>
        </main>
      );
    case 'error':
      return (
        <main class="status">
          <div role="alert">
            <h1>{t('error')}</h1>
            <p>{t('errorHint')}</p>
            <p class="muted details">{t('errorDetails', state.message)}</p>
          </div>
          <button class="button" onClick={actions.retry}>
            {t('retry')}
          </button>
        </main>
      );
    case 'ready':
      return <Ready digest={state.digest} page={state.page} settings={settings} actions={actions} />;
  }
}

function Ready(props: { digest: Digest; page: PageState; settings: Settings; actions: PopupActions }) {
  const { digest, page, settings, actions } = props;
  const [notice, setNotice] = useState('');
  const reveal = (request: RevealRequest) => {
    setNotice('');
    actions.reveal(request).then(
      (found) => setNotice(found ? '' : t('revealMissing')),
      () => setNotice(t('revealUnreachable')),
    );
  };
  return (
    <main>
      {digest.isArticle ? (
        <Header digest={digest} actions={actions} />
      ) : (
        <header class="top">
          <p class="site">{digest.siteName ?? page.host}</p>
          <h1>{t('noArticle')}</h1>
          <p class="muted">{t('noArticleHint')}</p>
        </header>
      )}
      <p class="notice" role="status">
        {notice}
      </p>
      {digest.isArticle && (
        <>
          <Summary digest={digest} reveal={reveal} />
          <Who digest={digest} reveal={reveal} />
          <When digest={digest} reveal={reveal} />
          <Quotes digest={digest} reveal={reveal} />
        </>
      )}
      <ClutterControls page={page} settings={settings} actions={actions} />
      <footer>
        <button class="link" onClick={actions.openOptions}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}

type Reveal = (request: RevealRequest) => void;

function Header({ digest, actions }: { digest: Digest; actions: PopupActions }) {
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('');
  const copy = () =>
    actions.copy(digestToMarkdown(digest)).then(
      (ok) => setCopied(ok ? 'copied' : 'failed'),
      () => setCopied('failed'),
    );
  return (
    <header class="top">
      {digest.siteName && <p class="site">{digest.siteName}</p>}
      <h1>{digest.title ?? digest.url ?? t('untitled')}</h1>
      <p class="meta">
        {digest.byline && <span>{t('byline', digest.byline)}</span>}
        {digest.published && <time dateTime={digest.published}>{formatDay(digest.published)}</time>}
        <span>{t('minRead', readingMinutes(digest.wordCount))}</span>
      </p>
      <div class="tools">
        <button class="button" onClick={copy}>
          {t('copyMarkdown')}
        </button>
        <span class={copied === 'failed' ? 'copy-state error-text' : 'copy-state'} role="status">
          {copied === 'copied' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
    </header>
  );
}

function Summary({ digest, reveal }: { digest: Digest; reveal: Reveal }) {
  if (digest.summary.length === 0) return null;
  // The summary's sentences are copied verbatim from the article: the sentence finds its paragraph.
  return (
    <section aria-labelledby="h-summary">
      <h2 id="h-summary">{t('summary')}</h2>
      <ul class="summary">
        {digest.summary.map((s) => (
          <li key={s}>
            <button class="item" onClick={() => reveal({ text: s })} title={t('showInArticle')}>
              {s}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Who({ digest, reveal }: { digest: Digest; reveal: Reveal }) {
  if (digest.actors.length === 0) return null;
  return (
    <section aria-labelledby="h-who">
      <h2 id="h-who">{t('who')}</h2>
      <ul class="actors">
        {orderActors(digest.actors).map((a) => (
          <li key={a.name} class={a.type}>
            <button
              class="item"
              onClick={() => reveal({ text: digest.paragraphs[a.paragraph] ?? '', hint: a.name })}
              title={t('showInArticle')}
            >
              <span class="name">{a.name}</span>
              {a.role && <span class="role">{a.role}</span>}
            </button>
            <span class="count">
              {a.type !== 'person' && <span class="type">{t(`type_${a.type}`)}</span>}
              {mentions(a.mentions)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function When({ digest, reveal }: { digest: Digest; reveal: Reveal }) {
  if (digest.dates.length === 0) return null;
  const { reference, past, future } = timeline(digest.dates, digest.published);
  const item = (ahead: boolean) => (d: DateMention, i: number) => (
    <DateItem key={`${d.start}-${d.end ?? ''}-${i}`} date={d} ahead={ahead} digest={digest} reveal={reveal} />
  );
  return (
    <section aria-labelledby="h-when">
      <h2 id="h-when">{t('when')}</h2>
      <ol class="timeline">
        {past.map(item(false))}
        {reference && (
          <li class="now">
            <span>{t('publishedOn', formatDay(reference))}</span>
          </li>
        )}
        {future.map(item(true))}
      </ol>
    </section>
  );
}

function DateItem(props: { date: DateMention; ahead: boolean; digest: Digest; reveal: Reveal }) {
  const { date: d, ahead, digest, reveal } = props;
  const when = d.approximate ? t('approxDate', formatMention(d)) : formatMention(d);
  const target = () => ({ text: digest.paragraphs[d.paragraph] ?? '', hint: d.context ?? d.text });
  // The article's own words for the date ("Thursday", "this month") say how it was written; words
  // with digits ("January 12", "in 2014") only repeat the date beside them, and stay in the sentence.
  const words = /\d/.test(d.text) ? null : d.text;
  // Opening a date shows its sentence here and its paragraph on the page: one click, both places.
  return (
    <li class={ahead ? 'future' : 'past'}>
      <details onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && reveal(target())}>
        <summary>
          <time dateTime={d.end ? `${d.start}/${d.end}` : d.start}>{when}</time>
          {words && <span class="what">{words}</span>}
          {ahead && <span class="tag">{t('future')}</span>}
        </summary>
        <p class="context">
          <Marked text={d.context ?? digest.paragraphs[d.paragraph] ?? d.text} mark={d.text} />
        </p>
      </details>
    </li>
  );
}

/** `text` with the first occurrence of `mark` in a <mark>. */
function Marked({ text, mark }: { text: string; mark: string }) {
  const at = mark ? text.indexOf(mark) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{mark}</mark>
      {text.slice(at + mark.length)}
    </>
  );
}

function Quotes({ digest, reveal }: { digest: Digest; reveal: Reveal }) {
  if (digest.quotes.length === 0) return null;
  return (
    <section aria-labelledby="h-quotes">
      <h2 id="h-quotes">{t('quotes')}</h2>
      {groupQuotes(digest.quotes).map((g) => (
        <figure class="speaker" key={g.speaker ?? ''}>
          <figcaption>
            <span class="name">{g.speaker ?? t('unattributed')}</span>
            {g.role && <span class="role">{g.role}</span>}
          </figcaption>
          {g.quotes.map((q, i) => (
            <blockquote key={i}>
              <button
                class="item"
                onClick={() => reveal({ text: digest.paragraphs[q.paragraph] ?? '', hint: q.text })}
                title={t('showInArticle')}
              >
                {t('quoteText', q.text)}
              </button>
            </blockquote>
          ))}
        </figure>
      ))}
    </section>
  );
}
