/** The middle of ascending values (the mean of the two middle ones for an even count); null when empty. */
export function median(ascending: readonly number[]): number | null {
  const n = ascending.length;
  if (n === 0) return null;
  const high = ascending[Math.floor(n / 2)] as number;
  return n % 2 === 1 ? high : ((ascending[n / 2 - 1] as number) + high) / 2;
}

/**
 * The nearest-rank percentile `p` (0 < p <= 1) of ascending values: the smallest value with at
 * least that share of values at or below it, always one that occurred; null when empty.
 */
export function nearestRank(ascending: readonly number[], p: number): number | null {
  if (ascending.length === 0) return null;
  return ascending[Math.max(0, Math.ceil(p * ascending.length) - 1)] as number;
}
