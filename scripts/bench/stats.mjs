// Small statistics for the benchmarks: quantiles by linear interpolation (R's type 7), rounded.

export function quantile(values, q) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);

/** { n, median, p95, max } of a list of numbers, rounded to `digits`. */
export function summary(values, digits = 2) {
  const xs = values.filter((v) => Number.isFinite(v));
  const r = (v) => (v == null ? null : Number(v.toFixed(digits)));
  return {
    n: xs.length,
    median: r(median(xs)),
    p95: r(quantile(xs, 0.95)),
    max: r(xs.length ? Math.max(...xs) : null),
  };
}

/** Total length of the union of [start, end] intervals: time covered at least once. */
export function unionLength(intervals) {
  const xs = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of xs) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}
