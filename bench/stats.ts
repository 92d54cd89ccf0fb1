/** Medians and paired ratios: the only statistics the bench reports. */

/** Median of the finite values; NaN when there are none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Median over rounds of `a[i] / b[i]`: each ratio pairs two measurements taken
 * in the same round, so drift in machine load cancels out. Rounds where either
 * side is missing (failed) are skipped.
 */
export function pairedRatio<T>(
  a: readonly (T | undefined)[],
  b: readonly (T | undefined)[],
  pick: (sample: T) => number,
): number {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) continue;
    const denominator = pick(y);
    if (denominator > 0) ratios.push(pick(x) / denominator);
  }
  return median(ratios);
}
