import type { Adjustment } from './adjustments.ts';
import type { BillingAgreement } from './agreement.ts';
import { planBilling } from './billing-plan.ts';
import { periodOf } from './periods.ts';

/** Where billing stops and what the client has committed to, once adjustments are applied. */
export interface EffectiveTerm {
  /**
   * Periods 0 … n−1 are within the agreement: the signed term moved by holidays and
   * pauses, cut by a cancellation. Null while an open-ended agreement runs on.
   */
  periodCount: number | null;
  /** The last day of the last period; null when open-ended or when no period is left. */
  endDate: string | null;
  /**
   * Periods the client has promised to stay for, not cut by a cancellation (so a broken
   * promise shows): the moved term for a fixed term; for an open-ended agreement, through
   * the periods that pay back its holidays (a holiday of N periods from period h commits
   * the client through period h + 2N − 1, later if a pause interrupts the payback).
   * Null for an open-ended agreement without holidays.
   */
  commitmentPeriodCount: number | null;
  /** The last day of the commitment, or null. */
  commitmentEndDate: string | null;
}

/**
 * The agreement's end after adjustments (DESIGN.md: "the term end (or the commitment end,
 * for an open-ended agreement) moves by the same number of periods"). Holidays and pauses
 * move a fixed term's end by the periods they cover — the client pays for as many periods
 * as signed, and a paused period is not a period of the term. Overlapping holidays and
 * pauses move it once per covered period, not once per adjustment. Reductions, price
 * changes and free periods do not move it; a cancellation cuts it.
 */
export function effectiveTermEnd(
  agreement: BillingAgreement,
  adjustments: readonly Adjustment[],
): EffectiveTerm {
  const plan = planBilling(agreement, adjustments);
  const cancelledFrom = plan.cancellation?.fromPeriod ?? null;
  const periodCount =
    plan.termPeriods === null ? cancelledFrom : Math.min(plan.termPeriods, cancelledFrom ?? plan.termPeriods);
  const lastDay = (count: number | null) => (count ? periodOf(agreement, count - 1).end : null);
  return {
    periodCount,
    endDate: lastDay(periodCount),
    commitmentPeriodCount: plan.commitmentPeriods,
    commitmentEndDate: lastDay(plan.commitmentPeriods),
  };
}
