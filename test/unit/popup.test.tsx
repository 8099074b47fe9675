// @vitest-environment jsdom
// The popup's view rendered from fixture JSON: every state, every section, and what each click asks
// the glue to do. test/fixtures/seed-digest.json is the seed article's digest (scripts/seed-digest.mjs).

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Digest } from '../../src/core/types';
import { Popup, type PopupActions, type PopupState } from '../../src/popup/Popup';
import type { PageState } from '../../src/shared/messages';
import { defaults, type Settings } from '../../src/shared/settings';
import seed from '../fixtures/seed-digest.json';
import { mount, text, type Mounted } from './render';

const digest = seed as Digest;
const page: PageState = {
  url: digest.url!,
  host: 'dailyledger.example',
  blocks: digest.clutter,
  hiddenKinds: ['comments'],
  shownKinds: [],
};

function actionsWith(overrides: Partial<PopupActions> = {}): PopupActions {
  return {
    reveal: vi.fn(async () => true),
    copy: vi.fn(async () => true),
    showKind: vi.fn(),
    setSite: vi.fn(),
    setEverywhere: vi.fn(),
    setKind: vi.fn(),
    openOptions: vi.fn(),
    retry: vi.fn(),
    ...overrides,
  };
}

let view: Mounted | null = null;
function show(state: PopupState, settings: Settings = defaults, actions = actionsWith()) {
  view = mount(<Popup state={state} settings={settings} actions={actions} />);
  return { view, actions };
}
afterEach(() => {
  view?.unmount();
  view = null;
});

const ready: PopupState = { status: 'ready', digest, page };

describe('states other than a digest', () => {
  it('loading: says it is reading, as a live status, and marks the page busy', () => {
    const { view } = show({ status: 'loading' });
    expect(text(view.$('[role="status"]'))).toBe('Reading the article…');
    expect(view.$('main')!.getAttribute('aria-busy')).toBe('true');
    expect(view.$('button')).toBeNull();
  });

  it('unreadable: names the pages extensions cannot read, suggests a reload, and retries', async () => {
    const { view, actions } = show({ status: 'unreadable' });
    expect(text(view.$('h1'))).toBe('newslens can’t read this page');
    const body = text(view.root);
    for (const words of ['Browser pages', 'extension stores', 'PDF files', 'reload the page'])
      expect(body).toContain(words);
    await view.click(view.byText('button', 'Try again'));
    expect(actions.retry).toHaveBeenCalledOnce();
  });

  it('error: says what went wrong in an alert and offers to try again', async () => {
    const { view, actions } = show({ status: 'error', message: 'no answer from the page in 5 s' });
    const alert = view.$('[role="alert"]')!;
    expect(text(alert)).toContain('Something went wrong while reading this page');
    expect(text(alert)).toContain('Details: no answer from the page in 5 s');
    await view.click(view.byText('button', 'Try again'));
    expect(actions.retry).toHaveBeenCalledOnce();
  });

  it('no article: says so, and the clutter controls still work', async () => {
    const none: Digest = { ...digest, isArticle: false, title: null, summary: [], actors: [], dates: [], quotes: [] };
    const { view, actions } = show({ status: 'ready', digest: none, page });
    expect(text(view.$('h1'))).toBe('No article on this page');
    expect(view.$('#h-summary')).toBeNull();
    expect(view.$$('button').some((b) => text(b) === 'Copy as Markdown')).toBe(false);
    expect(text(view.byText('.kinds li', 'Comments'))).toContain('1 hidden');
    await view.click(view.byText('.clutter label', 'Hide clutter on this site').querySelector('input')!);
    expect(actions.setSite).toHaveBeenCalledWith(false);
    await view.click(view.byText('.kinds button', 'Show'));
    expect(actions.showKind).toHaveBeenCalledWith('comments');
  });
});

