import {
  type Credit,
  type Invoice,
  invoiceFor,
  periodsDueThrough,
  spendCredits,
} from '../../core/billing/index.ts';
import type { BillingInputs } from '../billing-shared/billing-inputs.ts';

/**
 * The invoices an agreement is missing through `through`, oldest period first: every due
 * period without a live invoice, each computed by the billing core with the credits the
 * earlier ones left. Pure: the billing run and an invoice's reissue both call it.
 */
export function missingInvoices(inputs: BillingInputs, through: string): Invoice[] {
  const due = periodsDueThrough(inputs.agreement, inputs.adjustments, through);
  const missing: Invoice[] = [];
  let credits: Credit[] = inputs.credits;
  for (const index of due) {
    if (inputs.invoiceByPeriod.has(index)) continue;
    const bill = invoiceFor(inputs.agreement, inputs.adjustments, credits, index);
    if (bill.kind !== 'invoice') continue;
    missing.push(bill);
    credits = spendCredits(credits, bill.creditsUsed);
  }
  return missing;
}
