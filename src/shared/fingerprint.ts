// What an element looks like, in a few words: its tag, its class attribute and how many child
// elements it has. Clutter is detected in a copy of the page made from its HTML; the content
// script marks the live element at the same place only when it still looks the same (the page may
// have changed while the copy was read).

export function fingerprint(el: Element): string {
  return `${el.localName} ${el.getAttribute('class') ?? ''} ${el.childElementCount}`;
}
