/**
 * Money: integer minor units with an ISO 4217 currency (DESIGN.md, Billing rules).
 *
 * - `findCurrency(code)` — the currency's minor-unit exponent, or an error result.
 * - `isMinorUnits`, `isPriceMinor`, `MAX_PRICE_MINOR`, `sumMinor` — exact-integer guards.
 * - `percentOf(amountMinor, basisPoints)` — round half up, integer arithmetic only.
 * - `formatMinor` / `parseMajor` — minor units ⇄ "1234.50" strings, without floats.
 */
export { CURRENCY_CODES, type Currency, type CurrencyLookup, findCurrency } from './currencies.ts';
export { formatMinor } from './format-minor.ts';
export { isMinorUnits, isPriceMinor, MAX_PRICE_MINOR, type MinorUnits, sumMinor } from './minor-units.ts';
export { type ParsedAmount, parseMajor } from './parse-major.ts';
export { BASIS_POINTS_PER_PERCENT, formatBasisPoints, percentOf } from './percent-of.ts';
