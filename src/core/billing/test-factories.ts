// Test data for the billing core: builders for examples, fast-check arbitraries for
// properties. Not exported from index.ts.
import fc from 'fast-check';
import type {
  Adjustment,
  Cancellation,
  FreePeriod,
  Pause,
  PaymentHoliday,
  PriceChange,
  Reduction,
} from './adjustments.ts';
import type { BillingAgreement } from './agreement.ts';
import type { Credit } from './credits.ts';
import { INTERVALS, periodOf } from './periods.ts';

/** A monthly EUR agreement at 100.00 from 2026-01-31, open-ended unless overridden. */
export function agreement(overrides: Partial<BillingAgreement> = {}): BillingAgreement {
  return {
    startDate: '2026-01-31',
    interval: 'month',
    priceMinor: 10_000,
    currency: 'EUR',
    termEnd: null,
    ...overrides,
  };
}

/** The same with a fixed term of `periods` periods. */
export function fixedTerm(periods: number, overrides: Partial<BillingAgreement> = {}): BillingAgreement {
  const base = agreement(overrides);
  return { ...base, termEnd: periodOf(base, periods - 1).end };
}

export const holiday = (fromPeriod: number, periods: number, id = 'holiday'): PaymentHoliday => ({
  kind: 'payment_holiday',
  id,
  fromPeriod,
  periods,
});
export const pause = (fromPeriod: number, periods: number, id = 'pause'): Pause => ({
  kind: 'pause',
  id,
  fromPeriod,
  periods,
});
export const reduction = (
  fromPeriod: number,
  periods: number,
  basisPoints: number,
  id = 'reduction',
): Reduction => ({
  kind: 'reduction',
  id,
  fromPeriod,
  periods,
  basisPoints,
});
export const priceChange = (fromPeriod: number, priceMinor: number, id = 'price'): PriceChange => ({
  kind: 'price_change',
  id,
  fromPeriod,
  priceMinor,
});
export const freePeriod = (fromPeriod: number, id = 'free'): FreePeriod => ({
  kind: 'free_period',
  id,
  fromPeriod,
});
export const cancellation = (fromPeriod: number, id = 'cancel'): Cancellation => ({
  kind: 'cancellation',
  id,
  fromPeriod,
});
export const credit = (amountMinor: number, fromPeriod = 0, id = 'credit', usedMinor = 0): Credit => ({
  id,
  amountMinor,
  usedMinor,
  fromPeriod,
});

// --- arbitraries -------------------------------------------------------------------

const isoDate = fc
  .date({ min: new Date('1995-01-01'), max: new Date('2095-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Prices: mostly ordinary, sometimes tiny (rounding) or huge (exactness). */
export const priceArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 500_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000_000_000 }) },
);

/** Any valid agreement; `term` forces fixed or open-ended. */
export function agreementArb(term: 'fixed' | 'open' | 'any' = 'any'): fc.Arbitrary<BillingAgreement> {
  const termPeriods =
    term === 'fixed'
      ? fc.integer({ min: 1, max: 36 })
      : term === 'open'
        ? fc.constant(null)
        : fc.option(fc.integer({ min: 1, max: 36 }), { nil: null });
  return fc
    .record({
      startDate: isoDate,
      interval: fc.constantFrom(...INTERVALS),
      priceMinor: priceArb,
      currency: fc.constantFrom('EUR', 'JPY', 'KWD', 'USD'),
      termPeriods,
    })
    .map(({ termPeriods, ...rest }) => {
      const base = { ...rest, termEnd: null };
      return { ...base, termEnd: termPeriods === null ? null : periodOf(base, termPeriods - 1).end };
    });
}

const from = fc.integer({ min: 0, max: 30 });
const span = fc.integer({ min: 1, max: 8 });

/** One adjustment of any kind (ids are assigned by `adjustmentsArb`). */
export const adjustmentArb: fc.Arbitrary<Adjustment> = fc.oneof(
  fc
    .record({ fromPeriod: from, periods: span })
    .map((a) => ({ kind: 'payment_holiday' as const, id: '', ...a })),
  fc.record({ fromPeriod: from, periods: span }).map((a) => ({ kind: 'pause' as const, id: '', ...a })),
  fc
    .record({
      fromPeriod: from,
      periods: span,
      basisPoints: fc.oneof(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(5_000, 2_500, 1_250, 10_000),
      ),
    })
    .map((a) => ({ kind: 'reduction' as const, id: '', ...a })),
  fc
    .record({ fromPeriod: from, priceMinor: priceArb })
    .map((a) => ({ kind: 'price_change' as const, id: '', ...a })),
  from.map((fromPeriod) => ({ kind: 'free_period' as const, id: '', fromPeriod })),
  fc
    .integer({ min: 1, max: 40 })
    .map((fromPeriod) => ({ kind: 'cancellation' as const, id: '', fromPeriod })),
);

/** Several adjustments with unique ids (in an order unrelated to their ids). */
export const adjustmentsArb = (maxLength = 6) =>
  fc
    .tuple(
      fc.array(adjustmentArb, { maxLength }),
      fc.uniqueArray(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 4, maxLength: 8 })),
    )
    .map(([adjustments, ids]) => adjustments.map((a, i) => ({ ...a, id: `${ids[i] ?? ''}-${i}` })));

/** Unused or partly used credits with unique ids. */
export const creditsArb = (maxLength = 4) =>
  fc
    .array(
      fc
        .record({
          amountMinor: fc.integer({ min: 0, max: 1_000_000 }),
          fromPeriod: from,
          usedShare: fc.nat(100),
        })
        .map(({ amountMinor, fromPeriod, usedShare }) => ({
          amountMinor,
          fromPeriod,
          usedMinor: Math.floor((amountMinor * usedShare) / 400), // a quarter used at most
        })),
      { maxLength },
    )
    .map((credits) => credits.map((c, i) => ({ ...c, id: `credit-${(i * 7) % 10}-${i}` })));
