// Renders Preact views into jsdom for the unit tests, and finds things in them the way a reader
// would: by role-ish selectors and visible text.

import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  root: HTMLElement;
  $(selector: string): HTMLElement | null;
  $$(selector: string): HTMLElement[];
  /** The first element matching `selector` whose text includes `text`. */
  byText(selector: string, text: string): HTMLElement;
  click(el: Element): Promise<void>;
  rerender(view: ComponentChild): void;
  unmount(): void;
}

export function mount(view: ComponentChild): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(view, root));
  const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
  return {
    root,
    $: (selector) => root.querySelector<HTMLElement>(selector),
    $$,
    byText(selector, text) {
      const el = $$(selector).find((e) => e.textContent?.includes(text));
      if (!el) throw new Error(`no ${selector} with text “${text}”`);
      return el;
    },
    async click(el) {
      await act(async () => {
        (el as HTMLElement).click();
        // Let promise-returning actions settle and their state updates render.
        await new Promise((r) => setTimeout(r, 0));
      });
    },
    rerender(next) {
      act(() => render(next, root));
    },
    unmount() {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Collapsed text of an element, as a reader sees it. */
export function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
