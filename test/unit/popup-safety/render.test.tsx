// @vitest-environment jsdom
// The popup view renders every page-derived string as text: a digest whose every field (title,
// byline, site, summary, actors, roles, dates, quotes, speakers, clutter, host) carries an HTML or
// script payload makes no element and runs nothing. The analysis may not fill every field yet;
// this renders them all from a hand-made digest. (test/e2e/privacy.e2e.ts does the same in a real
// browser with the fields the pipeline fills today.)
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../../src/core/types';
import { Popup, type PopupActions } from '../../../src/popup/Popup';
import type { PageState } from '../../../src/shared/messages';
import { defaults } from '../../../src/shared/settings';

const PAYLOADS = [
  `<img src=x onerror="document.documentElement.dataset.pwned='1'">`,
  `<script>document.documentElement.dataset.pwned='2'</script>`,
  `<a href="javascript:document.documentElement.dataset.pwned='3'">x</a>`,
  `<svg onload="document.documentElement.dataset.pwned='4'">`,
  `"><iframe srcdoc="<script>parent.document.documentElement.dataset.pwned='5'</script>">`,
  `javascript:document.documentElement.dataset.pwned='6'`,
];
const p = (i: number) => PAYLOADS[i % PAYLOADS.length]!;

const digest: Digest = {
  url: `https://x.example/${p(2)}`,
  title: `Title ${p(0)}`,
  byline: `By ${p(1)}`,
  siteName: `Site ${p(3)}`,
  lang: 'en',
  published: '2022-03-01',
  isArticle: true,
  text: PAYLOADS.join('\n'),
  paragraphs: PAYLOADS.map((x, i) => `Paragraph ${i} ${x}`),
  wordCount: 300,
  summary: PAYLOADS.map((x) => `Summary ${x}`),
  actors: PAYLOADS.map((x, i) => ({
    name: `Actor ${x}`,
    type: i % 2 ? ('person' as const) : ('organization' as const),
    role: `Role ${p(i + 1)}`,
    aliases: [x],
    mentions: i + 1,
    paragraph: i,
  })),
  dates: PAYLOADS.map((x, i) => ({
    text: `Date ${x}`,
    start: `2022-0${(i % 9) + 1}-01`,
    precision: 'day' as const,
    context: `Context ${p(i + 2)}`,
    paragraph: i,
  })),
  quotes: PAYLOADS.map((x, i) => ({
    text: `Quote ${x}`,
    speaker: `Speaker ${p(i + 3)}`,
    speakerRole: `Speaker role ${p(i + 4)}`,
    paragraph: i,
  })),
  clutter: [{ kind: 'comments', rule: p(0), selector: p(1), reason: p(2), text: p(3) }],
};
const page: PageState = {
  url: digest.url!,
  host: `host${p(4)}`,
  blocks: digest.clutter,
  hiddenKinds: ['comments'],
  shownKinds: [],
};
const actions: PopupActions = {
  reveal: async () => true,
  copy: async () => true,
  openOptions: () => undefined,
  retry: () => undefined,
  showKind: () => undefined,
  setSite: () => undefined,
  setEverywhere: () => undefined,
  setKind: () => undefined,
};

describe('the popup view', () => {
  it('shows every page-derived string as text and makes no element from it', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<Popup state={{ status: 'ready', digest, page }} settings={defaults} actions={actions} />, root);
    // The fields the view shows as they are; dates are shown formatted, and every field is in
    // the safety checks below either way.
    const text = root.textContent ?? '';
    for (const s of [
      digest.title!,
      digest.byline!,
      digest.siteName!,
      ...digest.summary,
      ...digest.actors.map((a) => a.name),
      ...digest.quotes.map((q) => q.text),
      ...digest.quotes.map((q) => q.speaker!),
      digest.actors[1]!.role!,
      page.host,
    ]) {
      expect(text, s).toContain(s);
    }
    expect(root.querySelectorAll('img, script, iframe, svg, a, [onerror], [onload], [srcdoc]')).toHaveLength(0);
    expect(document.documentElement.dataset.pwned).toBeUndefined();
    expect(root.innerHTML).not.toMatch(/<(img|script|iframe|svg|a)[\s>]/);
  });

  it('shows an error message as text too', () => {
    const root = document.createElement('div');
    render(<Popup state={{ status: 'error', message: p(0) }} settings={defaults} actions={actions} />, root);
    expect(root.textContent).toContain(p(0));
    expect(root.querySelectorAll('img')).toHaveLength(0);
  });
});
