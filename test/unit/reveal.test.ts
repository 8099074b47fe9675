// @vitest-environment jsdom
// "Show in article" on the content script's side: finding the live element that holds a paragraph
// of the digest, on the seed page and on markup that differs from the digest's text.

/// <reference types="vite/client" />
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blockText, findTarget, reveal } from '../../src/content/reveal';
import type { Digest } from '../../src/core/types';
import page from '../fixtures/seed-article.html?raw';
import seed from '../fixtures/seed-digest.json';

const digest = seed as Digest;

beforeEach(() => {
  document.documentElement.innerHTML = page.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>[\s\S]*$/, '');
  // jsdom computes no layout: an element counts as visible unless it or an ancestor is hidden.
  Element.prototype.checkVisibility = function (this: Element) {
    return !this.closest('[hidden]');
  };
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).checkVisibility;
});

describe('findTarget', () => {
  it('finds every paragraph of the digest as the page’s own <p>', () => {
    for (const [i, text] of digest.paragraphs.entries()) {
      const el = findTarget(document, { text });
      expect(el?.tagName, `paragraph ${i}`).toBe('P');
      expect(blockText(el!)).toBe(text);
    }
  });

  it('takes the paragraph, not the article or list around it', () => {
    const el = findTarget(document, { text: digest.summary[0]! });
    expect(el?.tagName).toBe('P');
    expect(el?.closest('.entry-content')).not.toBeNull();
  });

  it('skips a hidden block that quotes the article word for word', () => {
    const copy = document.createElement('p');
    copy.textContent = digest.paragraphs[12]!;
    const comments = document.createElement('div');
    comments.hidden = true;
    comments.append(copy);
    document.body.prepend(comments);
    const el = findTarget(document, { text: digest.paragraphs[12]! });
    expect(el).not.toBe(copy);
    expect(el?.closest('.entry-content')).not.toBeNull();
  });

  it('matches across markup, white space, <br> and invisible characters', () => {
    document.body.innerHTML = `<div><p>  The <a href="#">minister</a>\u00a0said,<br>“we will  see”\u200b in
      January.<button>Share</button></p></div>`;
    const el = findTarget(document, { text: 'The minister said, “we will see” in January.' });
    expect(el?.tagName).toBe('P');
  });

  it('falls back on the paragraph’s opening or ending when the rest changed', () => {
    const p = digest.paragraphs[9]!;
    const live = findTarget(document, { text: `${p.slice(0, 100)} (updated wording) ${p.slice(-100)}` });
    expect(blockText(live!)).toBe(p);
  });

  it('falls back on the hint when the paragraph text is unknown', () => {
    const el = findTarget(document, { text: '', hint: 'Our president also emphasised that it would be a mistake' });
    expect(blockText(el!)).toBe(digest.paragraphs[12]);
  });

  it('finds text Readability took from a bare <div>', () => {
    document.body.innerHTML = '<div class="story"><div>First line of a story told in divs, long enough.</div></div>';
    expect(findTarget(document, { text: 'First line of a story told in divs, long enough.' })?.className).toBe('');
  });

  it('returns null for text the page does not hold, and for nothing at all', () => {
    expect(findTarget(document, { text: 'A sentence that appears nowhere on this page at all.' })).toBeNull();
    expect(findTarget(document, { text: '  ' })).toBeNull();
    // A short hint alone would match too much to be trusted.
    expect(findTarget(document, { text: 'Nothing like this is on the page, not a word.', hint: 'Biden' })).toBeNull();
  });
});

describe('reveal', () => {
  it('scrolls the paragraph into the middle of the view and highlights it, leaving no trace in the markup', () => {
    const scrolled: Element[] = [];
    const animated: Keyframe[][] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    Element.prototype.animate = vi.fn(function (this: Element, frames: Keyframe[]) {
      animated.push(frames);
      return { id: '', cancel() {} } as unknown as Animation;
    }) as unknown as Element['animate'];
    const before = document.documentElement.outerHTML;
    expect(reveal(document, { text: digest.paragraphs[12]! })).toBe(true);
    expect(blockText(scrolled[0]!)).toBe(digest.paragraphs[12]);
    expect(animated[0]![0]).toMatchObject({ outlineStyle: 'solid' });
    expect(document.documentElement.outerHTML).toBe(before);
    expect(reveal(document, { text: 'Nowhere on this page, in any paragraph at all.' })).toBe(false);
    delete (Element.prototype as Partial<Element>).scrollIntoView;
    delete (Element.prototype as Partial<Element>).animate;
  });
});
