import type { Currency } from './currencies.ts';
import { isMinorUnits, type MinorUnits } from './minor-units.ts';

/**
 * A minor-unit amount as a plain major-unit decimal string: 123450 EUR → "1234.50",
 * -5 EUR → "-0.05", 1000 JPY → "1000". Built from the integer's digits, never by
 * dividing a float. No grouping or symbol: locale formatting (Intl.NumberFormat) belongs
 * at the display edge, which can feed it this string.
 */
export function formatMinor(amountMinor: MinorUnits, currency: Pick<Currency, 'exponent'>): string {
  if (!isMinorUnits(amountMinor)) throw new RangeError('formatMinor: amount must be a safe integer');
  const sign = amountMinor < 0 ? '-' : '';
  const digits = String(Math.abs(amountMinor));
  const { exponent } = currency;
  if (exponent === 0) return `${sign}${digits}`;
  const padded = digits.padStart(exponent + 1, '0');
  return `${sign}${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}
