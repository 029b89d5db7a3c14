import { describe, expect, it } from 'vitest';
import { isMinorUnits, isPriceMinor, MAX_PRICE_MINOR, sumMinor } from './minor-units.ts';

describe('minor units', () => {
  it.each([
    [0, true, true],
    [1, true, true],
    [MAX_PRICE_MINOR, true, true],
    [MAX_PRICE_MINOR + 1, true, false],
    [-1, true, false],
    [0.5, false, false],
    [Number.NaN, false, false],
    [Number.MAX_SAFE_INTEGER + 1, false, false],
    ['100', false, false],
  ])('%o: amount %o, price %o', (value, amount, price) => {
    expect(isMinorUnits(value)).toBe(amount);
    expect(isPriceMinor(value)).toBe(price);
  });

  it('sums exactly and refuses an inexact total', () => {
    expect(sumMinor([1, 2, -3, MAX_PRICE_MINOR])).toBe(MAX_PRICE_MINOR);
    expect(sumMinor([])).toBe(0);
    expect(() => sumMinor([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(() => sumMinor([0.1, 0.2])).toThrow(RangeError);
  });
});
