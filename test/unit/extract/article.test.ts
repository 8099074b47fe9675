import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/article';
import { parseHtml } from '../../../src/node/digest-html';

// A made-up story of a dozen paragraphs, so that Readability takes it for an article.
const paragraphs = Array.from(
  { length: 12 },
  (_, i) =>
    `Paragraph ${i + 1} of the story: the council debated the waterfront plan for hours, and residents, engineers and shop owners all had their say about the sea walls, the drainage and the cost.`,
);

function extract(figures: string): string[] {
  const body = `<article><h1>Council approves waterfront plan</h1>${figures}${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
  const article = extractArticle(parseHtml(`<html><head><title>Plan</title></head><body>${body}</body></html>`));
  expect(article).not.toBeNull();
  return article!.paragraphs;
}

describe('extractArticle and photo captions', () => {
  it('leaves captions and credits marked by class out of the text', () => {
    const text = extract(
      '<div class="image"><img src="a.jpg" alt=""><p class="caption"><span class="caption-text">The flooded seafront in March.</span> <span class="image-source">Source: Supplied</span></p></div>' +
        '<div><img src="b.jpg" alt=""><span class="pb-caption">Residents watch the water rise on the quay. (Reuters)</span></div>',
    ).join('\n');
    expect(text).not.toContain('flooded seafront in March');
    expect(text).not.toContain('Source: Supplied');
    expect(text).not.toContain('Residents watch the water rise');
    expect(text).toContain('Paragraph 1 of the story');
  });

  it('keeps story text in containers that only mention captions', () => {
    const text = extract(
      '<div class="item image_hit no_caption"><h2>The mayor called the vote the most important decision of her term in office.</h2><img src="c.jpg" alt=""></div>',
    ).join('\n');
    expect(text).toContain('The mayor called the vote the most important decision');
  });

  it('takes a block after a figure that repeats the image description for its caption', () => {
    const alt = 'Engineers survey the old sea wall at low tide near the harbour entrance';
    const text = extract(
      `<figure><img src="d.jpg" alt="${alt}"></figure><ul><li><p>${alt}.</p></li></ul>` +
        `<figure><img src="e.jpg" alt="Anomaly in status code 400"></figure><ul><li>Anomaly in status code 500: we spotted this one on the chart.</li></ul>`,
    ).join('\n');
    expect(text).not.toContain('Engineers survey the old sea wall');
    expect(text).toContain('Anomaly in status code 500');
  });
});

describe('extractArticle: the byline', () => {
  const byline = (line: string) => {
    const body = `<article><h1>Council approves waterfront plan</h1><p class="byline">${line}</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
    return extractArticle(parseHtml(`<html><head><title>Plan</title></head><body>${body}</body></html>`))?.byline;
  };

  it('is the name alone, without the word that introduces it', () => {
    expect(byline('By Erin Cunningham')).toBe('Erin Cunningham');
    expect(byline('BY JOE HILDEBRAND')).toBe('JOE HILDEBRAND');
    expect(byline('Par Claire Dubois')).toBe('Claire Dubois');
    expect(byline('Door Anna de Vries')).toBe('Anna de Vries');
  });

  it('is none when it is only a date', () => {
    expect(byline('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm')).toBeNull();
    expect(byline('Last Updated: January 7, 2025')).toBeNull();
    expect(byline('Nathan Willis March 25, 2015')).toBe('Nathan Willis March 25, 2015');
    expect(byline('June Park')).toBe('June Park');
  });

  it('keeps names that merely start like one', () => {
    expect(byline('Byron Katz')).toBe('Byron Katz');
    expect(byline('Paris Lee')).toBe('Paris Lee');
  });
});
