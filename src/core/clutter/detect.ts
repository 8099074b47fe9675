// Clutter detection on a Document: which elements to hide, by which rule, and why.

import type { Budget } from '../limits';
import type { ClutterMatch } from '../types';
import { collapse } from '../text';
import { SELECTOR_RULES } from './rules';
import { selectorPath } from './selector-path';

/** Stops with the matches found so far once `budget` expires (see ./budget.ts). */
export function detectClutter(doc: Document, budget?: Budget): ClutterMatch[] {
  const matches: ClutterMatch[] = [];
  const taken: Element[] = [];
  for (const rule of SELECTOR_RULES) {
    for (const el of doc.querySelectorAll(rule.selectors.join(','))) {
      if (budget?.expired()) return matches;
      if (taken.some((t) => t.contains(el) || el.contains(t))) continue;
      if (el === doc.body || el === doc.documentElement) continue;
      taken.push(el);
      matches.push({
        kind: rule.kind,
        rule: rule.id,
        selector: selectorPath(el),
        reason: rule.reason,
        text: collapse(el.textContent ?? ''),
      });
    }
  }
  return matches;
}
