import type { Adjustment } from '../billing/adjustments.ts';
import type { BillingAgreement } from '../billing/agreement.ts';
import { effectiveTermEnd } from '../billing/effective-term.ts';

/** What an offer does to the money over a span of periods: billed without it, with it, and the change. */
export interface RevenueSpan {
  /** Periods in the span, from the offer's first period. */
  periods: number;
  withoutMinor: number;
  withMinor: number;
  /** `withMinor − withoutMinor`: negative when the offer costs revenue over the span. */
  differenceMinor: number;
}

/**
 * How many periods from `fromPeriod` a comparison must cover to show an offer's whole
 * effect: at least `minCount`, and through the later end of the two — the term end for a
 * fixed term, the commitment end for an open-ended agreement with holidays. So a payment
 * holiday on a fixed term shows as deferred (the same total, later), not as lost.
 */
export function effectHorizon(
  agreement: BillingAgreement,
  without: readonly Adjustment[],
  withOffer: readonly Adjustment[],
  fromPeriod: number,
  minCount: number,
): number {
  const endOf = (adjustments: readonly Adjustment[]) => {
    const term = effectiveTermEnd(agreement, adjustments);
    return term.periodCount ?? term.commitmentPeriodCount ?? 0;
  };
  return Math.max(minCount, endOf(without) - fromPeriod, endOf(withOffer) - fromPeriod);
}

/** Totals of the first `periods` bills of both schedules (which start at the same period). */
export function revenueSpan(
  without: readonly { totalMinor: number }[],
  withOffer: readonly { totalMinor: number }[],
  periods: number,
): RevenueSpan {
  const total = (bills: readonly { totalMinor: number }[]) =>
    bills.slice(0, periods).reduce((sum, bill) => sum + bill.totalMinor, 0);
  const withoutMinor = total(without);
  const withMinor = total(withOffer);
  return { periods, withoutMinor, withMinor, differenceMinor: withMinor - withoutMinor };
}
