// Clutter rules as data, grouped by kind. Each rule has an id (recorded on every match), the
// selectors it hides, and the reason shown to the user.

import type { ClutterKind } from '../types';

export interface SelectorRule {
  id: string;
  kind: ClutterKind;
  selectors: string[];
  reason: string;
}

export const SELECTOR_RULES: SelectorRule[] = [
  {
    id: 'comments/wordpress',
    kind: 'comments',
    selectors: ['#comments', '#respond', '.comment-respond', '.comments-area', 'ol.comment-list'],
    reason: 'WordPress comment section',
  },
  {
    id: 'comments/disqus',
    kind: 'comments',
    selectors: ['#disqus_thread'],
    reason: 'Disqus comment widget',
  },
  {
    id: 'newsletter/mailchimp',
    kind: 'newsletter',
    selectors: ['#mc_embed_signup', '.mc4wp-form'],
    reason: 'Mailchimp sign-up form',
  },
];
