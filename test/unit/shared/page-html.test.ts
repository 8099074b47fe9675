// @vitest-environment jsdom
// The copy of a page loses its inline event handlers before the extension parses it, and nothing else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePageHtml, withoutHandlers } from '../../../src/shared/page-html';

/** Every element's name, attributes and text, in document order. */
function shape(doc: Document, dropHandlers = false) {
  return [...doc.querySelectorAll('*')].map((el) => ({
    name: el.localName,
    attrs: [...el.attributes]
      .filter((a) => !(dropHandlers && /^on[a-z]+$/i.test(a.name)))
      .map((a) => [a.name, a.value]),
    text: [...el.childNodes].filter((n) => n.nodeType !== 1).map((n) => `${n.nodeType}:${n.textContent}`),
  }));
}

describe('withoutHandlers', () => {
  it('cuts inline event handlers out of start tags, and only them', () => {
    const html =
      '<html><head></head><body><a href="/x" onclick="track(&quot;a&quot;)" class="c">Read</a>' +
      '<form onsubmit="return go()"><input onfocus="f()" value="onion"><button type="submit">Go</button></form>' +
      '<svg onload="x()"><path d="M0"></path></svg></body></html>';
    expect(withoutHandlers(html)).toBe(
      '<html><head></head><body><a href="/x" class="c">Read</a>' +
        '<form><input value="onion"><button type="submit">Go</button></form>' +
        '<svg><path d="M0"></path></svg></body></html>',
    );
  });

  it('leaves text, comments and attribute values that only look like handlers as they were', () => {
    const html =
      '<p>Click on="this" button onclick="now"</p><!-- <a onclick="x"> -->' +
      '<p title="say onclick=" data-x="1">t</p><p data-on="1" ok="2">u</p>';
    const doc = parsePageHtml(html);
    expect(shape(doc)).toEqual(shape(new DOMParser().parseFromString(html, 'text/html')));
    expect(doc.body.firstChild!.textContent).toBe('Click on="this" button onclick="now"');
    expect(withoutHandlers(html)).toBe(html);
  });

  it('cuts them out of the markup in a <noscript>, which the copy parses as elements', () => {
    const html = '<body><noscript><img src="p.gif" onload="x()" alt="pixel"></noscript></body>';
    expect(withoutHandlers(html)).toBe('<body><noscript><img src="p.gif" alt="pixel"></noscript></body>');
  });

  it('leaves a tag it cannot read as serialization writes it', () => {
    // As an old serializer wrote a > in an attribute value: the tag is cut short and kept whole.
    const old = '<a title="a > b" onclick="x()">t</a>';
    expect(withoutHandlers(old)).toBe(old);
  });

  it('gives the page minus its handlers, whatever the page (serialized as browsers do)', () => {
    // Elements whose content serialization writes as markup or escaped text, as parsing reads it
    // again: not those whose text it writes raw (<xmp>, <noscript> and the like, whose text can be
    // any tag soup), nor a <title> given elements by a script.
    const name = fc.constantFrom('div', 'p', 'a', 'span', 'section', 'svg', 'li');
    const attrName = fc.constantFrom('class', 'title', 'onclick', 'onmouseover', 'onload', 'data-on', 'one', 'href');
    const value = fc.string({
      unit: fc.constantFrom('a', ' ', '"', "'", '<', '>', '=', '&', 'on', 'onclick="x"', '/', '<!--', '-->'),
    });
    // A comment as parsing makes one: no "-->" inside, no ">" first (a script can make others,
    // whose HTML does not read back the same; their handlers may then stay, nothing else changes).
    const comment = fc.string({ unit: fc.constantFrom('a', ' ', '"', 'on', 'onclick="x"', '<a onclick="y">') });
    const node = fc.letrec((tie) => ({
      el: fc.record({
        name,
        attrs: fc.array(fc.tuple(attrName, value), { maxLength: 4 }),
        kids: fc.array(tie('node'), { maxLength: 3 }),
      }),
      node: fc.oneof({ depthSize: 'small' }, value, fc.record({ comment }), tie('el')),
    }));
    fc.assert(
      fc.property(fc.array(node.node, { maxLength: 4 }), (nodes) => {
        const doc = document.implementation.createHTMLDocument('');
        const build = (n: unknown): Node => {
          if (typeof n === 'string') return doc.createTextNode(n);
          if ('comment' in (n as object)) return doc.createComment((n as { comment: string }).comment);
          const { name, attrs, kids } = n as { name: string; attrs: [string, string][]; kids: unknown[] };
          const el = doc.createElement(name);
          for (const [k, v] of attrs) el.setAttribute(k, v);
          for (const kid of kids) el.append(build(kid));
          return el;
        };
        for (const n of nodes) doc.body.append(build(n));
        const html = doc.documentElement.outerHTML;
        const original = new DOMParser().parseFromString(html, 'text/html');
        const copy = parsePageHtml(html);
        expect(shape(copy)).toEqual(shape(original, true));
        expect(copy.querySelector('[onclick], [onmouseover], [onload]')).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
