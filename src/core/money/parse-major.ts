import type { Currency } from './currencies.ts';
import { isMinorUnits, type MinorUnits } from './minor-units.ts';

export type ParsedAmount = { ok: true; amountMinor: MinorUnits } | { ok: false; message: string };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A typed major-unit amount ("12.5", "-0.05", "1000") as minor units, by its digits —
 * the inverse of `formatMinor`. More decimals than the currency has is an error, not a
 * silent rounding ("12.345" EUR, "10.5" JPY). Percent text parses the same way with
 * exponent 2: `parseMajor('12.5', { exponent: 2 })` is 1250 basis points.
 */
export function parseMajor(text: string, currency: Pick<Currency, 'exponent'>): ParsedAmount {
  const match = DECIMAL.exec(text.trim());
  if (!match) return { ok: false, message: 'Enter a number such as 12.50' };
  const [, sign, whole = '', fraction = ''] = match;
  if (fraction.length > currency.exponent) {
    return {
      ok: false,
      message:
        currency.exponent === 0
          ? 'This currency has no decimals'
          : `At most ${currency.exponent} decimals for this currency`,
    };
  }
  const digits = `${whole}${fraction.padEnd(currency.exponent, '0')}`;
  const magnitude = Number(BigInt(digits));
  if (!isMinorUnits(magnitude)) return { ok: false, message: 'The amount is too large' };
  return { ok: true, amountMinor: sign === '-' && magnitude !== 0 ? -magnitude : magnitude };
}
