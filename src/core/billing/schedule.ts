import type { Adjustment } from './adjustments.ts';
import type { BillingAgreement } from './agreement.ts';
import { billPeriod } from './bill-period.ts';
import { planBilling } from './billing-plan.ts';
import { assertCredits, type Credit, spendCredits } from './credits.ts';
import type { PeriodBill } from './invoice.ts';

/**
 * The bills for `count` consecutive periods from `fromPeriod`, with each invoice's credit
 * use carried into the next, so no credit is spent twice. A preview is a schedule of
 * future periods; the billing run is a schedule from the first period not yet invoiced,
 * given credits whose `usedMinor` counts what the stored invoices already took.
 *
 * Throws RangeError on invalid input, including two credits with the same id.
 */
export function schedule(
  agreement: BillingAgreement,
  adjustments: readonly Adjustment[],
  credits: readonly Credit[],
  fromPeriod: number,
  count: number,
): PeriodBill[] {
  assertCredits(credits);
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`Count must be a whole number ≥ 0`);
  const plan = planBilling(agreement, adjustments);
  let current = credits;
  const bills: PeriodBill[] = [];
  for (let index = fromPeriod; index < fromPeriod + count; index++) {
    const bill = billPeriod(plan, current, index);
    bills.push(bill);
    if (bill.kind === 'invoice') current = spendCredits(current, bill.creditsUsed);
  }
  return bills;
}
