import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deferredBalance } from '../billing/index.ts';
import {
  agreement,
  agreementArb,
  cancellation,
  fixedTerm,
  holiday,
  priceChange,
} from '../billing/test-factories.ts';
import { holidayBalances, holidayPosition } from './holiday-position.ts';

describe('holidayBalances', () => {
  it('open-ended: a 3-period holiday from period 4, one extension period paid, then a cancellation', () => {
    const open = agreement({ startDate: '2026-08-15', priceMinor: 10_000 });
    const adjustments = [holiday(4, 3, 'h'), cancellation(8)];
    expect(holidayBalances(open, adjustments, new Set([0, 1, 2, 3, 7]))).toEqual([
      {
        holidayId: 'h',
        skippedPeriods: [4, 5, 6],
        recoveries: [{ period: 7, amountMinor: 10_000 }],
        outstandingMinor: 20_000,
      },
    ]);
  });

  it('values each skipped period at its own price, first skipped first recovered', () => {
    const term = fixedTerm(6, { priceMinor: 10_000 });
    const adjustments = [holiday(1, 2, 'h'), priceChange(2, 4_000)];
    // Skipped: 1 (100.00) and 2 (40.00); extension periods 6 and 7 pay them back in order.
    expect(holidayBalances(term, adjustments, new Set([6]))[0]).toMatchObject({
      recoveries: [{ period: 6, amountMinor: 10_000 }],
      outstandingMinor: 4_000,
    });
  });

  it('agrees with the billing core’s deferred balance for any holiday and payments', () => {
    fc.assert(
      fc.property(
        agreementArb('any'),
        fc.nat(8),
        fc.integer({ min: 1, max: 4 }),
        fc.uniqueArray(fc.nat(30)),
        (base, from, periods, paidList) => {
          const adjustments = [holiday(from, periods, 'h')];
          const paid = new Set(paidList);
          const [balance] = holidayBalances(base, adjustments, paid);
          const core = deferredBalance(base, adjustments, 'h', balance?.recoveries.length ?? 0);
          expect(balance?.outstandingMinor).toBe(core?.outstandingMinor);
          expect(balance?.recoveries.reduce((s, r) => s + r.amountMinor, 0)).toBe(core?.recoveredMinor);
          const position = holidayPosition(base, adjustments, 'h', 1_000, paid);
          expect(position?.deferredMinor).toBe(core?.skippedMinor);
        },
      ),
    );
  });
});
