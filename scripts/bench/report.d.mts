// Types of what the unit tests import from ./report.mjs.

export interface Comparison {
  label: string;
  unit: string;
  baseline: number;
  now: number;
  change: number;
  relative: number | null;
}

/** Each figure present in both runs: baseline, now, change and relative change. */
export declare function compare(base: object, run: object): Comparison[];
