import type { Adjustment } from './adjustments.ts';
import type { BillingAgreement } from './agreement.ts';
import { planBilling, treatmentOf } from './billing-plan.ts';
import { periodsStartedThrough } from './periods.ts';

/**
 * The indexes of the periods that should have an invoice by `date` ('YYYY-MM-DD', the
 * workspace's today): billing is in advance, so a period is due on its first day.
 * Paused periods, periods after the effective end and cancelled ones are left out. The
 * billing run compares this with the invoices that exist and bills the missing ones, in
 * order, with `schedule`.
 */
export function periodsDueThrough(
  agreement: BillingAgreement,
  adjustments: readonly Adjustment[],
  date: string,
): number[] {
  const plan = planBilling(agreement, adjustments);
  const started = periodsStartedThrough(agreement, date);
  const due: number[] = [];
  for (let index = 0; index < started; index++) {
    const treatment = treatmentOf(plan, index);
    if (treatment.billed) due.push(index);
    else if (treatment.reason !== 'paused') break; // ended or cancelled: nothing later is due
  }
  return due;
}
