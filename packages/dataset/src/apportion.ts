// Splitting an exact total by weights, so that figures like "17,000 estates" hold to the unit.

/** Largest-remainder apportionment: integer shares of `total` proportional to `weights`, summing to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) {
    if (total === 0) return weights.map(() => 0);
    throw new RangeError('apportion needs a positive weight');
  }
  const quotas = weights.map((w) => (total * w) / sum);
  const shares = quotas.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  // ties go to the earlier index, which keeps the split deterministic
  const order = quotas.map((q, i) => ({ i, rest: q - Math.floor(q) })).sort((x, y) => y.rest - x.rest || x.i - y.i);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i] = (shares[i] as number) + 1;
    left--;
  }
  return shares;
}
