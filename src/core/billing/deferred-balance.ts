import type { Adjustment } from './adjustments.ts';
import type { BillingAgreement } from './agreement.ts';
import { planBilling, priceAt } from './billing-plan.ts';

/** A payment holiday's deferred balance: what it skipped and how much has been paid back. */
export interface DeferredBalance {
  holidayId: string;
  /** The owed periods the holiday skipped, in order. */
  skippedPeriods: number[];
  /** The full price of each skipped period: the value deferred. */
  skippedMinor: number;
  /** The paid periods that pay the skipped ones back, one for one, in order. */
  extensionPeriods: number[];
  /** Recovered after the first `extensionPeriodsPaid` extension periods are paid. */
  recoveredMinor: number;
  outstandingMinor: number;
}

/**
 * The skipped value of holiday `holidayId` and how much of it is recovered once
 * `extensionPeriodsPaid` of its extension periods are paid (the caller counts paid
 * invoices among `extensionPeriods`). Each extension period recovers one skipped period
 * at that period's full price, first skipped first, so paying every extension period
 * recovers the whole balance even if the price changed in between.
 *
 * A skipped period is owed when the client would have paid for it without the holiday:
 * for a fixed term, one inside the term as it would end without holidays (a holiday
 * reaching past that end skips periods that only exist because of a holiday); for an
 * open-ended agreement, all of them — up to a cancellation. After a cancellation the
 * extension periods go unpaid and the outstanding amount stays: a holiday not paid back.
 * Returns null for an unknown holiday id.
 */
export function deferredBalance(
  agreement: BillingAgreement,
  adjustments: readonly Adjustment[],
  holidayId: string,
  extensionPeriodsPaid: number,
): DeferredBalance | null {
  const plan = planBilling(agreement, adjustments);
  const deferral = plan.deferrals.get(holidayId);
  if (!deferral) return null;
  // Holiday periods after a cancellation were never reached, so nothing was deferred.
  const cancelledFrom = plan.cancellation?.fromPeriod ?? Number.POSITIVE_INFINITY;
  const skippedPeriods = deferral.skippedPeriods.filter((index) => index < cancelledFrom);
  const values = skippedPeriods.map((index) => priceAt(plan, index));
  const extensionPeriods = deferral.extensionPeriods.slice(0, skippedPeriods.length);
  const paid = Math.max(0, Math.min(Math.trunc(extensionPeriodsPaid), extensionPeriods.length));
  const skippedMinor = values.reduce((sum, value) => sum + value, 0);
  const recoveredMinor = values.slice(0, paid).reduce((sum, value) => sum + value, 0);
  return {
    holidayId,
    skippedPeriods,
    skippedMinor,
    extensionPeriods,
    recoveredMinor,
    outstandingMinor: skippedMinor - recoveredMinor,
  };
}
