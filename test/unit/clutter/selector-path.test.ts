// @vitest-environment jsdom
// A selector path names one element, and walking it back finds that element, as a query would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementAt, selectorPath } from '../../../src/core/clutter/selector-path';

describe('elementAt', () => {
  it('finds every element of a page by its path, as querySelector does', () => {
    const tag = fc.constantFrom('div', 'p', 'section', 'aside', 'fb:comments', 'my-widget', 'svg');
    const id = fc.constantFrom(null, 'a', 'b', 'comments', '9bad');
    const tree = fc.letrec((tie) => ({
      node: fc.record({
        tag,
        id,
        kids: fc.oneof({ depthSize: 'small' }, fc.constant([]), fc.array(tie('node'), { maxLength: 3 })),
      }),
    }));
    fc.assert(
      fc.property(fc.array(tree.node, { maxLength: 4 }), (nodes) => {
        const doc = document.implementation.createHTMLDocument('');
        const build = (n: { tag: string; id: string | null; kids: readonly unknown[] }): Element => {
          const el = doc.createElement(n.tag);
          if (n.id) el.id = n.id;
          for (const kid of n.kids) el.append(build(kid as typeof n));
          return el;
        };
        for (const n of nodes) doc.body.append(build(n));
        for (const el of doc.querySelectorAll('*')) {
          const path = selectorPath(el);
          expect(elementAt(doc, path)).toBe(el);
          expect(doc.querySelector(path)).toBe(el);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('finds nothing where the page no longer has the element the path named', () => {
    const doc = new DOMParser().parseFromString('<body><div><p>a</p><aside>b</aside></div></body>', 'text/html');
    const path = selectorPath(doc.querySelector('aside')!);
    expect(path).toBe('html > body:nth-child(2) > div:nth-child(1) > aside:nth-child(2)');
    doc.querySelector('p')!.remove();
    expect(elementAt(doc, path)).toBeNull();
    expect(elementAt(doc, '#missing > div:nth-child(1)')).toBeNull();
  });
});
