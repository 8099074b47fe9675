// Chrome's offscreen document: a hidden extension page that parses HTML, which the service worker
// cannot. It finds the clutter in a page's copy for the background, and makes the popup's digest:
// kept open from click to click, it runs the pipeline with its code compiled and its JIT warm
// (a popup is a fresh page each time it opens). The pipeline loads on the first click only.

import { detectInHtml } from '../background/detect-html';
import { serveOnChannel } from '../shared/channel';
import { loadDigestCode } from '../shared/digest-code';
import { handleMessages } from '../shared/messaging';

handleMessages({ 'offscreen.detect': ({ html }) => detectInHtml(html) });

serveOnChannel({
  'offscreen.prepare': async () => (await loadDigestCode(), true as const),
  'offscreen.digest': async (snapshot) => (await loadDigestCode()).digestSnapshot(snapshot),
});
