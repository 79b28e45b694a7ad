export type Summary = { runs: number; median: number; p90: number; min: number; max: number };

/** Nearest-rank quantile: with 5 runs the p90 is the slowest run, which is what p90 of 5 can honestly say. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function summarize(values: number[]): Summary {
  return {
    runs: values.length,
    median: quantile(values, 0.5),
    p90: quantile(values, 0.9),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** The sample whose value is the median, to show one representative run in detail. */
export function medianIndex(values: number[]): number {
  const median = quantile(values, 0.5);
  return values.indexOf(median);
}
