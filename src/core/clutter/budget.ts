// Clutter detection with a budget, for the content script (on every page a person visits) and the
// pipeline alike: skipped on pages too large to scan, stopped at a deadline, its output capped.
// The detector itself (./detect.ts) only has to check the budget it is handed in its loops.

import { boundClutter, deadline, LIMITS } from '../limits';
import type { ClutterMatch, Limit } from '../types';
import { detectClutter } from './detect';

export interface DetectBudget {
  /** Milliseconds the detection may take; it stops with what it has found so far. */
  timeMs?: number;
  /** Pages with more elements than this are not scanned at all. */
  maxElements?: number;
}

export interface Detection {
  matches: ClutterMatch[];
  /** `clutter-budget` when the page was too large or the deadline passed; `clutter` when capped. */
  limits: Limit[];
}

export function detectClutterWithin(doc: Document, budget: DetectBudget = {}): Detection {
  const limits = new Set<Limit>();
  if (doc.getElementsByTagName('*').length > (budget.maxElements ?? LIMITS.detectElements)) {
    return { matches: [], limits: ['clutter-budget'] };
  }
  const time = deadline(budget.timeMs ?? LIMITS.detectMs);
  const matches = boundClutter(detectClutter(doc, { budget: time }), limits);
  if (time.expired()) limits.add('clutter-budget');
  return { matches, limits: [...limits] };
}
