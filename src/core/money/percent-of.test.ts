import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PRICE_MINOR } from './minor-units.ts';
import { formatBasisPoints, percentOf } from './percent-of.ts';

describe('percentOf', () => {
  it.each([
    // amount, basis points, expected
    [10_000, 2_000, 2_000], // 20 % of 100.00
    [1, 5_000, 1], // half a cent rounds up
    [1, 4_999, 0],
    [3, 5_000, 2], // 1.5 → 2
    [5, 5_000, 3], // 2.5 → 3 (half up, not banker's)
    [999, 1_250, 125], // 124.875 → 125
    [1_000, 3_333, 333], // JPY: 333.3 → 333
    [1_005, 1_000, 101], // 100.5 → 101
    [0, 5_000, 0],
    [12_345, 0, 0],
    [12_345, 10_000, 12_345],
    [-5, 5_000, -3], // symmetric: the negation of 50 % of 5
    [MAX_PRICE_MINOR, 10_000, MAX_PRICE_MINOR],
    [Number.MAX_SAFE_INTEGER, 5_000, 4_503_599_627_370_496],
  ])('%i × %i bp = %i', (amount, basisPoints, expected) => {
    expect(percentOf(amount, basisPoints)).toBe(expected);
  });

  it('refuses fractions and negative percentages', () => {
    expect(() => percentOf(1.5, 100)).toThrow(RangeError);
    expect(() => percentOf(100, 12.5)).toThrow(RangeError);
    expect(() => percentOf(100, -1)).toThrow(RangeError);
  });

  it('is the exact rational rounded half up, and odd in the amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -MAX_PRICE_MINOR, max: MAX_PRICE_MINOR }),
        fc.integer({ min: 0, max: 10_000 }),
        (amount, basisPoints) => {
          const result = percentOf(amount, basisPoints);
          // |result| is the integer r with r - 1/2 <= |amount|·bp/10000 < r + 1/2.
          const scaled = BigInt(Math.abs(amount)) * BigInt(basisPoints) * 2n;
          const r = BigInt(Math.abs(result));
          expect((2n * r - 1n) * 10_000n <= scaled && scaled < (2n * r + 1n) * 10_000n).toBe(true);
          expect(percentOf(-amount, basisPoints)).toBe(-result || 0);
          expect(Math.abs(result)).toBeLessThanOrEqual(Math.abs(amount));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('formatBasisPoints', () => {
  it.each([
    [2_000, '20%'],
    [1_250, '12.5%'],
    [1_205, '12.05%'],
    [5, '0.05%'],
    [10_000, '100%'],
    [0, '0%'],
    [-1_250, '-12.5%'],
    [-50, '-0.5%'],
  ])('%i → %s', (basisPoints, text) => {
    expect(formatBasisPoints(basisPoints)).toBe(text);
  });
});
