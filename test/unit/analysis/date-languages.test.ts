// @vitest-environment jsdom
// chrono's parsers for other languages load on demand: the extension loads the page's own before
// its digest, and nothing else. (This file never imports the Node pipeline, which loads them all.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractDates } from '../../../src/core/analysis/dates';
import { dateParser, loadDateLanguage } from '../../../src/core/analysis/dates/languages';
import { sentencesOf } from '../../../src/core/analysis/sentences';
import { digestSnapshot } from '../../../src/shared/snapshot-digest';

const FRENCH = 'Un Français a été tué samedi au Népal, a déclaré le ministère en 2015.';
const frenchDates = () =>
  extractDates(sentencesOf([FRENCH]), { published: '2015-04-30', lang: 'fr' }).map((d) => `${d.text} → ${d.start}`);

const paragraph = (n: number) =>
  `<p>Le ministère des Affaires étrangères a confirmé la mort du ressortissant, le ${n}e cas signalé dans la région depuis le séisme, et a ouvert une cellule de crise pour les familles qui attendent des nouvelles de leurs proches.</p>`;
const frenchPage = `<!doctype html><html lang="fr-FR"><head><title>Séisme au Népal</title>
<meta property="article:published_time" content="2015-04-30T10:00:00Z"></head>
<body><article><h1>Séisme au Népal</h1><p>${FRENCH}</p>${[2, 3, 4, 5].map(paragraph).join('')}</article></body></html>`;

afterEach(() => {
  vi.doUnmock('chrono-node/it');
});

describe('date parsers for other languages', () => {
  it('load only when asked: until then an article keeps the dates that need no words', async () => {
    expect(dateParser('fr')).toBeUndefined();
    expect(frenchDates()).toEqual(['2015 → 2015']);
    await loadDateLanguage('fr-FR');
    expect(dateParser('fr')).toBeTypeOf('function');
    expect(frenchDates()).toEqual(['samedi → 2015-04-25', '2015 → 2015']);
  });

  it('are none for English, languages chrono does not know, or no language', async () => {
    for (const lang of ['en', 'cs', '', null, undefined, 'constructor']) await loadDateLanguage(lang);
    for (const lang of ['en', 'cs', 'co']) expect(dateParser(lang)).toBeUndefined();
  });

  it('leave a language out when its code fails to load, and try again at the next digest', async () => {
    vi.doMock('chrono-node/it', () => {
      throw new Error('the extension was updated');
    });
    await expect(loadDateLanguage('it')).resolves.toBeUndefined();
    expect(dateParser('it')).toBeUndefined();
    vi.doUnmock('chrono-node/it');
    await loadDateLanguage('it');
    expect(dateParser('it')).toBeTypeOf('function');
  });

  it('the snapshot digest loads its page’s language, and only that one, before the pipeline runs', async () => {
    expect(dateParser('de')).toBeUndefined();
    const digest = await digestSnapshot({
      html: frenchPage.replace('lang="fr-FR"', 'lang="es"'),
      url: 'https://news.example/nepal',
      blocks: [],
      mark: 'data-newslens-t0k3n',
    });
    expect(digest.lang).toBe('es');
    expect(dateParser('es')).toBeTypeOf('function');
    expect(dateParser('de')).toBeUndefined();
    const french = await digestSnapshot({ html: frenchPage, url: 'https://news.example/nepal', blocks: [], mark: 'x' });
    expect(french.published).toMatch(/^2015-04-30/);
    expect(french.dates.map((d) => d.text)).toContain('samedi');
  });
});
