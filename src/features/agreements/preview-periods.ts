import { type Adjustment, schedule } from '../../core/billing/index.ts';
import type { BillingInputs } from '../billing-shared/billing-inputs.ts';
import type { PeriodBillView } from './schemas.ts';

/**
 * What periods `fromPeriod` … `fromPeriod + count − 1` bill, from the billing core alone:
 * the schedule is walked from period 0 with every credit unspent, so a preview is the
 * same pure function of the agreement the billing run applies, whatever was invoiced so
 * far. `extra` adds adjustments not yet stored (an offer being considered).
 */
export function previewPeriods(
  inputs: BillingInputs,
  fromPeriod: number,
  count: number,
  extra: readonly Adjustment[] = [],
): PeriodBillView[] {
  const credits = inputs.credits.map((credit) => ({ ...credit, usedMinor: 0 }));
  const bills = schedule(inputs.agreement, [...inputs.adjustments, ...extra], credits, 0, fromPeriod + count);
  return bills.slice(fromPeriod).map((bill) => ({
    periodIndex: bill.period.index,
    start: bill.period.start,
    end: bill.period.end,
    outcome: bill.kind === 'invoice' ? 'invoice' : bill.reason,
    lines: bill.kind === 'invoice' ? bill.lines : [],
    totalMinor: bill.kind === 'invoice' ? bill.totalMinor : 0,
    invoiceId: inputs.invoiceByPeriod.get(bill.period.index) ?? null,
  }));
}
