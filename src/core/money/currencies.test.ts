import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, findCurrency } from './currencies.ts';

describe('findCurrency', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['GBP', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['ISK', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['CLF', 4],
  ])('%s has %i minor digits', (code, exponent) => {
    expect(findCurrency(code)).toEqual({ ok: true, currency: { code, exponent } });
  });

  it.each(['eur', 'XXX', '', 'EURO', 'constructor', 'toString'])('refuses %j', (code) => {
    const found = findCurrency(code);
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.error).toBe('unknown_currency');
  });

  it('lists only three-letter upper-case codes with a 0–4 exponent', () => {
    for (const code of CURRENCY_CODES) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      const found = findCurrency(code);
      expect(found.ok && found.currency.exponent >= 0 && found.currency.exponent <= 4).toBe(true);
    }
  });
});
