import type { Adjustment } from '../billing/adjustments.ts';
import type { BillingAgreement } from '../billing/agreement.ts';
import { planBilling, priceAt } from '../billing/billing-plan.ts';
import { deferredBalance } from '../billing/deferred-balance.ts';

/** Where one payment holiday stands today: what it has deferred so far and how much came back. */
export interface HolidayPosition {
  holidayId: string;
  /** The full price of the owed periods it has skipped so far (those already invoiced at zero). */
  deferredMinor: number;
  /** Paid back by extension periods whose invoices are paid. */
  recoveredMinor: number;
  /** Extension periods still to be paid before the deferred value is back. */
  extensionPeriodsLeft: number;
}

/**
 * A holiday's deferred value so far and its recovery (issue, figures: "deferred balance
 * outstanding and recovered"), from the billing core: `reachedPeriods` are the periods
 * already invoiced (0 … n−1) and `paidPeriods` the periods whose invoice is paid. Each
 * paid extension period recovers one skipped period at its full price, first skipped
 * first (see `deferredBalance`). Null for an unknown holiday.
 */
export function holidayPosition(
  agreement: BillingAgreement,
  adjustments: readonly Adjustment[],
  holidayId: string,
  reachedPeriods: number,
  paidPeriods: ReadonlySet<number>,
): HolidayPosition | null {
  const shape = deferredBalance(agreement, adjustments, holidayId, 0);
  if (!shape) return null;
  const paid = shape.extensionPeriods.filter((index) => paidPeriods.has(index)).length;
  const balance = deferredBalance(agreement, adjustments, holidayId, paid);
  if (!balance) return null;
  const plan = planBilling(agreement, adjustments);
  const deferredMinor = balance.skippedPeriods
    .filter((index) => index < reachedPeriods)
    .reduce((sum, index) => sum + priceAt(plan, index), 0);
  return {
    holidayId,
    deferredMinor,
    recoveredMinor: Math.min(balance.recoveredMinor, deferredMinor),
    extensionPeriodsLeft: balance.extensionPeriods.length - paid,
  };
}

/** One payment holiday's skipped value and what has come back of it. */
export interface HolidayBalance {
  holidayId: string;
  /** The owed periods it skipped (before any cancellation). */
  skippedPeriods: number[];
  /** Each paid extension period, in order, and the skipped value it recovered. */
  recoveries: { period: number; amountMinor: number }[];
  /** Skipped value not recovered by paid extension periods. */
  outstandingMinor: number;
}

/**
 * Every holiday of the agreement with its recoveries and what is still outstanding, given
 * the periods whose invoices are paid (the k-th paid extension period recovers the k-th
 * skipped period at its full price, as `deferredBalance` counts). What an early
 * cancellation leaves (issue: "if the client cancels before the commitment ends, policy
 * decides: bill the remaining deferred balance, or waive it"): after a cancellation the
 * extension periods are never billed, so what is outstanding stays outstanding.
 */
export function holidayBalances(
  agreement: BillingAgreement,
  adjustments: readonly Adjustment[],
  paidPeriods: ReadonlySet<number>,
): HolidayBalance[] {
  const plan = planBilling(agreement, adjustments);
  const balances: HolidayBalance[] = [];
  for (const adjustment of adjustments) {
    if (adjustment.kind !== 'payment_holiday') continue;
    const shape = deferredBalance(agreement, adjustments, adjustment.id, 0);
    if (!shape) continue;
    const values = shape.skippedPeriods.map((index) => priceAt(plan, index));
    const recoveries = shape.extensionPeriods
      .filter((index) => paidPeriods.has(index))
      .map((period, k) => ({ period, amountMinor: values[k] ?? 0 }));
    const recovered = recoveries.reduce((sum, r) => sum + r.amountMinor, 0);
    balances.push({
      holidayId: adjustment.id,
      skippedPeriods: shape.skippedPeriods,
      recoveries,
      outstandingMinor: shape.skippedMinor - recovered,
    });
  }
  return balances.sort((a, b) => (a.skippedPeriods[0] ?? 0) - (b.skippedPeriods[0] ?? 0));
}
