import type { Adjustment } from './adjustments.ts';
import type { BillingAgreement } from './agreement.ts';
import { invoiceFor } from './invoice-for.ts';
import { MONTHS_PER_INTERVAL, periodIndexOn } from './periods.ts';

/**
 * What the agreement recurs at per month on `date`, in twelfths of a minor unit, so that
 * quarterly (÷3) and yearly (÷12) prices stay exact until the one rounding at the end
 * (`twelfthsToMinor`). It is the period's invoice before credits — credits are one-off
 * money back, not the recurring price — so a reduction or holiday under way lowers it
 * and a pause, a cancellation or the term's end takes it to zero.
 */
export function recurringTwelfths(
  agreement: BillingAgreement,
  adjustments: readonly Adjustment[],
  date: string,
): number {
  const index = periodIndexOn(agreement, date);
  if (index === null) return 0;
  const bill = invoiceFor(agreement, adjustments, [], index);
  if (bill.kind !== 'invoice') return 0;
  return bill.totalMinor * (12 / MONTHS_PER_INTERVAL[agreement.interval]);
}

/** Twelfths of a minor unit to minor units, rounded half up (DESIGN.md's one rounding rule). */
export function twelfthsToMinor(twelfths: number): number {
  return Math.floor((twelfths + 6) / 12);
}
