// Chrome's offscreen document (../offscreen/): a hidden page of the extension that parses pages'
// HTML, which Chrome's service worker cannot. The background opens it for the clutter detection,
// the popup for its digest; there is one per extension, kept open.

import type { Offscreen } from './platform';

/** The document being made, or made, by this context. */
let opened: Promise<void> | null = null;

export function openOffscreen(api: Offscreen): Promise<void> {
  opened ??= api
    .createDocument({
      url: 'offscreen/offscreen.html',
      reasons: ['DOM_PARSER'],
      justification:
        'Parses copies of pages: finds their comment sections and newsletter boxes, and makes their digest.',
    })
    .catch(() => {
      // Already open (made by another context, or by this service worker before it restarted), or
      // failed: the caller finds out when the document does not answer.
    });
  return opened;
}

/** The document did not answer: make it again next time. */
export function forgetOffscreen(): void {
  opened = null;
}
