// A CSS selector that names one element: its id where unique, else a path of :nth-child steps.

export function selectorPath(el: Element): string {
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node.parentElement) {
    const id = node.getAttribute('id');
    if (id && /^[A-Za-z][\w-]*$/.test(id) && node.ownerDocument.querySelectorAll(`#${id}`).length === 1) {
      steps.unshift(`#${id}`);
      return steps.join(' > ');
    }
    const index = Array.prototype.indexOf.call(node.parentElement.children, node) + 1;
    steps.unshift(`${node.tagName.toLowerCase()}:nth-child(${index})`);
    node = node.parentElement;
  }
  steps.unshift(node ? node.tagName.toLowerCase() : 'html');
  return steps.join(' > ');
}
