/**
 * Whether a value can be an amount of money here: an integer count of minor units
 * (cents) that JavaScript holds exactly. The ledger refuses anything else rather than
 * round it: a fraction of a cent in a journal would never reconcile.
 */
export function isMinorAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Sums amounts, or returns null once the sum is no longer exact (past 2^53 − 1). */
export function sumMinor(values: Iterable<number>): number | null {
  let total = 0;
  for (const value of values) {
    total += value;
    if (!Number.isSafeInteger(total)) return null;
  }
  return total;
}
