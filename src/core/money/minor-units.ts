/**
 * Money in the core is an integer count of the currency's minor unit (cents for EUR,
 * yen for JPY) with the decimal point removed. A plain `number` keeps it easy to store
 * and compare; the guards below keep it an exact integer, which a float never is.
 */
export type MinorUnits = number;

/**
 * The largest price or credit the core accepts: 10^11 minor units (a billion euros).
 * Far above any real price, yet a century of monthly invoices at this price still sums
 * below 2^53, so totals stay exact without BigInt.
 */
export const MAX_PRICE_MINOR = 100_000_000_000;

/** Whether `value` is an exact integer amount (any sign) that arithmetic keeps exact. */
export function isMinorUnits(value: unknown): value is MinorUnits {
  return Number.isSafeInteger(value);
}

/** Whether `value` can be a price or credit: a whole amount from 0 to `MAX_PRICE_MINOR`. */
export function isPriceMinor(value: unknown): value is MinorUnits {
  return isMinorUnits(value) && value >= 0 && value <= MAX_PRICE_MINOR;
}

/** Sum of amounts; throws rather than return an inexact total past 2^53. */
export function sumMinor(amounts: readonly MinorUnits[]): MinorUnits {
  let total = 0;
  for (const amount of amounts) {
    total += amount;
    if (!isMinorUnits(amount) || !isMinorUnits(total)) {
      throw new RangeError('Money total is not an exact integer amount');
    }
  }
  return total;
}
