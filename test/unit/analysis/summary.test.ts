import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences, sentencesOf } from '../../../src/core/analysis/sentences';
import { summarize } from '../../../src/core/analysis/summary';
import { digestDocument } from '../../../src/core/pipeline';
import { parseHtml } from '../../../src/node/digest-html';

// A made-up story, long enough for four sentences, with the kinds of lines a summary must skip.
const story = [
  'Harbour City approved a plan on Tuesday to rebuild its flooded waterfront, committing 40 million dollars over five years to new sea walls and drainage.',
  'The council voted 7-2 after a four-hour debate, with Mayor Lena Ortiz calling the decision the most important of her term.',
  'Photo: Harbour City Council',
  'What happens to the businesses that already closed?',
  'Read more: How the floods changed the city',
  'Engineers from the Northern Coast Authority will start surveying the seafront in March, and the first walls are due to rise by the end of next year.',
  'Opponents argued the money should go to relocating homes away from the coast instead of protecting them.',
  '“We are building for the next century, not the next election,” Ortiz said.',
  'Residents will be able to comment on the designs at three public meetings.',
  'Jo Smith is a staff writer covering city hall.',
];
const title = 'Harbour City approves 40 million dollar plan to rebuild flooded waterfront';

describe('summarize', () => {
  it('copies three to five sentences verbatim, in article order, starting with the lede', () => {
    const summary = summarize(sentencesOf(story), { title });
    expect(summary.length).toBeGreaterThanOrEqual(3);
    expect(summary.length).toBeLessThanOrEqual(5);
    expect(summary[0]).toBe(story[0]);
    const text = story.join('\n');
    for (const s of summary) expect(text).toContain(s);
    const order = summary.map((s) => story.findIndex((p) => p.includes(s)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('never picks questions, captions, credits, "Read more" lines or bylines', () => {
    const summary = summarize(sentencesOf(story), { title, max: 5 }).join('\n');
    expect(summary).not.toContain('Photo:');
    expect(summary).not.toContain('?');
    expect(summary).not.toContain('Read more');
    expect(summary).not.toContain('staff writer');
    const captions = summarize(
      sentencesOf([
        'In this photo taken on Monday, firefighters stand outside the burning warehouse in the port district.',
        'Firefighters battled a blaze at a warehouse in the port district for six hours on Monday, officials said.',
        'The warehouse stored paint and solvents, which fed the flames, according to the fire department.',
        'Crowds gather on the quay as smoke rises over the port district on Monday. (AP Photo/Jane Doe)',
        'No one was hurt, but two nearby buildings were evacuated as a precaution during the night.',
      ]),
    ).join('\n');
    expect(captions).not.toContain('In this photo');
    expect(captions).not.toContain('Crowds gather');
  });

  it('prefers sentences that share the headline’s words over equally placed ones', () => {
    const paragraphs = [
      'The weather was mild across the region, and traffic moved normally through the morning hours.',
      'The central bank raised interest rates by half a point, its largest increase in two decades.',
      'Shoppers filled the markets as usual, and schools reported nothing out of the ordinary that day.',
      'Economists had expected the bank to raise interest rates by a quarter point at most.',
    ];
    const summary = summarize(sentencesOf(paragraphs), { title: 'Central bank raises interest rates', max: 2 });
    expect(summary).toContain(paragraphs[1]);
  });

  it('gives nothing for nothing, and works on unspaced scripts', () => {
    expect(summarize([])).toEqual([]);
    const ja = summarize(
      sentencesOf([
        'トレンドマイクロは3月9日、公衆無線LANを安全に使うためのセキュリティアプリを発表した。料金は1年版が2900円である。',
        '同社によると、このアプリは通信を暗号化して利用者の情報を守るという。提供は3月10日に始まる。',
      ]),
    );
    expect(ja.length).toBeGreaterThan(0);
    for (const s of ja) expect(s).toMatch(/。$/);
  });

  it('summarises the seed page from its story alone', () => {
    const page = readFileSync(join(import.meta.dirname, '../../fixtures/seed-article.html'), 'utf8');
    const d = digestDocument(parseHtml(page), {});
    expect(d.summary.length).toBeGreaterThanOrEqual(3);
    expect(d.summary[0]).toMatch(/^Presidents Joe Biden of the United States and Vladimir Putin/);
    for (const s of d.summary) expect(d.paragraphs.some((p) => p.includes(s))).toBe(true);
  });
});

describe('splitSentences', () => {
  it('keeps abbreviations, initials and times whole', () => {
    expect(splitSentences('Mr. Biden met Gov. Ortiz in the U.S. capital at 3 p.m. Tuesday. They spoke.')).toEqual([
      'Mr. Biden met Gov. Ortiz in the U.S. capital at 3 p.m. Tuesday.',
      'They spoke.',
    ]);
  });

  it('splits before quotes and capitals of any script, and after ideographic full stops', () => {
    expect(splitSentences('He left. “We won,” she said. Čtvrté místo je dobré.')).toEqual([
      'He left.',
      '“We won,” she said.',
      'Čtvrté místo je dobré.',
    ]);
    expect(splitSentences('発表した。料金は2900円である。')).toEqual(['発表した。', '料金は2900円である。']);
    expect(splitSentences('Am 3. März 2014 begann es. Dann kam mehr.')).toEqual([
      'Am 3. März 2014 begann es.',
      'Dann kam mehr.',
    ]);
  });
});
