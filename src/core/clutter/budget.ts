// Clutter detection with a budget, for live pages (a copy of each page a person visits, see
// ../../background/detect-html.ts) and the pipeline alike: skipped on pages too large to scan,
// stopped at a deadline, its output capped. The detector itself (./detect.ts) only has to check
// the budget it is handed between phases.

import { boundClutter, deadline, LIMITS, type Budget } from '../limits';
import type { ClutterMatch, Limit } from '../types';
import { detectClutter } from './detect';

export interface DetectBudget {
  /** Milliseconds the detection may take; it stops with what it has found so far. */
  timeMs?: number;
  /** Pages with more elements than this are not scanned at all. */
  maxElements?: number;
  /** How many elements the page has, when the caller has counted them (jsdom counts slowly). */
  elements?: number;
}

export interface Detection {
  matches: ClutterMatch[];
  /** `clutter-budget` when the page was too large or the deadline passed; `clutter` when capped. */
  limits: Limit[];
}

export function detectClutterWithin(doc: Document, budget: DetectBudget = {}): Detection {
  if (tooLarge(doc, budget)) return { matches: [], limits: ['clutter-budget'] };
  const time = deadline(budget.timeMs ?? LIMITS.detectMs);
  return bounded(detectClutter(doc, { budget: time, elements: budget.elements }), time);
}

function tooLarge(doc: Document, budget: DetectBudget): boolean {
  return (budget.elements ?? doc.getElementsByTagName('*').length) > (budget.maxElements ?? LIMITS.detectElements);
}

function bounded(found: ClutterMatch[], time: Budget): Detection {
  const limits = new Set<Limit>();
  const matches = boundClutter(found, limits);
  if (time.expired()) limits.add('clutter-budget');
  return { matches, limits: [...limits] };
}
