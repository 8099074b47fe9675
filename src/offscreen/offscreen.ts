// Chrome's offscreen document: a hidden extension page that parses HTML for the background,
// whose service worker has no DOM. It answers one message, from the background alone.

import { detectInHtml } from '../background/detect-html';
import { handleMessages } from '../shared/messaging';

handleMessages({ 'offscreen.detect': ({ html }) => detectInHtml(html) });
