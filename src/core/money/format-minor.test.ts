import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinor } from './format-minor.ts';
import { parseMajor } from './parse-major.ts';

const EUR = { exponent: 2 };
const JPY = { exponent: 0 };
const KWD = { exponent: 3 };

describe('formatMinor', () => {
  it.each([
    [123_450, EUR, '1234.50'],
    [5, EUR, '0.05'],
    [-5, EUR, '-0.05'],
    [0, EUR, '0.00'],
    [100, EUR, '1.00'],
    [1_000, JPY, '1000'],
    [-1_000, JPY, '-1000'],
    [1_234, KWD, '1.234'],
    [Number.MAX_SAFE_INTEGER, EUR, '90071992547409.91'],
  ])('%i with exponent %o is %s', (amount, currency, text) => {
    expect(formatMinor(amount, currency)).toBe(text);
  });

  it('refuses a float', () => {
    expect(() => formatMinor(0.1, EUR)).toThrow(RangeError);
  });
});

describe('parseMajor', () => {
  it.each([
    ['1234.50', EUR, 123_450],
    ['1234.5', EUR, 123_450],
    ['1234', EUR, 123_400],
    ['0.05', EUR, 5],
    ['-0.05', EUR, -5],
    [' 12.00 ', EUR, 1_200],
    ['-0', EUR, 0],
    ['1000', JPY, 1_000],
    ['12.5', { exponent: 2 }, 1_250], // percent text as basis points
  ])('%j with exponent %o is %i', (text, currency, amount) => {
    expect(parseMajor(text, currency)).toEqual({ ok: true, amountMinor: amount });
  });

  it.each([
    ['12.345', EUR],
    ['10.5', JPY],
    ['1,000', EUR],
    ['1e3', EUR],
    ['', EUR],
    ['.5', EUR],
    ['12.', EUR],
    ['abc', EUR],
    ['99999999999999999', EUR],
  ])('refuses %j with exponent %o', (text, currency) => {
    expect(parseMajor(text, currency).ok).toBe(false);
  });

  it('reads back whatever formatMinor writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 4 }),
        (amount, exponent) => {
          expect(parseMajor(formatMinor(amount, { exponent }), { exponent })).toEqual({
            ok: true,
            amountMinor: amount,
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
