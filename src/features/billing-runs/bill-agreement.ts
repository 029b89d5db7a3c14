import { type Credit, type Invoice, invoiceFor, periodsDueThrough } from '../../core/billing/index.ts';
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
    if (bill.creditsUsed.length > 0) {
      const used = new Map(bill.creditsUsed.map((use) => [use.creditId, use.amountMinor]));
      credits = credits.map((c) => ({ ...c, usedMinor: c.usedMinor + (used.get(c.id) ?? 0) }));
    }
  }
  return missing;
}
