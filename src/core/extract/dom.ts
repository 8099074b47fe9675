// Walking a document by hand. In jsdom, querySelectorAll with attribute selectors ([class*="x" i])
// costs about ten times a plain walk over the elements that tests the attributes itself, and
// iterating a live HTMLCollection costs more still; extraction asks such questions of every page.

/** The elements under `root` in document order (pre-order, as querySelectorAll returns them),
 * `root` itself left out. Iterative: a page nested thousands of levels deep must not overflow. */
export function elementsIn(root: ParentNode): Element[] {
  const out: Element[] = [];
  let el = root.firstElementChild;
  while (el) {
    out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      const up: Element | null = el.parentElement;
      el = up === root ? null : up;
    }
    el = el ? el.nextElementSibling : null;
  }
  return out;
}
