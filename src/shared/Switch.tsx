// The on/off switch of the popup and the options page: a labelled checkbox styled as `.switch`.

import type { ComponentChildren } from 'preact';

export function Switch(props: { checked: boolean; onChange: (on: boolean) => void; children: ComponentChildren }) {
  return (
    <label class="switch">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <span>{props.children}</span>
    </label>
  );
}
