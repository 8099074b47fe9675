// A CSS selector that names one element: its id where unique, else a path of :nth-child steps.

/**
 * `isUniqueId` tells whether an id names one element of the document; by default the document is
 * asked (the detector passes the counts it already has).
 */
export function selectorPath(el: Element, isUniqueId?: (id: string) => boolean): string {
  const unique = isUniqueId ?? ((id: string) => el.ownerDocument.querySelectorAll(`#${id}`).length === 1);
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node.parentElement) {
    const id = node.getAttribute('id');
    if (id && /^[A-Za-z][\w-]*$/.test(id) && unique(id)) {
      steps.unshift(`#${id}`);
      return steps.join(' > ');
    }
    const index = Array.prototype.indexOf.call(node.parentElement.children, node) + 1;
    steps.unshift(`${tagOf(node)}:nth-child(${index})`);
    node = node.parentElement;
  }
  steps.unshift(node ? tagOf(node) : 'html');
  return steps.join(' > ');
}

/** The tag as a selector (custom and prefixed names such as `fb:comments` need escaping). */
function tagOf(el: Element): string {
  return el.localName.replace(/[^\w-]/g, (c) => `\\${c}`);
}

/**
 * The element that a selectorPath names in `doc`, or null: the path walked step by step, which in
 * jsdom costs a small part of a selector query over the document.
 */
export function elementAt(doc: Document, selector: string): Element | null {
  let el: Element | null = null;
  for (const step of selector.split(' > ')) {
    if (el === null && step.startsWith('#')) {
      el = doc.getElementById(step.slice(1));
      continue;
    }
    const nth = /^(.+):nth-child\((\d+)\)$/.exec(step);
    el = nth ? (el?.children[Number(nth[2]) - 1] ?? null) : el === null ? doc.documentElement : null;
    if (el?.localName !== (nth ? nth[1]! : step).replace(/\\(.)/g, '$1')) return null;
  }
  return el;
}
