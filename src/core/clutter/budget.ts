// Clutter detection with a budget, for the content script (on every page a person visits) and the
// pipeline alike: skipped on pages too large to scan, stopped at a deadline, its output capped.
// The detector itself (./detect.ts) only has to check the budget it is handed between phases.
//
// The pipeline runs it in one go (`detectClutterWithin`). The content script runs the same steps
// in slices (`detectClutterSliced`): a few milliseconds of work, then a pause in which the page
// runs, so detection never makes a long task; its budget counts the work, not the pauses.

import { boundClutter, deadline, LIMITS, type Budget } from '../limits';
import type { ClutterMatch, Limit } from '../types';
import { detectSteps } from './detect';
import { drain } from './scan';

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
  if (tooLarge(doc, budget)) return { matches: [], limits: ['clutter-budget'] };
  const time = deadline(budget.timeMs ?? LIMITS.detectMs);
  return bounded(drain(detectSteps(doc, { budget: time })), time);
}

export interface Slicing {
  /** Work between two pauses, in milliseconds. */
  sliceMs: number;
  /** Lets the page run; resolves when the detection may go on (a new task). */
  pause: () => Promise<void>;
  /** Called after each slice with its start and end (performance.now()), for the benchmarks. */
  onSlice?: (start: number, end: number) => void;
  now?: () => number;
}

/**
 * The same detection in slices. Its budget is work time: once the slices add up to it, the phases
 * left are skipped; past twice the budget (a page that grows as fast as it is read) the detection
 * is dropped.
 */
export async function detectClutterSliced(doc: Document, budget: DetectBudget, slicing: Slicing): Promise<Detection> {
  const now = slicing.now ?? (() => performance.now());
  const limit = budget.timeMs ?? LIMITS.detectMs;
  let worked = 0;
  let sliceStart = now();
  const spent = () => worked + now() - sliceStart;
  let over = false;
  const time: Budget = { expired: () => over || (over = spent() > limit) };
  if (tooLarge(doc, budget)) {
    slicing.onSlice?.(sliceStart, now());
    return { matches: [], limits: ['clutter-budget'] };
  }
  const steps = detectSteps(doc, { budget: time });
  for (;;) {
    const step = steps.next();
    if (step.done) {
      slicing.onSlice?.(sliceStart, now());
      return bounded(step.value, time);
    }
    const t = now();
    if (t - sliceStart < slicing.sliceMs) continue;
    worked += t - sliceStart;
    slicing.onSlice?.(sliceStart, t);
    if (worked > 2 * limit) return { matches: [], limits: ['clutter-budget'] };
    await slicing.pause();
    sliceStart = now();
  }
}

function tooLarge(doc: Document, budget: DetectBudget): boolean {
  return doc.getElementsByTagName('*').length > (budget.maxElements ?? LIMITS.detectElements);
}

function bounded(found: ClutterMatch[], time: Budget): Detection {
  const limits = new Set<Limit>();
  const matches = boundClutter(found, limits);
  if (time.expired()) limits.add('clutter-budget');
  return { matches, limits: [...limits] };
}
