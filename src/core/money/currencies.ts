/**
 * ISO 4217 currencies Rapport accepts, with their minor-unit exponent: how many digits
 * follow the decimal point (EUR 2, JPY 0, KWD 3). Amounts are stored as integers in the
 * minor unit, so the exponent is all the core needs to format or parse them.
 */
export interface Currency {
  /** ISO 4217 alphabetic code, upper case. */
  code: string;
  /** Minor-unit digits from ISO 4217's list (not the locale's display habit). */
  exponent: number;
}

// From the ISO 4217 list. CLDR disagrees for a few (it shows HUF and TWD without
// decimals); we follow ISO because amounts exchanged with banks use its minor units.
// biome-ignore format: a table reads better in rows
const EXPONENTS: Readonly<Record<string, number>> = {
  AED: 2, ARS: 2, AUD: 2, BDT: 2, BGN: 2, BHD: 3, BIF: 0, BRL: 2, CAD: 2, CHF: 2,
  CLF: 4, CLP: 0, CNY: 2, COP: 2, CZK: 2, DJF: 0, DKK: 2, EGP: 2, EUR: 2, GBP: 2,
  GNF: 0, HKD: 2, HUF: 2, IDR: 2, ILS: 2, INR: 2, IQD: 3, ISK: 0, JOD: 3, JPY: 0,
  KES: 2, KMF: 0, KRW: 0, KWD: 3, LYD: 3, MAD: 2, MXN: 2, MYR: 2, NGN: 2, NOK: 2,
  NZD: 2, OMR: 3, PEN: 2, PHP: 2, PKR: 2, PLN: 2, PYG: 0, QAR: 2, RON: 2, RSD: 2,
  RWF: 0, SAR: 2, SEK: 2, SGD: 2, THB: 2, TND: 3, TRY: 2, TWD: 2, UAH: 2, UGX: 0,
  USD: 2, UYI: 0, UYU: 2, UYW: 4, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0, ZAR: 2,
};

/** Every supported code, sorted, for pickers and validation messages. */
export const CURRENCY_CODES: readonly string[] = Object.keys(EXPONENTS).sort();

export type CurrencyLookup =
  | { ok: true; currency: Currency }
  | { ok: false; error: 'unknown_currency'; message: string };

/**
 * The currency for an ISO 4217 code. Codes are matched exactly (upper case) so a typo is
 * reported rather than guessed at; an unknown code is an error result, not an exception,
 * because it usually comes from user input.
 */
export function findCurrency(code: string): CurrencyLookup {
  const exponent = Object.hasOwn(EXPONENTS, code) ? EXPONENTS[code] : undefined;
  if (exponent === undefined) {
    return { ok: false, error: 'unknown_currency', message: `Unknown currency code "${code}"` };
  }
  return { ok: true, currency: { code, exponent } };
}