describe('the digest', () => {
  it('header: site, headline, byline, publication date and reading time', () => {
    const { view } = show(ready);
    expect(text(view.$('.site'))).toBe('The Daily Ledger');
    expect(text(view.$('h1'))).toBe('Biden and Putin’s serious conversation sets the tone for diplomacy');
    const meta = view.$$('.meta > *').map(text);
    expect(meta).toEqual(['By Ananya Rao', 'Dec 31, 2021', '3 min read']);
    expect(view.$('.meta time')!.getAttribute('datetime')).toBe('2021-12-31T08:40:12+00:00');
  });

  it('summary: one bullet per sentence; a click shows the sentence in the article', async () => {
    const { view, actions } = show(ready);
    const bullets = view.$$('.summary button');
    expect(bullets.map(text)).toEqual(digest.summary);
    await view.click(bullets[1]!);
    expect(actions.reveal).toHaveBeenCalledWith({ text: digest.summary[1] });
  });

  it('who: people first, most mentioned first, with role and mention count', async () => {
    const { view, actions } = show(ready);
    const rows = view.$$('.actors li');
    expect(rows.map((r) => text(r.querySelector('.name')))).toEqual([
      'Joe Biden',
      'Vladimir Putin',
      'Yuri Ushakov',
      'Jen Psaki',
      'NATO',
      'the Kremlin',
      'Ukraine',
      'Washington',
    ]);
    expect(text(rows[0]!.querySelector('.role'))).toBe('President of the United States');
    expect(text(rows[0]!.querySelector('.count'))).toBe('7 mentions');
    expect(text(rows[3]!.querySelector('.count'))).toBe('1 mention');
    expect(text(rows[4]!.querySelector('.count'))).toBe('organisation5 mentions');
    await view.click(rows[2]!.querySelector('button')!);
    expect(actions.reveal).toHaveBeenCalledWith({ text: digest.paragraphs[3], hint: 'Yuri Ushakov' });
  });

  it('when: chronological, split at the publication day, what lay ahead marked in words', () => {
    const { view } = show(ready);
    const items = view.$$('.timeline > li');
    expect(items.map((li) => text(li.querySelector('time') ?? li))).toEqual([
      '1962',
      '2014',
      'Dec 2021',
      'about Dec 25 – 26, 2021',
      'Dec 30, 2021',
      'Published Dec 31, 2021',
      'Jan 2022',
      'Jan 9 – 10, 2022',
      'Jan 12, 2022',
      'Jan 13, 2022',
    ]);
    // The article's words beside the date when they say more than it: "Thursday", not "1962".
    expect(items.map((li) => text(li.querySelector('.what')))).toEqual([
      '',
      '',
      'this month',
      'over the weekend',
      'Thursday',
      '',
      'in January',
      '',
      '',
      '',
    ]);
    const future = view.$$('.timeline li.future');
    expect(future).toHaveLength(4);
    expect(future.every((li) => text(li.querySelector('.tag')) === 'ahead')).toBe(true);
    expect(view.$$('.timeline li.past .tag')).toHaveLength(0);
  });

  it('when: opening a date shows its sentence, the date marked, and shows its paragraph on the page', async () => {
    const { view, actions } = show(ready);
    const item = view.$$('.timeline li').find((li) => text(li.querySelector('time')) === 'Jan 12, 2022')!;
    const details = item.querySelector('details')!;
    expect(details.open).toBe(false);
    await view.click(item.querySelector('summary')!);
    expect(details.open).toBe(true);
    expect(text(details.querySelector('.context'))).toContain('a Russia-NATO session on January 12');
    expect(text(details.querySelector('.context mark'))).toBe('January 12');
    expect(actions.reveal).toHaveBeenCalledWith({
      text: digest.paragraphs[4],
      hint: expect.stringContaining('January 12'),
    });
  });

  it('quotes: grouped by speaker in order, with the role; unattributed last', () => {
    const { view } = show(ready);
    const groups = view.$$('.speaker');
    expect(groups.map((g) => text(g.querySelector('figcaption')))).toEqual([
      'Jen PsakiWhite House press secretary',
      'a senior administration official',
      'Yuri UshakovKremlin aide',
      'Unattributed',
    ]);
    expect(groups.map((g) => g.querySelectorAll('blockquote').length)).toEqual([1, 2, 2, 1]);
    expect(text(groups[2]!.querySelector('blockquote'))).toBe(
      '“may lead to a complete collapse in ties between our countries.”',
    );
  });

  it('quotes: a click shows the quote’s paragraph on the page', async () => {
    const { view, actions } = show(ready);
    await view.click(view.byText('blockquote button', 'tremendous blunder'));
    expect(actions.reveal).toHaveBeenCalledWith({
      text: digest.paragraphs[12],
      hint: expect.stringContaining('tremendous blunder'),
    });
    expect(view.$('.notice')!.textContent).toBe('');
  });

  it('says so when the page no longer holds the passage, or does not answer', async () => {
    let answer: () => Promise<boolean> = async () => false;
    const { view } = show(ready, defaults, actionsWith({ reveal: () => answer() }));
    await view.click(view.byText('blockquote button', 'two paths'));
    expect(text(view.$('.notice'))).toContain('no longer on the page');
    answer = async () => Promise.reject(new Error('Could not establish connection'));
    await view.click(view.byText('blockquote button', 'two paths'));
    expect(text(view.$('.notice'))).toContain('not answering');
  });

  it('copies the digest as Markdown and says whether it worked', async () => {
    let ok = true;
    const copy = vi.fn(async () => ok);
    const { view } = show(ready, defaults, actionsWith({ copy }));
    await view.click(view.byText('button', 'Copy as Markdown'));
    const markdown = (copy.mock.calls[0] as unknown as [string])[0];
    expect(markdown).toMatch(/^# Biden and Putin’s serious conversation/);
    expect(markdown).toContain('## Quotes');
    expect(text(view.$('.copy-state'))).toBe('Copied');
    ok = false;
    await view.click(view.byText('button', 'Copy as Markdown'));
    expect(text(view.$('.copy-state'))).toBe('The browser did not allow copying');
  });

  it('has a way to the settings', async () => {
    const { view, actions } = show(ready);
    await view.click(view.byText('footer button', 'Settings'));
    expect(actions.openOptions).toHaveBeenCalledOnce();
  });
});

describe('clutter controls', () => {
  const kindRow = (view: Mounted, name: string) => view.byText('.kinds li', name);

  it('count per kind, "Show" for a hidden kind', async () => {
    const { view, actions } = show(ready);
    expect(text(kindRow(view, 'Comments'))).toBe('Comments1 hiddenShow');
    expect(text(kindRow(view, 'Newsletter boxes'))).toBe('Newsletter boxesnone here');
    const button = kindRow(view, 'Comments').querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Show Comments');
    await view.click(button);
    expect(actions.showKind).toHaveBeenCalledWith('comments');
  });

  it('a kind shown on this page says so until reload, with no "Show"', () => {
    const { view } = show({ ...ready, page: { ...page, hiddenKinds: [], shownKinds: ['comments'] } });
    expect(text(kindRow(view, 'Comments'))).toBe('Comments1 shown until reload');
  });

  it('follows the settings at once: this site switched off shows blocks as found, not hidden', () => {
    const off: Settings = { ...defaults, sites: { 'dailyledger.example': 'never' } };
    const { view } = show(ready, off);
    const site = view.byText('.clutter label', 'Hide clutter on this site').querySelector('input')!;
    expect(site.checked).toBe(false);
    expect(text(kindRow(view, 'Comments'))).toBe('Comments1 on this page');
  });

  it('switches for this site, everywhere and each kind call their actions', async () => {
    const { view, actions } = show(ready);
    const input = (label: string) => view.byText('.clutter label', label).querySelector('input')!;
    expect(input('dailyledger.example').checked).toBe(true);
    expect(input('all sites').checked).toBe(true);
    expect(input('Related stories').checked).toBe(false);
    await view.click(input('all sites'));
    expect(actions.setEverywhere).toHaveBeenCalledWith(false);
    await view.click(input('Related stories'));
    expect(actions.setKind).toHaveBeenCalledWith('related', true);
  });
});

describe('accessibility basics', () => {
  it('every control is a native button, input or summary, so the keyboard reaches it', () => {
    const { view } = show(ready);
    const clickable = view.$$('button, input, summary');
    expect(clickable.length).toBeGreaterThan(30);
    expect(view.$$('[onclick], [tabindex]')).toHaveLength(0);
  });

  it('sections are labelled by their headings', () => {
    const { view } = show(ready);
    for (const section of view.$$('section')) {
      const id = section.getAttribute('aria-labelledby');
      expect(id && view.$(`#${id}`)?.tagName).toBe('H2');
    }
  });
});
