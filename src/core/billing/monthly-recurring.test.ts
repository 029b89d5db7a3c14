import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Adjustment } from './adjustments.ts';
import type { BillingAgreement } from './agreement.ts';
import { recurringTwelfths, twelfthsToMinor } from './monthly-recurring.ts';

const agreement = (overrides: Partial<BillingAgreement> = {}): BillingAgreement => ({
  startDate: '2026-01-31',
  interval: 'month',
  priceMinor: 10_000,
  currency: 'EUR',
  termEnd: null,
  ...overrides,
});

const mrr = (a: BillingAgreement, adjustments: Adjustment[], date: string) =>
  twelfthsToMinor(recurringTwelfths(a, adjustments, date));

describe('monthly recurring revenue of an agreement', () => {
  it.each([
    ['a monthly price as it is', agreement(), [], '2026-11-24', 10_000],
    [
      'a quarterly price in thirds',
      agreement({ interval: 'quarter', priceMinor: 30_000 }),
      [],
      '2026-11-24',
      10_000,
    ],
    [
      'a yearly price in twelfths, rounded half up',
      agreement({ interval: 'year', priceMinor: 100 }),
      [],
      '2026-11-24',
      8,
    ],
    ['nothing before the start', agreement(), [], '2026-01-30', 0],
    ['nothing after a fixed term ends', agreement({ termEnd: '2026-04-29' }), [], '2026-11-24', 0],
    [
      'the reduced price while a reduction runs',
      agreement(),
      [{ id: 'r', kind: 'reduction', fromPeriod: 9, periods: 3, basisPoints: 5000 }],
      '2026-11-24',
      5_000,
    ],
    [
      'nothing on a payment holiday',
      agreement(),
      [{ id: 'h', kind: 'payment_holiday', fromPeriod: 9, periods: 3 }],
      '2026-11-24',
      0,
    ],
    [
      'nothing while paused',
      agreement(),
      [{ id: 'p', kind: 'pause', fromPeriod: 9, periods: 1 }],
      '2026-11-24',
      0,
    ],
    [
      'nothing once cancelled',
      agreement(),
      [{ id: 'c', kind: 'cancellation', fromPeriod: 8 }],
      '2026-11-24',
      0,
    ],
  ] as [string, BillingAgreement, Adjustment[], string, number][])(
    '%s',
    (_name, a, adjustments, date, expected) => {
      expect(mrr(a, adjustments, date)).toBe(expected);
    },
  );

  it('sums exactly before rounding: three yearly prices of 1 are 3/12, not 3 × 0', () => {
    const yearly = agreement({ interval: 'year', priceMinor: 2 });
    const total = [yearly, yearly, yearly].reduce(
      (sum, a) => sum + recurringTwelfths(a, [], '2026-11-24'),
      0,
    );
    expect(twelfthsToMinor(total)).toBe(1); // 6/12 rounds half up
  });

  it('never goes negative and never exceeds the monthly equivalent of the price', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('month', 'quarter', 'year'),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (interval, priceMinor, basisPoints) => {
          const a = agreement({ interval: interval as BillingAgreement['interval'], priceMinor });
          const reductions: Adjustment[] =
            basisPoints > 0 ? [{ id: 'r', kind: 'reduction', fromPeriod: 0, periods: 200, basisPoints }] : [];
          const twelfths = recurringTwelfths(a, reductions, '2026-11-24');
          const full = recurringTwelfths(a, [], '2026-11-24');
          expect(twelfths).toBeGreaterThanOrEqual(0);
          expect(twelfths).toBeLessThanOrEqual(full);
          expect(Number.isSafeInteger(twelfths)).toBe(true);
        },
      ),
    );
  });
});
